import { addMonths } from '../dates';
import { addEntry } from '../edits/planEdits';
import { dataString, editAction, uniqueId, type QuickFix } from './quickFix';

/** A short goal at the end of the coming year; a long one in the middle of the 3–5-year range. */
const MONTHS = { short: 12, long: 48 } as const;

/** missing-horizon: add a goal with a `by` date in the missing horizon. */
export const missingHorizonFix: QuickFix = {
  codes: ['missing-horizon'],
  fixes(context, finding) {
    const { analysis, today, format } = context;
    const horizon = dataString(finding, 'horizon');
    if (horizon !== 'short' && horizon !== 'long') return [];
    const date = addMonths(today, MONTHS[horizon]);
    const id = uniqueId(horizon === 'short' ? 'next-year-goal' : 'long-term-goal', analysis.model.goalById);
    const title = format(horizon === 'short' ? 'fix.text.short-goal' : 'fix.text.long-goal', {});
    const result = addEntry(analysis, 'goals', id, [['title', title], ['by', date]]);
    return editAction(context, format('fix.add-goal', { horizon, id, date }), result, true);
  },
};
