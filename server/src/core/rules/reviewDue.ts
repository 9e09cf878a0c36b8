import type { Rule } from './rule';

/** TODO(rules): review-due (SPEC §3). */
export const reviewDueRule: Rule = {
  code: 'review-due',
  check() {},
};
