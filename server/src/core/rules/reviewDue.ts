import { addCadence } from '../dates';
import type { Rule } from './rule';

/**
 * review-due (SPEC §3): the next review (`last` + `every`) is before today, or a cadence is set
 * and no review was ever held. A cadence or date the schema rejects is left to the schema.
 */
export const reviewDueRule: Rule = {
  code: 'review-due',
  reads: (model) => [model.review],
  check({ model, today }, report) {
    const every = model.review?.every;
    if (!every) return;
    const last = model.review?.last;
    if (!last) {
      if (addCadence(today, every.value) !== undefined) {
        report(every.node, 'review-due.never', { every: every.value }, { last: null, every: every.value, next: null });
      }
      return;
    }
    if (!last.valid) return;
    const next = addCadence(last.text, every.value);
    if (next === undefined || next >= today) return;
    report(last.node, 'review-due', { last: last.text, every: every.value, next }, { last: last.text, every: every.value, next });
  },
};
