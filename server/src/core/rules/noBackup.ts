import type { Rule } from './rule';

/** TODO(rules): no-backup (SPEC §3). */
export const noBackupRule: Rule = {
  code: 'no-backup',
  check() {},
};
