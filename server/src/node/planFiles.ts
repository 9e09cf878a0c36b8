import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Files a folder search picks up (an explicitly named file is checked whatever its name). */
export const PLAN_FILE_PATTERN = /\.careerplan\.ya?ml$/;
/** Folders that never hold a person's plan and can be huge: every plan search (CLI and workspace index) skips them. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn']);

/** A path that cannot be read or written: reported with the path, never a stack trace (the CLI exits 2). */
export class IoError extends Error {}

export interface PlanFile {
  /** As the user wrote it, or joined to the folder they wrote: how output names the file. */
  path: string;
  absolute: string;
}

/**
 * Files and folders to plan files. Folders are searched recursively (sorted, so output is the
 * same on every machine); a path that does not exist is an I/O error naming it.
 */
export function expandPaths(paths: readonly string[], cwd: string): PlanFile[] {
  const files: PlanFile[] = [];
  const seen = new Set<string>();
  const add = (path: string, absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push({ path, absolute });
  };
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const stats = statOrThrow(path, absolute);
    if (stats.isDirectory()) {
      for (const relative of searchFolder(absolute, new Set())) add(join(path, relative), join(absolute, relative));
    } else {
      add(path, absolute);
    }
  }
  return files;
}

/** Plan files below a folder, as paths relative to it. Symlinked folders are followed once. */
function searchFolder(folder: string, visited: Set<string>): string[] {
  let real: string;
  try {
    real = realpathSync(folder);
  } catch {
    return [];
  }
  if (visited.has(real)) return [];
  visited.add(real);
  const found: string[] = [];
  const names = readdirSync(folder).sort(compareNames);
  for (const name of names) {
    const full = join(folder, name);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(full).isDirectory();
    } catch {
      continue; // a dangling symlink found while searching is not something the user asked for
    }
    if (isDirectory) {
      if (!SKIPPED_FOLDERS.has(name)) found.push(...searchFolder(full, visited).map((inner) => join(name, inner)));
    } else if (PLAN_FILE_PATTERN.test(name)) {
      found.push(name);
    }
  }
  return found;
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

export type PlanText = { ok: true; text: string } | { ok: false; reason: 'not-utf8' };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A plan's text; bytes that are not UTF-8 are not guessed at but reported as such. */
export function readPlanText(file: PlanFile): PlanText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.absolute);
  } catch (error) {
    throw new IoError(`cannot read ${file.path}: ${describeIoError(error)}`);
  }
  return decodePlanText(bytes);
}

/** Bytes as a plan's text (a file's, or standard input's): UTF-8 or nothing. */
export function decodePlanText(bytes: Uint8Array): PlanText {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'not-utf8' };
  }
}

/** Whether a plan file starts with a UTF-8 byte order mark (decoding drops it; a rewrite puts it back). */
export function hasUtf8Bom(file: PlanFile): boolean {
  try {
    const head = readFileSync(file.absolute).subarray(0, 3);
    return head.length === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  } catch {
    return false;
  }
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
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
