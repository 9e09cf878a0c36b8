import type { ActionStatus } from '../../core/model/types';
import type { Colors } from '../color';
import type { NextColumn } from '../messages/en';
import type { CliFormatter } from '../messages/catalog';
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
export function formatNextTable(actions: readonly NextAction[], options: { colors: Colors; within?: string; t: CliFormatter }): string {
  const { colors, t } = options;
  if (actions.length === 0) return `${options.within ? t('next.none-within', { span: options.within }) : t('next.none', {})}\n`;
  const actionable = actions.filter((a) => a.waitingOn.length === 0);
  const waiting = actions.filter((a) => a.waitingOn.length > 0);
  const parts: string[] = [];
  if (actionable.length) parts.push(table(actionable, colors, t));
  if (waiting.length) {
    const described = waiting.map((a) => ({ ...a, do: t('next.waits-on', { text: a.do, ids: a.waitingOn.join(', ') }) }));
    parts.push(`${colors.bold(t('next.waiting', { count: waiting.length }))}\n${table(described, colors, t)}`);
  }
  const summary = t('next.summary', { open: actions.length, overdue: actions.filter((a) => a.overdue).length, waiting: waiting.length });
  return parts.join('\n') + '\n' + summary + '\n';
}

const COLUMNS: readonly NextColumn[] = ['due', 'when', 'status', 'action', 'plan', 'todo', 'where'];

function table(actions: readonly NextAction[], colors: Colors, t: CliFormatter): string {
  const header = COLUMNS.map((column) => t('next.column', { column }));
  const rows = actions.map((a) => [a.due ?? '-', when(a.daysLeft, t), a.status, a.id, a.plan ?? '-', a.do, `${a.file}:${a.line}`].map(escapeText));
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

function when(daysLeft: number | null, t: CliFormatter): string {
  if (daysLeft === null) return t('next.no-date', {});
  if (daysLeft === 0) return t('next.today', {});
  if (daysLeft < 0) return t('next.overdue-days', { days: -daysLeft });
  return t('next.in-days', { days: daysLeft });
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
