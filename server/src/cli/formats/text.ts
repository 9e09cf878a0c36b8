import type { Severity } from '../../core/codes';
import type { CliFinding } from '../analyzeFiles';
import type { Colors } from '../color';
import type { CliFormatter } from '../messages/catalog';
import { escapePath, escapeText } from './escape';
import { countSeverities, summaryLine } from './summary';

/**
 * One line per finding, `path:line:col: severity code: message` (the form editors and CI log
 * parsers link; plan text and file names escaped, so no finding can forge a line), then a summary when there is something to sum up: any finding, or several files.
 */
export function formatText(findings: readonly CliFinding[], fileCount: number, colors: Colors, t: CliFormatter): string {
  const paint: Record<Severity, (text: string) => string> = { error: colors.red, warning: colors.yellow, info: colors.blue, hint: colors.gray };
  const lines = findings.map(
    (f) => `${colors.bold(`${escapePath(f.file.path)}:${f.line}:${f.column}`)}: ${paint[f.severity](f.severity)} ${colors.gray(f.code)}: ${escapeText(f.message)}`,
  );
  if (findings.length > 0 || fileCount > 1) {
    const counts = countSeverities(findings);
    const summary = summaryLine(counts, fileCount, t);
    lines.push(counts.error ? colors.red(summary) : counts.warning ? colors.yellow(summary) : summary);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
