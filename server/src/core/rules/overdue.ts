import type { Rule } from './rule';

/** TODO(rules): overdue (SPEC §3). */
export const overdueRule: Rule = {
  code: 'overdue',
  check() {},
};
