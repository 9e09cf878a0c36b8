import type { Rule } from './rule';

/** TODO(rules): prerequisite-later (SPEC §3). */
export const prerequisiteLaterRule: Rule = {
  code: 'prerequisite-later',
  check() {},
};
