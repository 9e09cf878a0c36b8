import type { Rule } from './rule';

/** TODO(rules): missing-horizon (SPEC §3). */
export const missingHorizonRule: Rule = {
  code: 'missing-horizon',
  check() {},
};
