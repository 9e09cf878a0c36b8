import type { Rule } from './rule';

/** TODO(rules): unrated-experiment (SPEC §3). */
export const unratedExperimentRule: Rule = {
  code: 'unrated-experiment',
  check() {},
};
