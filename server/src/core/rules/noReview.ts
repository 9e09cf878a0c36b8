import type { Rule } from './rule';

/** TODO(rules): no-review (SPEC §3). */
export const noReviewRule: Rule = {
  code: 'no-review',
  check() {},
};
