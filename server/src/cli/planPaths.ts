import { expandPaths, type PlanFile } from '../node/planFiles';
import { IoError } from './io';

/** The plan files named by a command's PATH arguments (default: the current folder); finding none is an error, so a typo in CI is not a silent pass. */
export function expandPlanPaths(positionals: readonly string[], cwd: string): PlanFile[] {
  const paths = positionals.length ? positionals : ['.'];
  const files = expandPaths(paths, cwd);
  if (files.length === 0) throw new IoError(`no career plans (*.careerplan.yaml, *.careerplan.yml) found in ${paths.join(', ')}`);
  return files;
}
