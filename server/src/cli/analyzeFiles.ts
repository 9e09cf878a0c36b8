import { PlanAnalyzer, type AnalyzeOptions, type Analysis } from '../core/analyze';
import type { RuleCode, Severity } from '../core/codes';
import { createMessageFormatter } from '../core/messages/catalog';
import { resolveLevels } from '../core/severity';
import { locate } from '../core/yaml/locate';
import { readPlanText, type PlanFile, type PlanText } from '../node/planFiles';
import { escapeText } from './formats/escape';
import type { CliIo } from './io';
import type { CliFormatter } from './messages/catalog';
import { expandPlanPaths } from './planPaths';

export interface FileAnalysis {
  file: PlanFile;
  /** Absent when the file is not UTF-8 text. */
  analysis?: Analysis;
}

/** A finding as the command line reports it: 1-based lines and columns (UTF-16 code units, like editors). */
export interface CliFinding {
  file: PlanFile;
  line: number;
  column: number;
  endLine: number;
  /** The column just after the finding, as SARIF defines endColumn. */
  endColumn: number;
  severity: Severity;
  code: RuleCode;
  message: string;
  /** The keys and list indexes from the document root to the finding (empty when the text has no tree there). */
  itemPath: Array<string | number>;
}

/** Reads every file first (so an unreadable one stops the run before any output), then analyses them with one analyzer. */
export function analyzeFiles(files: readonly PlanFile[], options: AnalyzeOptions): FileAnalysis[] {
  return analyzeTexts(files.map((file) => ({ file, text: readPlanText(file) })), options);
}

/** Analyses texts already read (from files, or a plan given on standard input). */
export function analyzeTexts(texts: ReadonlyArray<{ file: PlanFile; text: PlanText }>, options: AnalyzeOptions): FileAnalysis[] {
  const analyzer = new PlanAnalyzer();
  return texts.map(({ file, text }) => (text.ok ? { file, analysis: analyzer.analyze(text.text, options) } : { file }));
}

/** A plan that reads and parses. */
export interface ReadablePlan {
  file: PlanFile;
  analysis: Analysis;
}

/**
 * The plans a command can take data from. A file with YAML syntax errors or that is not UTF-8 is
 * left out and named on stderr; `unreadable` counts them, for the exit status.
 */
export function readablePlans(results: readonly FileAnalysis[], io: Pick<CliIo, 'stderr'>, t: CliFormatter): { plans: ReadablePlan[]; unreadable: number } {
  const plans: ReadablePlan[] = [];
  let unreadable = 0;
  for (const { file, analysis } of results) {
    if (!analysis || analysis.hasSyntaxErrors) {
      unreadable++;
      io.stderr(`careerplan: ${t('note.left-out', { path: escapeText(file.path), notUtf8: !analysis })}\n`);
      continue;
    }
    plans.push({ file, analysis });
  }
  return { plans, unreadable };
}

/**
 * What next, calendar and report start from: the plans named by PATH arguments (see
 * `expandPlanPaths`), read and analysed, those that cannot be read named on stderr.
 */
export function readPlansAt(
  positionals: readonly string[],
  io: Pick<CliIo, 'stderr' | 'cwd'>,
  t: CliFormatter,
  options: AnalyzeOptions,
): { files: PlanFile[]; plans: ReadablePlan[]; unreadable: number } {
  const files = expandPlanPaths(positionals, io.cwd);
  return { files, ...readablePlans(analyzeFiles(files, options), io, t) };
}

export function findingsOf(result: FileAnalysis, options: AnalyzeOptions): CliFinding[] {
  const { file, analysis } = result;
  if (!analysis) return notUtf8Finding(file, options);
  return analysis.findings.map((f) => {
    const range = analysis.lines.rangeOf(f);
    return {
      file,
      line: range.start.line + 1,
      column: range.start.character + 1,
      endLine: range.end.line + 1,
      endColumn: range.end.character + 1,
      severity: f.severity,
      code: f.code,
      message: f.message,
      itemPath: locate(analysis.parsed.root, f.start).path,
    };
  });
}

/** Bytes that are not UTF-8 cannot be parsed: one yaml-syntax finding at the start, at the level the user chose for yaml-syntax. */
function notUtf8Finding(file: PlanFile, options: AnalyzeOptions): CliFinding[] {
  const level = resolveLevels(options.settings, [], options.overrides).get('yaml-syntax') ?? 'error';
  if (level === 'off') return [];
  const message = createMessageFormatter(options.locale ?? 'en', options.catalog)('yaml-syntax.not-utf8', {});
  return [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: level, code: 'yaml-syntax', message, itemPath: [] }];
}
