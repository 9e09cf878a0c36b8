/** Every diagnostic code the analysis can report, with its default severity (SPEC §3). */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Level = Severity | 'off';

export const RULE_DEFAULTS = {
  'yaml-syntax': 'error',
  'merge-conflict': 'error',
  schema: 'error',
  'unknown-reference': 'error',
  'dependency-cycle': 'error',
  'missing-timeline': 'warning',
  'skill-gap': 'warning',
  overdue: 'warning',
  'prerequisite-later': 'warning',
  'review-due': 'warning',
  'emergency-fund': 'warning',
  'no-backup': 'info',
  'no-experiment': 'info',
  'unrated-experiment': 'info',
  'missing-horizon': 'info',
  'no-review': 'info',
  'few-advisors': 'info',
  'stale-contact': 'info',
  'stale-resume': 'info',
  'gap-after-goal': 'warning',
  'few-supporters': 'info',
  'contact-due': 'info',
  'one-sided-contact': 'info',
  'unaddressed-obstacle': 'info',
  'low-interest': 'info',
  'stale-market': 'info',
  'unused-suppression': 'hint',
} as const satisfies Record<string, Severity>;

export type RuleCode = keyof typeof RULE_DEFAULTS;

export const RULE_CODES = Object.keys(RULE_DEFAULTS) as RuleCode[];
export const LEVELS: readonly Level[] = ['error', 'warning', 'info', 'hint', 'off'];

export function isRuleCode(code: string): code is RuleCode {
  return Object.prototype.hasOwnProperty.call(RULE_DEFAULTS, code);
}

export function isLevel(level: string): level is Level {
  return (LEVELS as readonly string[]).includes(level);
}
