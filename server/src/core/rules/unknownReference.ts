import type { Rule } from './rule';

/** TODO(rules): unknown-reference (SPEC §3). */
export const unknownReferenceRule: Rule = {
  code: 'unknown-reference',
  check() {},
};
