import { addDays } from '../dates';
import { setDue } from '../edits/planEdits';
import { MOVE_DAYS } from './overdue';
import { dataString, editAction, type QuickFix } from './quickFix';

/**
 * prerequisite-later: move the action's due date a week after its prerequisite's (preferred), or
 * the prerequisite a week before the action, when that is not in the past.
 */
export const prerequisiteLaterFix: QuickFix = {
  codes: ['prerequisite-later'],
  fixes(context, finding) {
    const { analysis, today, format } = context;
    const id = dataString(finding, 'id');
    const due = dataString(finding, 'due');
    const prerequisite = dataString(finding, 'prerequisite');
    const prerequisiteDue = dataString(finding, 'prerequisiteDue');
    if (!id || !due || !prerequisite || !prerequisiteDue) return [];
    const later = addDays(prerequisiteDue, MOVE_DAYS);
    const earlier = addDays(due, -MOVE_DAYS);
    return [
      ...editAction(context, format('fix.due-after-prerequisite', { id, date: later, prerequisite }), setDue(analysis, id, later), true),
      ...(earlier >= today ? editAction(context, format('fix.prerequisite-earlier', { prerequisite, date: earlier }), setDue(analysis, prerequisite, earlier)) : []),
    ];
  },
};
