import { isLevel, isRuleCode, LEVELS, RULE_CODES, type Level } from '../../core/codes';
import type { AnalyzeOptions } from '../../core/analyze';
import type { RuleLevels } from '../../core/severity';
import { version } from '../../../../package.json';
import { analyzeFiles, findingsOf, type CliFinding } from '../analyzeFiles';
import { parseCommandArgs } from '../args';
import { stdoutColors } from '../color';
import { expandPlanPaths } from '../planPaths';
import { formatJson } from '../formats/json';
import { formatSarif } from '../formats/sarif';
import { formatText } from '../formats/text';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIo } from '../io';
import { resolveLocale } from '../locale';
import { resolveToday } from '../today';

export const checkHelp = `Usage: careerplan check [options] [PATH...]

Checks career plans and reports what the analysis finds. PATH is a plan file or a folder,
searched recursively for *.careerplan.yaml and *.careerplan.yml (node_modules and .git are
skipped); the default is the current folder.

Options:
  --format text|json|sarif  output format (default: text)
  --today YYYY-MM-DD        the date to check against (default: $CAREERPLAN_TODAY, else today)
  --rule CODE=LEVEL         set a rule's level: error, warning, info, hint or off; repeatable,
                            and wins over the file's own "rules:" section
  --max-warnings N          also fail when there are more than N warnings
  --lang en|zh              language of the messages (default: from LC_ALL, LC_MESSAGES, LANG)
  --no-color                no colours (also when NO_COLOR is set or output is not a terminal)
  -h, --help                show this help

Output:
  text   one line per finding: path:line:col: severity code: message (1-based line and column),
         then a summary "N errors, N warnings, N infos in N files" when there are findings or
         several files were checked; nothing at all for one clean file
  json   an array of {file, line, column, endLine, endColumn, severity, code, message}
  sarif  a SARIF 2.1.0 log with metadata and help for every rule (for code scanning tools)
  Columns count UTF-16 code units, as editors do; endColumn is the column after the finding.

Exit status:
  0  no errors (and no more warnings than --max-warnings)
  1  errors found, or too many warnings
  2  usage error, a path that does not exist or cannot be read, or no plan found

Rule codes: ${RULE_CODES.join(', ')}
`;

const FORMATS = ['text', 'json', 'sarif'] as const;

export function runCheck(args: string[], io: CliIo): number {
  const parsed = parseCommandArgs('check', args, {
    format: { type: 'string' },
    today: { type: 'string' },
    rule: { type: 'string', multiple: true },
    'max-warnings': { type: 'string' },
    lang: { type: 'string' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (parsed.flag('help')) {
    io.stdout(checkHelp);
    return EXIT_OK;
  }
  const format = parsed.string('format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: '${format}' is not a format; use one of ${FORMATS.join(', ')}`, 'check');
  const maxWarnings = parseMaxWarnings(parsed.string('max-warnings'));
  const options: AnalyzeOptions = {
    today: resolveToday(parsed.string('today'), io.env),
    overrides: parseRuleOverrides(parsed.strings('rule')),
    locale: resolveLocale(parsed.string('lang'), io.env),
  };

  const files = expandPlanPaths(parsed.positionals, io.cwd);
  const results = analyzeFiles(files, options);
  const findings: CliFinding[] = results.flatMap((result) => findingsOf(result, options));
  for (const { file, analysis } of results) {
    for (const { code, error } of analysis?.internalErrors ?? []) {
      io.stderr(`careerplan: internal error in rule ${code} while checking ${file.path}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }

  if (format === 'json') io.stdout(formatJson(findings));
  else if (format === 'sarif') io.stdout(formatSarif(findings, { version, cwd: io.cwd }));
  else io.stdout(formatText(findings, files.length, stdoutColors(io, parsed.flag('no-color'))));

  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return EXIT_FINDINGS;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    if (format === 'text') io.stderr(`careerplan: ${warnings} warnings, more than --max-warnings ${maxWarnings} allows\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings: '${value}' is not a whole number (0 or more)`, 'check');
  return Number(value);
}

function parseRuleOverrides(values: string[]): RuleLevels {
  const levels: Record<string, Level> = {};
  for (const value of values) {
    const m = /^([^=]+)=(.*)$/.exec(value);
    if (!m) throw new UsageError(`--rule: '${value}' is not CODE=LEVEL (for example --rule stale-contact=off)`, 'check');
    const [, code, level] = m;
    if (!isRuleCode(code)) throw new UsageError(`--rule: '${code}' is not a rule code; valid codes: ${RULE_CODES.join(', ')}`, 'check');
    if (!isLevel(level)) throw new UsageError(`--rule: '${level}' is not a level; valid levels: ${LEVELS.join(', ')}`, 'check');
    levels[code] = level;
  }
  return levels;
}
