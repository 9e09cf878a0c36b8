import { replaceScalar } from '../edits/planEdits';
import { editAction, type QuickFix } from './quickFix';

/** Where each code's date lives, for the title. */
const KEYS: Partial<Record<string, string>> = { 'stale-resume': 'resume.updated', 'stale-market': 'market.researched' };

/** stale-resume, stale-market: the date the finding is on becomes today (after the user refreshed the resume or the research). */
export const setTodayFix: QuickFix = {
  codes: ['stale-resume', 'stale-market'],
  fixes(context, finding) {
    const { analysis, today, format } = context;
    const key = KEYS[finding.code];
    if (!key) return [];
    return editAction(context, format('fix.set-today', { key, date: today }), replaceScalar(analysis, finding, today), true);
  },
};
