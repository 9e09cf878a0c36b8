import { isLevel, isRuleCode, RULE_DEFAULTS, type Level, type RuleCode, type Severity } from './codes';
import type { RuleSetting } from './model/types';

/** Rule levels by code, as given by a caller (editor settings, command line). Unknown codes are ignored here. */
export type RuleLevels = Partial<Record<string, Level>>;

/**
 * The level of every rule for one file. Precedence, lowest first: SPEC defaults, the editor's
 * settings (`careerplan.rules`), the file's own `rules:` section, and the command line's
 * `--rule` flags (an explicit flag is the most specific intent).
 */
export function resolveLevels(settings: RuleLevels | undefined, file: RuleSetting[], commandLine: RuleLevels | undefined): Map<RuleCode, Level> {
  const levels = new Map<RuleCode, Level>();
  for (const [code, level] of Object.entries(RULE_DEFAULTS)) levels.set(code as RuleCode, level);
  const apply = (code: string, level: string | undefined) => {
    if (level !== undefined && isRuleCode(code) && isLevel(level)) levels.set(code, level);
  };
  for (const [code, level] of Object.entries(settings ?? {})) apply(code, level);
  for (const setting of file) apply(setting.code, setting.level);
  for (const [code, level] of Object.entries(commandLine ?? {})) apply(code, level);
  return levels;
}

/** Whether a rule's level was set by anyone (then it also replaces a finding's own severity). */
export function isConfigured(code: RuleCode, levels: Map<RuleCode, Level>): boolean {
  return levels.get(code) !== RULE_DEFAULTS[code];
}

export type { Level, Severity };
