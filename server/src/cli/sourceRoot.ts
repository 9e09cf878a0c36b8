import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { repositoryRoot } from '../node/git/repositoryRoot';
import type { PlanFile } from '../node/planFiles';

/**
 * The folder CI reports name files relative to (SARIF's %SRCROOT%, GitHub annotations'
 * `file=`): the git repository around the working folder, else the working folder.
 */
export async function sourceRoot(cwd: string): Promise<string> {
  const root = (await repositoryRoot(cwd)) ?? cwd;
  return realOrSelf(root);
}

/**
 * A plan's path relative to the source root with `/` separators, or undefined when it lies
 * outside. Symlinks are resolved on both sides (git reports the real top folder).
 */
export function pathInRoot(file: PlanFile, root: string): string | undefined {
  const path = relative(root, realOrSelf(file.absolute));
  if (path === '' || path.startsWith(`..${sep}`) || path === '..' || isAbsolute(path)) return undefined;
  return path.split(sep).join('/');
}

/** The real path of a file, or of its folder joined to its name when the file itself does not exist (a plan read from stdin). */
function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), path.slice(dirname(path).length + 1));
    } catch {
      return path;
    }
  }
}
