import type { Rule } from './rule';

/** TODO(rules): few-advisors (SPEC §3). */
export const fewAdvisorsRule: Rule = {
  code: 'few-advisors',
  check() {},
};
