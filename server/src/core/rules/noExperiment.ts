import type { Rule } from './rule';

/** TODO(rules): no-experiment (SPEC §3). */
export const noExperimentRule: Rule = {
  code: 'no-experiment',
  check() {},
};
