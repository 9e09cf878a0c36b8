import type { HistoryRow } from '../../node/git/history';
import type { Colors } from '../color';
import type { CliFormatter } from '../messages/catalog';
import type { HistoryColumn } from '../messages/en';
import { escapeText } from './escape';
import { displayWidth } from './nextTable';

/** The progress table: one line per commit, newest first; a path column only when the plan was renamed. */
export function formatHistoryTable(rows: readonly HistoryRow[], options: { colors: Colors; path: string; t: CliFormatter }): string {
  const { colors, t } = options;
  if (rows.length === 0) return `${t('history.none', { path: escapeText(options.path) })}\n`;
  const renamed = new Set(rows.map((r) => r.path)).size > 1;
  const columns: HistoryColumn[] = ['date', 'commit', 'author', 'actions', 'skills', ...(renamed ? ['path' as const] : []), 'message'];
  const header = columns.map((column) => t('history.column', { column }));
  const cells = rows.map((r) => [
    r.date.slice(0, 10),
    r.commit.slice(0, 8),
    r.author,
    r.blob === null ? t('history.deleted', {}) : `${r.actionsDone}/${r.actionsTotal}${r.syntaxErrors ? '?' : ''}`,
    r.skillsRaised.map((s) => `${s.id} ${s.from}→${s.to}`).join(', ') || '-',
    ...(renamed ? [r.path] : []),
    r.message,
  ].map(escapeText));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((c) => displayWidth(c[i]))));
  const render = (row: string[], paint: (cell: string, column: number) => string) =>
    row.map((cell, i) => (i === row.length - 1 ? paint(cell, i) : paint(cell, i) + ' '.repeat(widths[i] - displayWidth(cell)))).join('  ');
  const lines = [render(header, (cell) => colors.bold(cell))];
  for (const row of cells) lines.push(render(row, (cell, column) => (column === 1 ? colors.yellow(cell) : column === 4 && cell !== '-' ? colors.blue(cell) : cell)));
  const first = rows[rows.length - 1];
  const last = rows[0];
  lines.push('', t('history.summary', { commits: rows.length, from: `${first.actionsDone}/${first.actionsTotal}`, to: `${last.actionsDone}/${last.actionsTotal}` }));
  if (rows.some((r) => r.syntaxErrors)) lines.push(t('history.syntax-note', {}));
  return lines.join('\n') + '\n';
}
