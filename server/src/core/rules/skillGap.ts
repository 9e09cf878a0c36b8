import type { Rule } from './rule';

/** TODO(rules): skill-gap (SPEC §3). */
export const skillGapRule: Rule = {
  code: 'skill-gap',
  check() {},
};
