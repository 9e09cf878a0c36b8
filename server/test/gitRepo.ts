/**
 * Throwaway git repositories for tests: the user's and the system's git configuration are kept
 * out, and every commit gets its own fixed date so the history's order is always the same.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const GIT_TEST_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Ada Lovelace',
  GIT_AUTHOR_EMAIL: 'ada@example.invalid',
  GIT_COMMITTER_NAME: 'Ada Lovelace',
  GIT_COMMITTER_EMAIL: 'ada@example.invalid',
};

export class TestRepo {
  readonly dir: string;
  private clock = Date.UTC(2026, 0, 5, 9, 0, 0) / 1000;

  constructor(prefix = 'careerplan-git-') {
    this.dir = mkdtempSync(join(tmpdir(), prefix));
    this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: GIT_TEST_ENV, encoding: 'utf8' });
  }

  write(path: string, text: string): string {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    return full;
  }

  /** Commits everything staged (and the named files) on its own day, returning the commit id. */
  commit(message: string, options: { date?: string; files?: string[] } = {}): string {
    if (options.files?.length) this.git('add', '--', ...options.files);
    this.clock += 86400;
    const date = options.date ?? `@${this.clock} +0000`;
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
      cwd: this.dir,
      env: { ...GIT_TEST_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    return this.git('rev-parse', 'HEAD').trim();
  }

  merge(branch: string, message: string): string {
    this.clock += 86400;
    const date = `@${this.clock} +0000`;
    execFileSync('git', ['merge', '-q', '--no-ff', '-m', message, branch], {
      cwd: this.dir,
      env: { ...GIT_TEST_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    return this.git('rev-parse', 'HEAD').trim();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
