import type { Severity } from '../../core/codes';
import type { CliFinding } from '../analyzeFiles';
import type { CliFormatter } from '../messages/catalog';

export type SeverityCounts = Record<Severity, number>;

export function countSeverities(findings: readonly CliFinding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** "2 errors, 1 warning, 0 infos in 3 files" (hints are added only when there are some), in the user's language. */
export function summaryLine(counts: SeverityCounts, fileCount: number, t: CliFormatter): string {
  return t('check.summary', { ...counts, files: fileCount });
}
