import type { Rule } from './rule';

/** TODO(rules): dependency-cycle (SPEC §3). */
export const dependencyCycleRule: Rule = {
  code: 'dependency-cycle',
  check() {},
};
