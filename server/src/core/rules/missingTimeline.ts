import type { Rule } from './rule';

/** TODO(rules): missing-timeline (SPEC §3). */
export const missingTimelineRule: Rule = {
  code: 'missing-timeline',
  check() {},
};
