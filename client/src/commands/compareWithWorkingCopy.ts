import { compareWithWorkingCopy as openDiff } from '../history/planVersions';
import type { HistoryNode } from '../views/history';
import type { CommandFactory } from './context';

/** `careerplan.compareWithWorkingCopy` (History view items): the plan at that commit against the working copy, in the diff editor. */
export const compareWithWorkingCopy: CommandFactory = () => async (arg) => {
  const node = arg as HistoryNode | undefined;
  if (node?.kind !== 'commit') return;
  await openDiff(node.uri, node.row);
};
