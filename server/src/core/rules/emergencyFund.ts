import type { Rule } from './rule';

/** TODO(rules): emergency-fund (SPEC §3). */
export const emergencyFundRule: Rule = {
  code: 'emergency-fund',
  check() {},
};
