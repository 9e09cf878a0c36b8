import { closeSync, existsSync, fchmodSync, statSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Replace an existing file (default: refuse with EEXIST, and leave it untouched). */
  overwrite?: boolean;
}

/**
 * Writes a whole file so that the target is never seen half-written: the text goes to a
 * temporary file in the same folder (same file system, so the last step is atomic), which is
 * flushed to disk and then renamed over the target, or, when overwriting is not allowed, hard
 * linked to it (a link, unlike a rename, fails when the target exists, so a file created
 * meanwhile is never replaced). A process killed at any point leaves the old target or the new
 * one, at worst plus a hidden `.NAME.*.tmp` file. Every file the command line writes goes
 * through here. Errors of the file system are thrown (the temporary file is removed first).
 */
export function writeFileAtomic(target: string, text: string, options: AtomicWriteOptions = {}): void {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', 0o666);
  let moved = false;
  try {
    try {
      // A replaced file keeps its permissions (a private 0600 calendar stays private).
      const mode = options.overwrite ? modeOf(target) : undefined;
      if (mode !== undefined) fchmodSync(fd, mode);
      writeAll(fd, Buffer.from(text, 'utf8'));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.overwrite) {
      renameSync(temp, target);
      moved = true;
    } else {
      moved = linkOrRename(temp, target);
    }
    syncFolder(dirname(target));
  } finally {
    if (!moved) removeQuietly(temp);
  }
}

/**
 * Hard links `temp` to `target` (fails with EEXIST when the target exists). File systems without
 * hard links (FAT, some network shares) get an existence check and a rename instead. Returns
 * whether `temp` itself was moved.
 */
function linkOrRename(temp: string, target: string): boolean {
  try {
    linkSync(temp, target);
    return false;
  } catch (error) {
    if (!NO_HARD_LINKS.has((error as { code?: string }).code ?? '')) throw error;
  }
  if (existsSync(target)) throw Object.assign(new Error(`EEXIST: file already exists, '${target}'`), { code: 'EEXIST' });
  renameSync(temp, target);
  return true;
}

const NO_HARD_LINKS: ReadonlySet<string> = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

function modeOf(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return undefined;
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Makes the rename itself durable; not every platform can open a folder, and the data is safe either way. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot fsync a folder; the file's own data was flushed above.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}
