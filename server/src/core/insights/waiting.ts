import type { IsoDate } from '../dates';
import { isOpen, type Action, type PlanModel } from '../model/types';
import type { NextAction } from './types';

/** The open actions named in an action's `after` (SPEC §7): until they finish, it waits. */
export function waitingOn(action: Action, model: PlanModel): string[] {
  if (!isOpen(action)) return [];
  const ids: string[] = [];
  for (const ref of action.after) {
    const prerequisite = model.actionById.get(ref.id);
    if (prerequisite && prerequisite !== action && isOpen(prerequisite) && !ids.includes(ref.id)) ids.push(ref.id);
  }
  return ids;
}

/** Every open action, by due date (overdue first, undated last), in the order written on ties. */
export function nextActionsOf(model: PlanModel, today: IsoDate): NextAction[] {
  const open = model.actions.filter(isOpen);
  const due = (a: Action): string => (a.due?.valid ? a.due.text : '\uffff');
  const sorted = open.map((action, index) => ({ action, index })).sort((a, b) => (due(a.action) < due(b.action) ? -1 : due(a.action) > due(b.action) ? 1 : a.index - b.index));
  return sorted.map(({ action }) => {
    const date = action.due?.valid ? action.due.text : null;
    return {
      id: action.id,
      due: date,
      status: action.status as NextAction['status'],
      overdue: date !== null && date < today,
      waitingOn: waitingOn(action, model),
    };
  });
}
