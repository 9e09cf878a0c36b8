/** Runs the built command line (dist/cli.js) the way a user or CI does, with a clean environment. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CLI = resolve('dist', 'cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Run as another user (tests running as root use it where root would read anything). */
  uid?: number;
  /** The bundle to run (default: dist/cli.js). */
  cli?: string;
  /** Standard input (default: none). */
  input?: string | Buffer;
  /** A file descriptor to take standard input from instead (an endless device, say). */
  stdinFd?: number;
}

/** No today, colour or locale setting leaks in from the caller; a run that hangs fails after 20 s instead of stalling the suite. */
export function runCli(args: string[], options: CliRunOptions): CliRun {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(CAREERPLAN_|NO_COLOR|FORCE_COLOR|LANG|LC_)/.test(key)) env[key] = value;
  }
  const result = spawnSync(process.execPath, [options.cli ?? CLI, ...args], {
    cwd: options.cwd,
    env: { ...env, LANG: 'C', ...options.env },
    encoding: 'utf8',
    timeout: 20_000,
    ...(options.stdinFd === undefined ? { input: options.input ?? '' } : { stdio: [options.stdinFd, 'pipe', 'pipe'] }),
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes a file below a test folder, making its folders; returns its absolute path. */
export function writeBelow(dir: string, relative: string, content: string | Buffer): string {
  const path = join(dir, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}
