import type { IoProblem } from '../../node/planFiles';
import { cliMessage, type CliMessage } from './catalog';

/** A plan-file problem of the Node helpers as a message of the command line. */
export function ioProblemMessage(problem: IoProblem): CliMessage {
  switch (problem.kind) {
    case 'not-a-file':
      return cliMessage('io.not-a-file', { path: problem.path });
    case 'too-large':
      return cliMessage('io.too-large', { path: problem.path, megabytes: problem.megabytes });
    default:
      return cliMessage(`io.${problem.kind}`, { path: problem.path, cause: problem.cause });
  }
}
