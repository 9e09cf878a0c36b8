import { isLevel, isRuleCode, LEVELS, RULE_CODES, type Level } from '../../core/codes';
import type { AnalyzeOptions } from '../../core/analyze';
import type { RuleLevels } from '../../core/severity';
import { resolve } from 'node:path';
import { version } from '../../../../package.json';
import { decodePlanText, type PlanFile } from '../../node/planFiles';
import { analyzeFiles, analyzeTexts, findingsOf, type CliFinding, type FileAnalysis } from '../analyzeFiles';
import { stdoutColors } from '../color';
import { expandPlanPaths } from '../planPaths';
import { formatGithub } from '../formats/github';
import { fixFiles } from '../fixFiles';
import { formatJson } from '../formats/json';
import { formatSarif } from '../formats/sarif';
import { escapeText } from '../formats/escape';
import { formatText } from '../formats/text';
import type { Command, CommandContext } from '../command';
import { CliIoError, EXIT_FINDINGS, EXIT_OK, UsageError, type CliIo } from '../io';
import { cliMessage } from '../messages/catalog';
import { PackageFiles } from '../packageFiles';
import { sourceRoot } from '../sourceRoot';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
/** The PATH that stands for standard input. */
const STDIN = '-';

export const checkCommand: Command = {
  usage: '[PATH...]',
  options: {
    format: { type: 'string' },
    today: { type: 'string' },
    rule: { type: 'string', multiple: true },
    'max-warnings': { type: 'string' },
    'no-color': { type: 'boolean' },
    'stdin-filename': { type: 'string' },
    quiet: { type: 'boolean' },
    fix: { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' },
  },
  run: runCheck,
};

async function runCheck({ io, args, locale, t, today }: CommandContext): Promise<number> {
  const format = args.format(FORMATS);
  const maxWarnings = parseMaxWarnings(args.string('max-warnings'));
  const options: AnalyzeOptions = { today: today(), overrides: parseRuleOverrides(args.strings('rule')), locale };

  if (args.flag('fix') && args.flag('fix-dry-run')) throw new UsageError(cliMessage('usage.choose-one', { first: '--fix', second: '--fix-dry-run' }), 'check');
  if (args.flag('fix') && args.positionals.includes(STDIN)) throw new UsageError(cliMessage('usage.fix-stdin', {}), 'check');
  let results = await readInput(args.positionals, args.string('stdin-filename'), options, io);
  if (args.flag('fix-dry-run')) {
    const run = fixFiles(results, options, io, t, true);
    io.stderr(`careerplan: ${t('note.would-fix', run)}\n`);
    return run.fixes > 0 ? EXIT_FINDINGS : EXIT_OK;
  }
  if (args.flag('fix') && fixFiles(results, options, io, t, false).files > 0) results = await readInput(args.positionals, undefined, options, io);
  const files = results.map((result) => result.file);
  const allFindings: CliFinding[] = results.flatMap((result) => findingsOf(result, options));
  const findings = args.flag('quiet') ? allFindings.filter((f) => f.severity === 'error') : allFindings;
  for (const { file, analysis } of results) {
    for (const { code, error } of analysis?.internalErrors ?? []) {
      const detail = escapeText(error instanceof Error ? error.message : String(error));
      io.stderr(`careerplan: ${t('note.internal-error', { code, path: escapeText(file.path), error: detail })}\n`);
    }
  }

  if (format === 'json') io.stdout(formatJson(findings));
  else if (format === 'sarif') io.stdout(formatSarif(findings, { version, locale, sourceRoot: await sourceRoot(io.cwd), docs: new PackageFiles() }));
  else if (format === 'github') io.stdout(formatGithub(findings, await sourceRoot(io.cwd)));
  else io.stdout(formatText(findings, files.length, stdoutColors(io, args.flag('no-color')), t));

  const errors = allFindings.filter((f) => f.severity === 'error').length;
  const warnings = allFindings.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return EXIT_FINDINGS;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    if (format === 'text') io.stderr(`careerplan: ${t('note.max-warnings', { warnings, max: maxWarnings })}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/** The plans named by PATH arguments, or the one plan on standard input (`-`). */
async function readInput(positionals: readonly string[], stdinName: string | undefined, options: AnalyzeOptions, io: CliIo): Promise<FileAnalysis[]> {
  if (!positionals.includes(STDIN)) {
    if (stdinName !== undefined) throw new UsageError(cliMessage('usage.stdin-filename', { stdin: STDIN }), 'check');
    return analyzeFiles(expandPlanPaths(positionals, io.cwd), options);
  }
  if (positionals.length > 1) throw new UsageError(cliMessage('usage.stdin-alone', { stdin: STDIN }), 'check');
  const path = stdinName ?? '<stdin>';
  const file: PlanFile = { path, absolute: resolve(io.cwd, path) };
  let bytes: Uint8Array;
  try {
    bytes = await io.readStdin();
  } catch (error) {
    throw new CliIoError(cliMessage('io.read-stdin', { cause: error instanceof Error ? error.message : String(error) }));
  }
  return analyzeTexts([{ file, text: decodePlanText(bytes) }], options);
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(cliMessage('usage.max-warnings', { value }), 'check');
  return Number(value);
}

function parseRuleOverrides(values: string[]): RuleLevels {
  const levels: Record<string, Level> = {};
  for (const value of values) {
    const m = /^([^=]+)=(.*)$/.exec(value);
    if (!m) throw new UsageError(cliMessage('usage.rule-form', { value }), 'check');
    const [, code, level] = m;
    if (!isRuleCode(code)) throw new UsageError(cliMessage('usage.rule-code', { code, codes: RULE_CODES.join(', ') }), 'check');
    if (!isLevel(level)) throw new UsageError(cliMessage('usage.rule-level', { level, levels: LEVELS.join(', ') }), 'check');
    levels[code] = level;
  }
  return levels;
}
