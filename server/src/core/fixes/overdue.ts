import { addDays } from '../dates';
import { markDone, setDue } from '../edits/planEdits';
import { dataString, editAction, type QuickFix } from './quickFix';

export const MOVE_DAYS = 7;

/** overdue: mark the action done, or move its due date a week from today. */
export const overdueFix: QuickFix = {
  codes: ['overdue'],
  fixes(context, finding) {
    const { analysis, today, format } = context;
    const id = dataString(finding, 'id') ?? analysis.model.actions.find((a) => a.due?.node.start === finding.start)?.id;
    if (!id) return [];
    const due = addDays(today, MOVE_DAYS);
    return [
      ...editAction(context, format('fix.mark-done', { id }), markDone(analysis, id, today)),
      ...editAction(context, format('fix.move-due', { date: due }), setDue(analysis, id, due)),
    ];
  },
};
