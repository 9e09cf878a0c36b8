/**
 * Runs the built command line (dist/cli.js) as users run it, in a child process with a clean
 * environment: no today, colour or locale settings leak in from the caller.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CLI = resolve('dist', 'cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd: string; env?: Record<string, string>; input?: string | Buffer }): CliRun {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(CAREERPLAN_|NO_COLOR|FORCE_COLOR|LANG|LC_|GIT_)/.test(key)) env[key] = value;
  }
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    env: { ...env, LANG: 'C', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes a file below a test folder, making its folders; returns its absolute path. */
export function writeBelow(dir: string, relative: string, content: string | Buffer): string {
  const path = join(dir, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}
