import { isLevel, isRuleCode, LEVELS, RULE_CODES, type Level } from '../../core/codes';
import type { AnalyzeOptions } from '../../core/analyze';
import type { RuleLevels } from '../../core/severity';
import { resolve } from 'node:path';
import { version } from '../../../../package.json';
import { decodePlanText, type PlanFile } from '../../node/planFiles';
import { analyzeFiles, analyzeTexts, findingsOf, type CliFinding, type FileAnalysis } from '../analyzeFiles';
import { parseCommandArgs } from '../args';
import { stdoutColors } from '../color';
import { expandPlanPaths } from '../planPaths';
import { formatGithub } from '../formats/github';
import { fixFiles } from '../fixFiles';
import { formatJson } from '../formats/json';
import { formatSarif } from '../formats/sarif';
import { escapeText } from '../formats/escape';
import { formatText } from '../formats/text';
import { EXIT_FINDINGS, EXIT_OK, IoError, UsageError, type CliIo } from '../io';
import { resolveLocale } from '../locale';
import { PackageFiles } from '../packageFiles';
import { sourceRoot } from '../sourceRoot';
import { resolveToday } from '../today';

export const checkHelp = `Usage: careerplan check [options] [PATH...]

Checks career plans and reports what the analysis finds. PATH is a plan file or a folder,
searched recursively for *.careerplan.yaml and *.careerplan.yml (node_modules and .git are
skipped); the default is the current folder. PATH - reads one plan from standard input.

Options:
  --format text|json|sarif|github
                            output format (default: text)
  --stdin-filename NAME     the name a plan read from standard input has in the output
  --quiet                   report errors only (warnings still count for --max-warnings)
  --today YYYY-MM-DD        the date to check against (default: $CAREERPLAN_TODAY, else today)
  --rule CODE=LEVEL         set a rule's level: error, warning, info, hint or off; repeatable,
                            and wins over the file's own "rules:" section
  --max-warnings N          also fail when there are more than N warnings
  --lang en|zh              language of the messages (default: from LC_ALL, LC_MESSAGES, LANG)
  --fix                     apply the unambiguous fixes (the closest allowed value, the closest
                            real date, an id one letter away) to the files, name each fix on
                            stderr, then report what is left; files with YAML syntax errors or
                            merge conflicts are never changed
  --fix-dry-run             print the changes --fix would make as a unified diff, write nothing
  --no-color                no colours (also when NO_COLOR is set or output is not a terminal)
  -h, --help                show this help

Output:
  text   one line per finding: path:line:col: severity code: message (1-based line and column),
         then a summary "N errors, N warnings, N infos in N files" when there are findings or
         several files were checked; nothing at all for one clean file
  json   an array of {file, line, column, endLine, endColumn, severity, code, message}
  sarif  a SARIF 2.1.0 log with metadata and help for every rule (for code scanning tools);
         paths relative to %SRCROOT%, the git repository around the working folder (else it)
  github GitHub Actions annotations (::warning file=…,line=…::message), paths relative to
         the git repository around the working folder (else it)
  Columns count UTF-16 code units, as editors do; endColumn is the column after the finding.

Exit status:
  0  no errors (and no more warnings than --max-warnings)
  1  errors found, or too many warnings
  2  usage error, a path that does not exist or cannot be read, or no plan found
  With --fix-dry-run: 1 when there is something to fix, else 0.

Rule codes: ${RULE_CODES.join(', ')}
`;

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
/** The PATH that stands for standard input. */
const STDIN = '-';

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('check', args, {
    format: { type: 'string' },
    today: { type: 'string' },
    rule: { type: 'string', multiple: true },
    'max-warnings': { type: 'string' },
    lang: { type: 'string' },
    'no-color': { type: 'boolean' },
    'stdin-filename': { type: 'string' },
    quiet: { type: 'boolean' },
    fix: { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' },
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

  if (parsed.flag('fix') && parsed.flag('fix-dry-run')) throw new UsageError('--fix and --fix-dry-run: choose one', 'check');
  if (parsed.flag('fix') && parsed.positionals.includes(STDIN)) throw new UsageError(`--fix writes files: for standard input use --fix-dry-run`, 'check');
  let results = await readInput(parsed.positionals, parsed.string('stdin-filename'), options, io);
  if (parsed.flag('fix-dry-run')) {
    const run = fixFiles(results, options, io, true);
    io.stderr(`careerplan: ${run.fixes} fixes in ${run.files} files would be applied\n`);
    return run.fixes > 0 ? EXIT_FINDINGS : EXIT_OK;
  }
  if (parsed.flag('fix') && fixFiles(results, options, io, false).files > 0) results = await readInput(parsed.positionals, undefined, options, io);
  const files = results.map((result) => result.file);
  const allFindings: CliFinding[] = results.flatMap((result) => findingsOf(result, options));
  const findings = parsed.flag('quiet') ? allFindings.filter((f) => f.severity === 'error') : allFindings;
  for (const { file, analysis } of results) {
    for (const { code, error } of analysis?.internalErrors ?? []) {
      io.stderr(`careerplan: internal error in rule ${code} while checking ${escapeText(file.path)}: ${escapeText(error instanceof Error ? error.message : String(error))}\n`);
    }
  }

  if (format === 'json') io.stdout(formatJson(findings));
  else if (format === 'sarif') io.stdout(formatSarif(findings, { version, locale: options.locale, sourceRoot: await sourceRoot(io.cwd), docs: new PackageFiles() }));
  else if (format === 'github') io.stdout(formatGithub(findings, await sourceRoot(io.cwd)));
  else io.stdout(formatText(findings, files.length, stdoutColors(io, parsed.flag('no-color')), options.locale));

  const errors = allFindings.filter((f) => f.severity === 'error').length;
  const warnings = allFindings.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return EXIT_FINDINGS;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    if (format === 'text') io.stderr(`careerplan: ${warnings} warnings, more than --max-warnings ${maxWarnings} allows\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/** The plans named by PATH arguments, or the one plan on standard input (`-`). */
async function readInput(positionals: readonly string[], stdinName: string | undefined, options: AnalyzeOptions, io: CliIo): Promise<FileAnalysis[]> {
  if (!positionals.includes(STDIN)) {
    if (stdinName !== undefined) throw new UsageError(`--stdin-filename names a plan read from standard input: add the PATH '${STDIN}'`, 'check');
    return analyzeFiles(expandPlanPaths(positionals, io.cwd), options);
  }
  if (positionals.length > 1) throw new UsageError(`'${STDIN}' (standard input) cannot be combined with other paths`, 'check');
  const path = stdinName ?? '<stdin>';
  const file: PlanFile = { path, absolute: resolve(io.cwd, path) };
  let bytes: Uint8Array;
  try {
    bytes = await io.readStdin();
  } catch (error) {
    throw new IoError(`cannot read standard input: ${error instanceof Error ? error.message : String(error)}`);
  }
  return analyzeTexts([{ file, text: decodePlanText(bytes) }], options);
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
