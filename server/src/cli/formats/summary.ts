import type { Severity } from '../../core/codes';
import type { CliFinding } from '../analyzeFiles';

export type SeverityCounts = Record<Severity, number>;

export function countSeverities(findings: readonly CliFinding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 errors, 1 warning, 0 infos in 3 files" (hints are added only when there are some). */
export function summaryLine(counts: SeverityCounts, fileCount: number): string {
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.info, 'info')];
  if (counts.hint) parts.push(plural(counts.hint, 'hint'));
  return `${parts.join(', ')} in ${plural(fileCount, 'file')}`;
}
