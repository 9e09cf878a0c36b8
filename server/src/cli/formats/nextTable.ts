import type { ActionStatus } from '../../core/model/types';
import type { Colors } from '../color';
import { escapeText } from './escape';

export interface NextAction {
  file: string;
  line: number;
  column: number;
  id: string;
  do: string;
  status: ActionStatus;
  due: string | null;
  daysLeft: number | null;
  overdue: boolean;
  plan: string | null;
  goal: string | null;
  /** Open actions named in `after` that must finish first (SPEC §7): empty when it can start. */
  waitingOn: string[];
}

/**
 * A table for people: due date, days left or overdue, status, id, plan, what to do, where. The
 * actions that wait on others come apart, below, each saying what it waits on.
 */
export function formatNextTable(actions: readonly NextAction[], options: { colors: Colors; within?: string }): string {
  const { colors } = options;
  if (actions.length === 0) return options.within ? `No open actions due within ${options.within}.\n` : 'No open actions.\n';
  const actionable = actions.filter((a) => a.waitingOn.length === 0);
  const waiting = actions.filter((a) => a.waitingOn.length > 0);
  const parts: string[] = [];
  if (actionable.length) parts.push(table(actionable, colors));
  if (waiting.length) parts.push(`${colors.bold(`Waiting (${waiting.length})`)}\n${table(waiting.map((a) => ({ ...a, do: `${a.do} (waits on ${a.waitingOn.join(', ')})` })), colors)}`);
  const overdue = actions.filter((a) => a.overdue).length;
  const summary = `${actions.length} open ${actions.length === 1 ? 'action' : 'actions'}${overdue ? `, ${overdue} overdue` : ''}${waiting.length ? `, ${waiting.length} waiting` : ''}`;
  return parts.join('\n') + '\n' + summary + '\n';
}

function table(actions: readonly NextAction[], colors: Colors): string {
  const header = ['DUE', 'WHEN', 'STATUS', 'ACTION', 'PLAN', 'TO DO', 'WHERE'];
  const rows = actions.map((a) => [a.due ?? '-', when(a.daysLeft), a.status, a.id, a.plan ?? '-', a.do, `${a.file}:${a.line}`].map(escapeText));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))));
  const render = (cells: string[], paint: (cell: string, column: number) => string) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? paint(cell, i) : paint(cell, i) + ' '.repeat(widths[i] - displayWidth(cell))))
      .join('  ');
  const lines = [render(header, (cell) => colors.bold(cell))];
  actions.forEach((action, r) => {
    lines.push(
      render(rows[r], (cell, column) => {
        if (column === 1 && action.overdue) return colors.red(cell);
        if (column === 1 && action.daysLeft === 0) return colors.yellow(cell);
        if (column === 6) return colors.gray(cell);
        return cell;
      }),
    );
  });
  return lines.join('\n') + '\n';
}

function when(daysLeft: number | null): string {
  if (daysLeft === null) return 'no date';
  if (daysLeft === 0) return 'today';
  if (daysLeft < 0) return `${-daysLeft}d overdue`;
  return `in ${daysLeft}d`;
}

/** Terminal columns: East Asian wide characters take two (Chinese plans line up too). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}
