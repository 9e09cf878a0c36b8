import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
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

/**
 * What went wrong with a path, as data: each surface puts it into its own words and language.
 * `cause` is what `ioCause` makes of the system's error.
 */
export type IoProblem =
  | { kind: 'path' | 'read-folder' | 'read-file'; path: string; cause: string }
  | { kind: 'not-a-file'; path: string }
  | { kind: 'too-large'; path: string; megabytes: number };

/** A path that cannot be read: reported with the path, never a stack trace (the CLI exits 2). */
export class IoError extends Error {
  constructor(readonly problem: IoProblem) {
    super(`${problem.kind}: ${problem.path}${'cause' in problem ? `: ${problem.cause}` : ''}`);
  }
}

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
  const add = (path: string, absolute: string, real = realOrSelf(absolute)) => {
    if (seen.has(real)) return;
    seen.add(real);
    files.push({ path, absolute });
  };
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const stats = statOrThrow(path, absolute);
    if (stats.isDirectory()) {
      const found = findPlanFilesSync(absolute, {
        onUnreadable: (inner, error) => {
          throw new IoError({ kind: 'read-folder', path: join(path, inner), cause: ioCause(error) });
        },
      });
      for (const plan of found) add(join(path, plan.inner), plan.absolute, plan.real);
    } else {
      add(path, absolute);
    }
  }
  return files;
}

/** A plan file a folder search found. */
export interface FoundPlan {
  /** Relative to the folder searched, through the links followed. */
  inner: string;
  /** The folder searched joined with `inner`. */
  absolute: string;
  /** With every link resolved: the same file reached twice has one real path. */
  real: string;
}

export interface PlanSearchOptions {
  /** Stop after this many folder entries (the language server's bound on a huge workspace). */
  maxEntries?: number;
  /** Asked before each entry: true ends the search (a newer search replaced this one). */
  stopped?: () => boolean;
  /** A folder that cannot be listed (`inner` is '' for the folder searched); skipped unless this throws. */
  onUnreadable?: (inner: string, error: unknown) => void;
}

/** The plan files below a folder, for the command line (sorted; see `planSearch`). */
export function findPlanFilesSync(root: string, options: PlanSearchOptions = {}): FoundPlan[] {
  return answerSync(planSearch(root, options));
}

/** The plan files below a folder, for the language server, without blocking its event loop (sorted; see `planSearch`). */
export function findPlanFiles(root: string, options: PlanSearchOptions = {}): Promise<FoundPlan[]> {
  return answerAsync(planSearch(root, options));
}

/** What a folder entry is; a symlink is looked through by the search itself. */
type EntryKind = 'folder' | 'file' | 'link' | 'other';
interface FolderEntry {
  name: string;
  kind: EntryKind;
}

/** The questions the search asks the file system, and the answer to each. */
interface FsAnswers {
  list: FolderEntry[];
  realpath: string;
  /** What a path is once links are followed. */
  stat: EntryKind;
}
type FsQuestion = { [K in keyof FsAnswers]: { ask: K; path: string } }[keyof FsAnswers];
type FsAnswer<T> = { ok: true; value: T } | { ok: false; error: unknown };
type Search<T> = Generator<FsQuestion, T, FsAnswer<unknown>>;

function* ask<K extends keyof FsAnswers>(question: K, path: string): Search<FsAnswer<FsAnswers[K]>> {
  return (yield { ask: question, path } as FsQuestion) as FsAnswer<FsAnswers[K]>;
}

/**
 * The one search for plan files below a folder, for the command line and the language server
 * alike. It is written as questions to the file system (`yield`), so the same steps run on the
 * synchronous calls the command line needs and on the promises the server needs.
 *
 * Entries are visited in name order. Folders named in SKIPPED_FOLDERS are not entered. Only
 * regular files named like a plan are picked up (a FIFO or a device named like a plan is not).
 * A symlink is followed only when its target lies inside the folder searched, every real folder
 * is entered once and every real file listed once, so links can neither loop nor leave the tree.
 */
function* planSearch(root: string, options: PlanSearchOptions): Search<FoundPlan[]> {
  const found: FoundPlan[] = [];
  const rootReal = yield* ask('realpath', root);
  if (!rootReal.ok) {
    options.onUnreadable?.('', rootReal.error);
    return found;
  }
  const top = rootReal.value;
  const visitedFolders = new Set<string>();
  const listedFiles = new Set<string>();
  let budget = options.maxEntries ?? Infinity;

  /** False once the search must end (budget spent, or stopped). */
  function* visit(folder: string, inner: string, real: string): Search<boolean> {
    if (visitedFolders.has(real)) return true;
    visitedFolders.add(real);
    const listed = yield* ask('list', folder);
    if (!listed.ok) {
      options.onUnreadable?.(inner, listed.error);
      return true;
    }
    for (const entry of [...listed.value].sort((a, b) => compareNames(a.name, b.name))) {
      if (--budget < 0 || options.stopped?.()) return false;
      const full = join(folder, entry.name);
      const innerPath = inner ? join(inner, entry.name) : entry.name;
      let kind = entry.kind;
      let target = join(real, entry.name);
      if (kind === 'link') {
        const linked = yield* ask('realpath', full);
        // A dangling link, or one out of the folder searched, is not something the user asked for.
        if (!linked.ok || !isInside(top, linked.value)) continue;
        const stats = yield* ask('stat', linked.value);
        if (!stats.ok) continue;
        kind = stats.value;
        target = linked.value;
      }
      if (kind === 'folder') {
        if (!SKIPPED_FOLDERS.has(entry.name) && !(yield* visit(full, innerPath, target))) return false;
      } else if (kind === 'file' && PLAN_FILE_PATTERN.test(entry.name) && !listedFiles.has(target)) {
        listedFiles.add(target);
        found.push({ inner: innerPath, absolute: full, real: target });
      }
    }
    return true;
  }

  yield* visit(root, '', top);
  return found;
}

function kindOf(entry: Dirent | Stats): EntryKind {
  return entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : entry.isSymbolicLink() ? 'link' : 'other';
}

const SYNC_FS: { [K in keyof FsAnswers]: (path: string) => FsAnswers[K] } = {
  list: (path) => readdirSync(path, { withFileTypes: true }).map((entry) => ({ name: entry.name, kind: kindOf(entry) })),
  realpath: (path) => realpathSync(path),
  stat: (path) => kindOf(statSync(path)),
};

const ASYNC_FS: { [K in keyof FsAnswers]: (path: string) => Promise<FsAnswers[K]> } = {
  list: async (path) => (await readdir(path, { withFileTypes: true })).map((entry) => ({ name: entry.name, kind: kindOf(entry) })),
  realpath: (path) => realpath(path),
  stat: async (path) => kindOf(await stat(path)),
};

function answerSync<T>(search: Search<T>): T {
  for (let step = search.next(); ; ) {
    if (step.done) return step.value;
    const { ask: question, path } = step.value;
    let answer: FsAnswer<unknown>;
    try {
      answer = { ok: true, value: SYNC_FS[question](path) };
    } catch (error) {
      answer = { ok: false, error };
    }
    step = search.next(answer);
  }
}

async function answerAsync<T>(search: Search<T>): Promise<T> {
  for (let step = search.next(); ; ) {
    if (step.done) return step.value;
    const { ask: question, path } = step.value;
    let answer: FsAnswer<unknown>;
    try {
      answer = { ok: true, value: await ASYNC_FS[question](path) };
    } catch (error) {
      answer = { ok: false, error };
    }
    step = search.next(answer);
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
    throw new IoError({ kind: 'path', path, cause: ioCause(error) });
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
    throw new IoError({ kind: 'read-file', path: file.path, cause: ioCause(error) });
  }
  if (result.ok || result.reason === 'not-utf8') return result as PlanText;
  if (result.reason === 'not-a-file') throw new IoError({ kind: 'not-a-file', path: file.path });
  throw new IoError({ kind: 'too-large', path: file.path, megabytes: MAX_PLAN_BYTES / (1024 * 1024) });
}

/** The I/O error codes every surface puts into words of its own; for the others the system's message is shown. */
export const WORDED_IO_CODES: ReadonlySet<string> = new Set(['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'EEXIST', 'ELOOP']);

/** The cause an `IoProblem` carries: the error's code when it is one of `WORDED_IO_CODES`, else its message. */
export function ioCause(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && WORDED_IO_CODES.has(code)) return code;
  return error instanceof Error ? error.message : String(error);
}
