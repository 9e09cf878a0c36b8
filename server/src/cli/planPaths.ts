import { expandPaths, type PlanFile } from '../node/planFiles';
import { CliIoError } from './io';
import { cliMessage } from './messages/catalog';

/** The plan file `init` writes when no FILE is given. */
export const DEFAULT_PLAN_FILE = 'career.careerplan.yaml';

/** The plan files named by a command's PATH arguments (default: the current folder); finding none is an error, so a typo in CI is not a silent pass. */
export function expandPlanPaths(positionals: readonly string[], cwd: string): PlanFile[] {
  const paths = positionals.length ? positionals : ['.'];
  const files = expandPaths(paths, cwd);
  if (files.length === 0) throw new CliIoError(cliMessage('io.no-plans', { paths: paths.join(', ') }));
  return files;
}
