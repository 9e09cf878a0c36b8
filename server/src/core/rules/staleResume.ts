import type { Rule } from './rule';

/** TODO(rules): stale-resume (SPEC §3). */
export const staleResumeRule: Rule = {
  code: 'stale-resume',
  check() {},
};
