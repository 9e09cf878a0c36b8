import type { HistoryRow } from '../../node/git/history';
import type { Colors } from '../color';
import { escapeText } from './escape';
import { displayWidth } from './nextTable';

/** The progress table: one line per commit, newest first; a path column only when the plan was renamed. */
export function formatHistoryTable(rows: readonly HistoryRow[], options: { colors: Colors; path: string }): string {
  const { colors } = options;
  if (rows.length === 0) return `No commit touches ${escapeText(options.path)} yet.\n`;
  const renamed = new Set(rows.map((r) => r.path)).size > 1;
  const header = ['DATE', 'COMMIT', 'AUTHOR', 'ACTIONS', 'SKILLS RAISED', ...(renamed ? ['PATH'] : []), 'MESSAGE'];
  const cells = rows.map((r) => [
    r.date.slice(0, 10),
    r.commit.slice(0, 8),
    r.author,
    r.blob === null ? 'deleted' : `${r.actionsDone}/${r.actionsTotal}${r.syntaxErrors ? '?' : ''}`,
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
  lines.push('', `${rows.length} ${rows.length === 1 ? 'commit' : 'commits'}; actions done ${first.actionsDone}/${first.actionsTotal} → ${last.actionsDone}/${last.actionsTotal}`);
  if (rows.some((r) => r.syntaxErrors)) lines.push('? the plan had YAML syntax errors at that commit: its figures are a best effort');
  return lines.join('\n') + '\n';
}
