import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

/** Files a folder search picks up (an explicitly named file is checked whatever its name). */
export const PLAN_FILE_PATTERN = /\.careerplan\.ya?ml$/;
/** Folders that never hold a person's plan and can be huge: every plan search (CLI and workspace index) skips them. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn']);
/**
 * The largest plan the tools read: 16 MB, counted on the bytes actually read (a file that grows
 * while it is read, or a device that never ends, stops here), never on what `stat` claims.
 */
export const MAX_PLAN_BYTES = 16 * 1024 * 1024;

/** A path that cannot be read or written: reported with the path, never a stack trace (the CLI exits 2). */
export class IoError extends Error {}

export interface PlanFile {
  /** As the user wrote it, or joined to the folder they wrote: how output names the file. */
  path: string;
  absolute: string;
}

/**
 * Files and folders to plan files. Folders are searched recursively (sorted, so output is the
 * same on every machine); a path that does not exist or a folder that cannot be listed is an
 * I/O error naming it. A file reached twice (named twice, or through a symlink) is listed once.
 */
export function expandPaths(paths: readonly string[], cwd: string): PlanFile[] {
  const files: PlanFile[] = [];
  const seen = new Set<string>();
  const add = (path: string, absolute: string) => {
    const key = realOrSelf(absolute);
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ path, absolute });
  };
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const stats = statOrThrow(path, absolute);
    if (stats.isDirectory()) {
      for (const inner of searchFolder(path, absolute)) add(join(path, inner), join(absolute, inner));
    } else {
      add(path, absolute);
    }
  }
  return files;
}

/**
 * Plan files below a folder, as paths relative to it. Only regular files are picked up (a FIFO
 * or a device named like a plan is not); a symlink is followed only when its target lies inside
 * the folder searched, and every real folder is entered once, so links cannot loop or leave it.
 */
function searchFolder(shownRoot: string, root: string): string[] {
  const rootReal = realpathSync(root);
  const visited = new Set<string>();
  const found: string[] = [];
  const visit = (folder: string, inner: string, real: string) => {
    if (visited.has(real)) return;
    visited.add(real);
    for (const entry of listFolder(folder, join(shownRoot, inner))) {
      const name = entry.name;
      const full = join(folder, name);
      const innerPath = inner ? join(inner, name) : name;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(name)) visit(full, innerPath, join(real, name));
      } else if (entry.isFile()) {
        if (PLAN_FILE_PATTERN.test(name)) found.push(innerPath);
      } else if (entry.isSymbolicLink()) {
        const target = linkTargetInside(full, rootReal);
        if (!target) continue;
        if (target.stats.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(name)) visit(full, innerPath, target.real);
        } else if (target.stats.isFile() && PLAN_FILE_PATTERN.test(name)) {
          found.push(innerPath);
        }
      }
    }
  };
  visit(root, '', rootReal);
  return found;
}

function listFolder(folder: string, shown: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true }).sort((a, b) => compareNames(a.name, b.name));
  } catch (error) {
    throw new IoError(`cannot read folder ${shown}: ${describeIoError(error)}`);
  }
}

/** A symlink's target when it exists and lies inside `rootReal`; a dangling or outside link is not something the user asked for. */
function linkTargetInside(link: string, rootReal: string): { real: string; stats: Stats } | undefined {
  try {
    const real = realpathSync(link);
    if (!isInside(rootReal, real)) return undefined;
    return { real, stats: statSync(real) };
  } catch {
    return undefined;
  }
}

/** True when `path` is `folder` or below it (both absolute and normalised). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolutePath(rel));
}

function isAbsolutePath(path: string): boolean {
  return resolve(path) === path;
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function statOrThrow(path: string, absolute: string) {
  try {
    return statSync(absolute);
  } catch (error) {
    throw new IoError(`${path}: ${describeIoError(error)}`);
  }
}

/** A plan's text, or bytes that are not UTF-8 (reported as such, never guessed at). */
export type PlanText = { ok: true; text: string } | { ok: false; reason: 'not-utf8' };
/** What reading a plan file gave: its text, or why there is none to analyse. */
export type PlanRead = PlanText | { ok: false; reason: 'not-a-file' | 'too-large' };

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Opening a FIFO without O_NONBLOCK waits for a writer; with it, the open returns and fstat says what the path is. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const CHUNK_BYTES = 1 << 20;

/**
 * The one safe read of a plan file (command line and language server): opened without blocking,
 * then only a regular file (symlinks to one included) is read, at most `MAX_PLAN_BYTES` + 1
 * bytes, so a FIFO, a device such as `/dev/zero` or a huge file can neither hang nor exhaust
 * memory. Bytes that are not UTF-8 are not guessed at. Errors of the file system are thrown.
 */
export function readPlanFileSync(absolute: string, limit = MAX_PLAN_BYTES): PlanRead {
  const fd = openSync(absolute, OPEN_FLAGS);
  try {
    if (!fstatSync(fd).isFile()) return { ok: false, reason: 'not-a-file' };
    const bytes = new BoundedBytes(limit);
    for (let chunk = bytes.next(); bytes.add(chunk, readSync(fd, chunk, 0, chunk.length, null)); chunk = bytes.next());
    return bytes.result();
  } finally {
    closeSync(fd);
  }
}

/** `readPlanFileSync` for the language server, without blocking its event loop on the reads. */
export async function readPlanFile(absolute: string, limit = MAX_PLAN_BYTES): Promise<PlanRead> {
  const handle = await open(absolute, OPEN_FLAGS);
  try {
    if (!(await handle.stat()).isFile()) return { ok: false, reason: 'not-a-file' };
    const bytes = new BoundedBytes(limit);
    for (let chunk = bytes.next(); bytes.add(chunk, (await handle.read(chunk, 0, chunk.length, null)).bytesRead); chunk = bytes.next());
    return bytes.result();
  } finally {
    await handle.close();
  }
}

/**
 * All of a stream (standard input for `check -`), up to the plan size limit: past it the stream is
 * destroyed and the promise rejects, so `cat /dev/zero | careerplan check -` ends instead of
 * filling memory.
 */
export function readStreamBounded(stream: NodeJS.ReadableStream & { destroy(): void }, limit = MAX_PLAN_BYTES): Promise<Uint8Array> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    stream.on('data', (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += bytes.length;
      if (total > limit) {
        stream.destroy();
        reject(new Error(`larger than ${limit / (1024 * 1024)} MB, the largest plan the tools read`));
        return;
      }
      chunks.push(bytes);
    });
    stream.on('end', () => resolvePromise(Buffer.concat(chunks, total)));
    stream.on('error', reject);
  });
}

/** A file's bytes as they are read, up to one byte over the limit (which is how "too large" is known). */
class BoundedBytes {
  private readonly chunks: Buffer[] = [];
  private total = 0;

  constructor(private readonly limit: number) {}

  /** The buffer for the next read. */
  next(): Buffer {
    return Buffer.allocUnsafe(Math.min(CHUNK_BYTES, this.limit + 1 - this.total));
  }

  /** Keeps what a read gave; false once the file has ended or is over the limit. */
  add(chunk: Buffer, read: number): boolean {
    if (read === 0) return false;
    this.chunks.push(chunk.subarray(0, read));
    this.total += read;
    return this.total <= this.limit;
  }

  result(): PlanRead {
    if (this.total > this.limit) return { ok: false, reason: 'too-large' };
    return decodePlanText(Buffer.concat(this.chunks, this.total));
  }
}

/** Bytes as a plan's text (a file's, or standard input's): UTF-8 or nothing. */
export function decodePlanText(bytes: Uint8Array): PlanText {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'not-utf8' };
  }
}

/** Whether a plan file starts with a UTF-8 byte order mark (decoding drops it; a rewrite puts it back). Reads its first 3 bytes only. */
export function hasUtf8Bom(file: PlanFile): boolean {
  try {
    const fd = openSync(file.absolute, OPEN_FLAGS);
    try {
      const head = Buffer.alloc(3);
      const read = fstatSync(fd).isFile() ? readSync(fd, head, 0, 3, 0) : 0;
      return read === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * A plan's text for the command line: a path that cannot be read, is not a regular file or is
 * over the size limit is an I/O error naming it; bytes that are not UTF-8 are reported as such.
 */
export function readPlanText(file: PlanFile): PlanText {
  let result: PlanRead;
  try {
    result = readPlanFileSync(file.absolute);
  } catch (error) {
    throw new IoError(`cannot read ${file.path}: ${describeIoError(error)}`);
  }
  if (result.ok || result.reason === 'not-utf8') return result as PlanText;
  if (result.reason === 'not-a-file') throw new IoError(`cannot read ${file.path}: not a regular file (a plan is read only from a regular file)`);
  throw new IoError(`cannot read ${file.path}: larger than ${MAX_PLAN_BYTES / (1024 * 1024)} MB, the largest plan the tools read`);
}

export function describeIoError(error: unknown): string {
  switch ((error as { code?: string }).code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EEXIST':
      return 'already exists';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
