import { addCadence } from '../dates';
import type { Rule } from './rule';

/** review-due (SPEC §3): the next review (`last` + `every`) is before today, or none was ever held. */
export const reviewDueRule: Rule = {
  code: 'review-due',
  check({ model, today }, report) {
    const review = model.review;
    const every = review?.every;
    // A cadence the schema rejects has no meaning to compute with.
    if (!review || !every || addCadence(today, every.value) === undefined) return;
    const last = review.last;
    if (!last) {
      report(every.node, 'review-due.never', { every: every.value }, { last: null, every: every.value, next: null });
      return;
    }
    if (!last.valid) return;
    const next = addCadence(last.text, every.value);
    if (next !== undefined && next < today) {
      report(last.node, 'review-due', { last: last.text, every: every.value, next }, { last: last.text, every: every.value, next });
    }
  },
};
