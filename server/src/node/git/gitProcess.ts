import { execFile, spawn } from 'node:child_process';

/** How to run the user's git: the executable (default `git` on the PATH) and an abort signal. */
export interface GitOptions {
  git?: string;
  signal?: AbortSignal;
  /** The most output `runGit` collects (default 1 GB); more is an error, so a huge object cannot exhaust memory. */
  maxBytes?: number;
}

export type GitOutcome =
  | { ok: true; stdout: Buffer }
  | { ok: false; kind: 'git-unavailable' | 'git-error' | 'aborted'; message: string; stderr: string };

/**
 * The environment git runs in: no prompts, no optional locks (a read must not block the user's
 * own git commands), pathspecs taken literally, and messages in English so they can be matched.
 */
export function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_LITERAL_PATHSPECS: '1', LC_ALL: 'C', LANGUAGE: 'C' };
}

/** Runs git without a shell and collects its output; never throws. */
export function runGit(args: string[], cwd: string, options: GitOptions = {}): Promise<GitOutcome> {
  return new Promise((resolve) => {
    execFile(
      options.git ?? 'git',
      args,
      { cwd, env: gitEnv(), encoding: 'buffer', maxBuffer: options.maxBytes ?? 1 << 30, windowsHide: true, signal: options.signal },
      (error, stdout, stderr) => {
        const errText = stderr.toString('utf8');
        if (!error) return resolve({ ok: true, stdout });
        resolve(failure(error, errText));
      },
    );
  });
}

export function failure(error: Error & { code?: unknown }, stderr: string): GitOutcome & { ok: false } {
  if (error.name === 'AbortError') return { ok: false, kind: 'aborted', message: 'cancelled', stderr };
  if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return { ok: false, kind: 'git-error', message: 'the output is larger than the tools read', stderr };
  if (error.code === 'ENOENT') return { ok: false, kind: 'git-unavailable', message: 'git is not installed or not on the PATH', stderr };
  return { ok: false, kind: 'git-error', message: stderr.trim().split('\n')[0] || error.message, stderr };
}

/** One object as `git cat-file --batch` returns it; `content` is null for a missing object. */
export interface CatFileObject {
  oid: string | null;
  type: string | null;
  content: Buffer | null;
}

/**
 * Reads objects (`<oid>` or `<commit>:<path>`) through one `git cat-file --batch` process,
 * calling `onObject` for each as it arrives, in request order, so no more than one object is held
 * at a time. Resolves when all were read.
 */
export function catFileBatch(names: readonly string[], cwd: string, onObject: (index: number, object: CatFileObject) => void, options: GitOptions = {}): Promise<GitOutcome> {
  if (names.length === 0) return Promise.resolve({ ok: true, stdout: Buffer.alloc(0) });
  return new Promise((resolve) => {
    const child = spawn(options.git ?? 'git', ['cat-file', '--batch'], { cwd, env: gitEnv(), windowsHide: true, signal: options.signal });
    const reader = new BatchReader(onObject);
    let stderr = '';
    let settled = false;
    const settle = (outcome: GitOutcome) => {
      if (!settled) {
        settled = true;
        resolve(outcome);
      }
    };
    child.stdout.on('data', (chunk: Buffer) => {
      try {
        reader.push(chunk);
      } catch (error) {
        child.kill();
        settle({ ok: false, kind: 'git-error', message: error instanceof Error ? error.message : String(error), stderr });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => settle(failure(error, stderr)));
    child.on('close', (code) => {
      if (code === 0 && reader.count === names.length) settle({ ok: true, stdout: Buffer.alloc(0) });
      else settle({ ok: false, kind: 'git-error', message: stderr.trim().split('\n')[0] || `git cat-file stopped after ${reader.count} of ${names.length} objects`, stderr });
    });
    // A write error (git exited early) surfaces through 'close'.
    child.stdin.on('error', () => undefined);
    child.stdin.end(names.join('\n') + '\n');
  });
}

/** Splits the `--batch` stream into objects: a header line `<oid> <type> <size>`, the content, a newline. */
class BatchReader {
  count = 0;
  private buffered: Buffer[] = [];
  private length = 0;
  private pending: { oid: string; type: string; size: number } | null = null;

  constructor(private readonly onObject: (index: number, object: CatFileObject) => void) {}

  push(chunk: Buffer): void {
    this.buffered.push(chunk);
    this.length += chunk.length;
    for (;;) {
      if (!this.pending) {
        const data = this.take();
        const nl = data.indexOf(0x0a);
        if (nl < 0) return;
        const header = data.subarray(0, nl).toString('utf8');
        this.keep(data.subarray(nl + 1));
        const m = /^([0-9a-f]+) (\S+) (\d+)$/.exec(header);
        if (!m) {
          // `<name> missing` or `<name> ambiguous`: no content follows.
          this.onObject(this.count++, { oid: null, type: null, content: null });
          continue;
        }
        this.pending = { oid: m[1], type: m[2], size: Number(m[3]) };
      }
      if (this.length < this.pending.size + 1) return;
      const data = this.take();
      const content = data.subarray(0, this.pending.size);
      this.keep(data.subarray(this.pending.size + 1));
      const { oid, type } = this.pending;
      this.pending = null;
      this.onObject(this.count++, { oid, type, content });
    }
  }

  private take(): Buffer {
    const data = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered, this.length);
    this.buffered = [data];
    return data;
  }

  private keep(rest: Buffer): void {
    this.buffered = rest.length ? [rest] : [];
    this.length = rest.length;
  }
}
