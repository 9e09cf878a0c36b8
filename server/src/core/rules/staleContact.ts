import type { Rule } from './rule';

/** TODO(rules): stale-contact (SPEC §3). */
export const staleContactRule: Rule = {
  code: 'stale-contact',
  check() {},
};
