import { daysInMonth, isIsoDate, type IsoDate } from '../dates';
import { replaceScalar } from '../edits/planEdits';
import { dataString, editAction, unambiguousFix, type FixContext, type QuickFix } from './quickFix';
import type { Finding } from '../analyze';

/** schema, a bad date: the closest real date (`2026-02-30` → 2026-02-28, `2026-2-3` → 2026-02-03). */
export const schemaDateFix: QuickFix = {
  codes: ['schema'],
  fixes(context, finding) {
    const edit = dateEdit(context, finding);
    return edit ? editAction(context, edit.title, edit.result, true) : [];
  },
  unambiguous(context, finding) {
    const edit = dateEdit(context, finding);
    return edit ? unambiguousFix(edit.title, edit.result) : null;
  },
};

function dateEdit(context: FixContext, finding: Finding) {
  const written = dataString(finding, 'date');
  const date = written === undefined ? null : closestRealDate(written);
  if (!date) return null;
  return { title: context.format('fix.replace-value', { value: date }), result: replaceScalar(context.analysis, finding, date) };
}

/** A date written `YYYY-M-D` with its month and day brought into the calendar, or null for anything else. */
export function closestRealDate(text: string): IsoDate | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Math.min(Math.max(Number(m[2]), 1), 12);
  const day = Math.min(Math.max(Number(m[3]), 1), daysInMonth(year, month));
  const date = `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(date) && date !== text ? date : null;
}
