import type { CodeAction } from 'vscode-languageserver-types';
import { addDays } from '../dates';
import { setDue, setEntryField } from '../edits/planEdits';
import { MOVE_DAYS } from './overdue';
import { dataString, editAction, type QuickFix } from './quickFix';

/**
 * gap-after-goal: move the goal's `by` a week after the gap closes (preferred), or, when an action
 * sets the closing date, move that action to a week before the goal when that is not in the past.
 */
export const gapAfterGoalFix: QuickFix = {
  codes: ['gap-after-goal'],
  fixes(context, finding) {
    const { analysis, today, format } = context;
    const goal = analysis.model.goalById.get(dataString(finding, 'goal') ?? '');
    const closesOn = dataString(finding, 'closesOn');
    if (!goal?.map || !goal.by?.valid || !closesOn) return [];
    const later = addDays(closesOn, MOVE_DAYS);
    const actions: CodeAction[] = editAction(context, format('fix.move-goal-by', { goal: goal.id, date: later }), setEntryField(analysis, goal.map, 'by', later), true);
    const closer = dataString(finding, 'closer');
    const earlier = addDays(goal.by.text, -MOVE_DAYS);
    if (closer && dataString(finding, 'closerKind') === 'action' && earlier >= today) {
      actions.push(...editAction(context, format('fix.prerequisite-earlier', { prerequisite: closer, date: earlier }), setDue(analysis, closer, earlier)));
    }
    return actions;
  },
};
