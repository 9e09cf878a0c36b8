import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * A name for a plan file that does not depend on where the command runs: its path inside the
 * git repository holding it (found by looking for `.git`, without running git), else its
 * absolute path. Calendar UIDs are derived from it, so re-exports update the same events.
 */
export function stableFileId(absolute: string): string {
  for (let dir = dirname(absolute); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return relative(dir, absolute).split(sep).join('/');
    if (dirname(dir) === dir) return absolute.split(sep).join('/');
  }
}
