import { runGit, type GitOptions } from './gitProcess';

/**
 * The top folder of the git work tree that holds `folder`, or undefined outside one (or
 * without git). CI reports name files relative to it, as code hosts do.
 */
export async function repositoryRoot(folder: string, options: GitOptions = {}): Promise<string | undefined> {
  const outcome = await runGit(['rev-parse', '--show-toplevel'], folder, options);
  if (!outcome.ok) return undefined;
  const root = outcome.stdout.toString('utf8').replace(/\n$/, '');
  return root || undefined;
}
