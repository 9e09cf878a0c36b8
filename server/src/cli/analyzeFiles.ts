import { PlanAnalyzer, type AnalyzeOptions, type Analysis } from '../core/analyze';
import type { RuleCode, Severity } from '../core/codes';
import { createMessageFormatter } from '../core/messages/catalog';
import { resolveLevels } from '../core/severity';
import { readPlanText, type PlanFile } from './files';

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
}

/** Reads every file first (so an unreadable one stops the run before any output), then analyses them with one analyzer. */
export function analyzeFiles(files: readonly PlanFile[], options: AnalyzeOptions): FileAnalysis[] {
  const texts = files.map((file) => ({ file, text: readPlanText(file) }));
  const analyzer = new PlanAnalyzer();
  return texts.map(({ file, text }) => (text.ok ? { file, analysis: analyzer.analyze(text.text, options) } : { file }));
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
    };
  });
}

/** Bytes that are not UTF-8 cannot be parsed: one yaml-syntax finding at the start, at the level the user chose for yaml-syntax. */
function notUtf8Finding(file: PlanFile, options: AnalyzeOptions): CliFinding[] {
  const level = resolveLevels(options.settings, [], options.overrides).get('yaml-syntax') ?? 'error';
  if (level === 'off') return [];
  const message = createMessageFormatter(options.locale ?? 'en', options.catalog)('yaml-syntax.not-utf8', {});
  return [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: level, code: 'yaml-syntax', message }];
}
