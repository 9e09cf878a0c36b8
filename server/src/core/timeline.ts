import type { Range } from 'vscode-languageserver-types';
import type { Analysis } from './analyze';
import { addMonths, daysBetween, type IsoDate } from './dates';
import { createMessageFormatter, type Catalog, type Locale } from './messages/catalog';
import type { ActionStatus, EntryBase, ExperimentStatus, PlanModel } from './model/types';

interface ItemBase {
  id: string;
  title: string;
  /** The whole entry, and its `id:` key (where "reveal in file" puts the cursor). */
  range: Range;
  selectionRange: Range;
}

export interface TimelineGoal extends ItemBase {
  kind: 'goal';
  date: IsoDate;
  passed: boolean;
}

export interface TimelineAction extends ItemBase {
  kind: 'action';
  /** The due date (the completion date for a done action without one). */
  date: IsoDate;
  status: ActionStatus;
  overdue: boolean;
  done: IsoDate | null;
}

export interface TimelineExperiment extends ItemBase {
  kind: 'experiment';
  start: IsoDate;
  end: IsoDate;
  status: ExperimentStatus;
}

export type TimelineItem = TimelineGoal | TimelineAction | TimelineExperiment;

/** An entry with no date to place it by: listed beside the picture. */
export interface TimelineUndated extends ItemBase {
  kind: TimelineItem['kind'];
}

export interface TimelineLane {
  /** The plan's id; null for the lane of goals and actions tied to no plan. */
  plan: string | null;
  title: string;
  planKind: string | null;
  items: TimelineItem[];
  undated: TimelineUndated[];
}

export interface TimelineModel {
  today: IsoDate;
  /** From the first day of the earliest date's month to the first day after the latest date's month (today included). */
  domain: { start: IsoDate; end: IsoDate };
  lanes: TimelineLane[];
  todayLabel: string;
}

export interface TimelineOptions {
  locale?: Locale;
  catalog?: Partial<Catalog>;
}

/**
 * The plan on a date axis: a lane per plan (and one for entries tied to no plan) with its goals
 * (`by`), actions (`due`; dropped ones left out) and experiments (`from`–`to`).
 */
export function timelineModel(analysis: Analysis, today: IsoDate, options: TimelineOptions = {}): TimelineModel {
  const { model, lines } = analysis;
  const format = createMessageFormatter(options.locale ?? 'en', options.catalog);
  const base = (entry: EntryBase, title: string | undefined): ItemBase => ({
    id: entry.id,
    title: title || entry.id,
    range: lines.rangeOf(entry.pair),
    selectionRange: lines.rangeOf(entry.key),
  });
  const lanes = new Map<string | null, TimelineLane>();
  for (const plan of model.plans) {
    if (!lanes.has(plan.id)) lanes.set(plan.id, { plan: plan.id, title: plan.title?.value || plan.id, planKind: plan.kind?.value ?? null, items: [], undated: [] });
  }
  const noPlan: TimelineLane = { plan: null, title: format('timeline.no-plan', {}), planKind: null, items: [], undated: [] };
  const laneOf = (planId: string | undefined) => (planId !== undefined && lanes.get(planId)) || noPlan;

  for (const goal of model.goals) {
    const lane = laneOf(goal.plan?.id);
    const item = base(goal, goal.title?.value);
    if (goal.by?.valid) lane.items.push({ ...item, kind: 'goal', date: goal.by.text, passed: goal.by.text < today });
    else lane.undated.push({ ...item, kind: 'goal' });
  }
  for (const action of model.actions) {
    if (action.status === 'dropped') continue;
    const lane = laneOf(action.plan?.id ?? goalPlan(model, action.goal?.id));
    const item = base(action, action.do?.value);
    const due = action.due?.valid ? action.due.text : null;
    const done = action.done?.valid ? action.done.text : null;
    const date = due ?? (action.status === 'done' ? done : null);
    if (date === null) {
      lane.undated.push({ ...item, kind: 'action' });
      continue;
    }
    const open = action.status !== 'done';
    lane.items.push({ ...item, kind: 'action', date, status: action.status, overdue: open && date < today, done });
  }
  for (const plan of model.plans) {
    const lane = laneOf(plan.id);
    for (const experiment of plan.experiments) {
      const item = base(experiment, experiment.id);
      const from = experiment.from?.valid ? experiment.from.text : null;
      const to = experiment.to?.valid ? experiment.to.text : null;
      const start = from ?? to;
      const end = to ?? from;
      if (start === null || end === null) lane.undated.push({ ...item, kind: 'experiment' });
      else lane.items.push({ ...item, kind: 'experiment', start: start <= end ? start : end, end: start <= end ? end : start, status: experiment.status });
    }
  }
  const all = [...lanes.values()];
  if (noPlan.items.length || noPlan.undated.length) all.push(noPlan);
  for (const lane of all) lane.items.sort((a, b) => compare(startOf(a), startOf(b)));
  return { today, domain: domainOf(all, today), lanes: all, todayLabel: format('timeline.today', {}) };
}

function goalPlan(model: PlanModel, goalId: string | undefined): string | undefined {
  return goalId === undefined ? undefined : model.goalById.get(goalId)?.plan?.id;
}

export function startOf(item: TimelineItem): IsoDate {
  return item.kind === 'experiment' ? item.start : item.date;
}

export function endOf(item: TimelineItem): IsoDate {
  return item.kind === 'experiment' ? item.end : item.date;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function domainOf(lanes: TimelineLane[], today: IsoDate): { start: IsoDate; end: IsoDate } {
  let min = today;
  let max = today;
  for (const lane of lanes) {
    for (const item of lane.items) {
      if (startOf(item) < min) min = startOf(item);
      if (endOf(item) > max) max = endOf(item);
    }
  }
  return { start: `${min.slice(0, 7)}-01`, end: addMonths(`${max.slice(0, 7)}-01`, 1) };
}

/** Colours of the picture; the webview passes the VS Code theme's, the export a fixed light set. */
export interface TimelineTheme {
  background: string;
  foreground: string;
  muted: string;
  grid: string;
  today: string;
  goal: string;
  action: string;
  done: string;
  overdue: string;
  experiment: string;
  fontFamily: string;
}

export const LIGHT_TIMELINE_THEME: TimelineTheme = {
  background: '#ffffff',
  foreground: '#1f2328',
  muted: '#6e7781',
  grid: '#d0d7de',
  today: '#cf222e',
  goal: '#8250df',
  action: '#0969da',
  done: '#1a7f37',
  overdue: '#cf222e',
  experiment: '#bf8700',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif',
};

export interface SvgOptions {
  /** Total width in pixels (default 1000). */
  width?: number;
}

const LABEL_WIDTH = 180;
const AXIS_HEIGHT = 36;
const ROW_HEIGHT = 22;
const LANE_PADDING = 8;
const FONT_SIZE = 11;
const RIGHT_PADDING = 16;

/**
 * The timeline as a standalone SVG document: lanes, month grid, today's line, and one `<g>` per
 * item carrying `data-kind`, `data-id`, `data-plan` and `data-line` (0-based) so a webview can
 * reveal the entry on click. All text is escaped; nothing is loaded from anywhere.
 */
export function renderTimelineSvg(model: TimelineModel, theme: Partial<TimelineTheme> = {}, options: SvgOptions = {}): string {
  const t: TimelineTheme = { ...LIGHT_TIMELINE_THEME, ...theme };
  const width = Math.max(LABEL_WIDTH + 200, Math.round(options.width ?? 1000));
  const plotWidth = width - LABEL_WIDTH - RIGHT_PADDING;
  const totalDays = Math.max(1, daysBetween(model.domain.start, model.domain.end));
  const x = (date: IsoDate) => LABEL_WIDTH + (daysBetween(model.domain.start, date) / totalDays) * plotWidth;

  const body: string[] = [];
  let y = AXIS_HEIGHT;
  for (const lane of model.lanes) {
    const placed = lane.items.map((item) => placeItem(item, x, width));
    const rows = packRows(placed);
    const laneHeight = Math.max(1, rows.count) * ROW_HEIGHT + 2 * LANE_PADDING;
    body.push(`<g class="lane" data-plan="${esc(lane.plan ?? '')}">`);
    body.push(`<line x1="0" y1="${y}" x2="${width}" y2="${y}" stroke="${esc(t.grid)}"/>`);
    body.push(`<text x="8" y="${y + LANE_PADDING + 14}" fill="${esc(t.foreground)}" font-weight="600">${esc(truncate(lane.title, LABEL_WIDTH - 16))}</text>`);
    if (lane.undated.length) {
      body.push(`<text x="8" y="${y + LANE_PADDING + 30}" fill="${esc(t.muted)}">${esc(`+${lane.undated.length} undated`)}</text>`);
    }
    lane.items.forEach((item, i) => body.push(renderItem(item, placed[i], lane.plan, y + LANE_PADDING + rows.row[i] * ROW_HEIGHT, t)));
    body.push('</g>');
    y += Math.max(laneHeight, lane.undated.length ? 48 : 0);
  }
  const height = y + 1;

  const grid: string[] = [];
  const months = monthStarts(model.domain.start, model.domain.end);
  const step = labelStep(plotWidth / Math.max(1, months.length));
  months.forEach((month, i) => {
    const mx = x(month);
    grid.push(`<line x1="${fmt(mx)}" y1="${AXIS_HEIGHT - 6}" x2="${fmt(mx)}" y2="${height}" stroke="${esc(t.grid)}" stroke-width="${month.endsWith('-01-01') ? 1 : 0.5}"/>`);
    if (i % step === 0 && mx + 3 + textWidth(month.slice(0, 7)) <= width) grid.push(`<text x="${fmt(mx + 3)}" y="${AXIS_HEIGHT - 12}" fill="${esc(t.muted)}">${esc(month.slice(0, 7))}</text>`);
  });
  const tx = x(model.today);
  const todayMark = [
    `<line x1="${fmt(tx)}" y1="${AXIS_HEIGHT - 4}" x2="${fmt(tx)}" y2="${height}" stroke="${esc(t.today)}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
    `<text x="${fmt(Math.min(Math.max(tx, LABEL_WIDTH + 60), width - 70))}" y="12" fill="${esc(t.today)}" text-anchor="middle" font-weight="600">${esc(`${model.todayLabel} ${model.today}`)}</text>`,
  ];

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(t.fontFamily)}" font-size="${FONT_SIZE}" role="img">`,
    `<rect class="background" x="0" y="0" width="${width}" height="${height}" fill="${esc(t.background)}"/>`,
    ...grid,
    ...body,
    ...todayMark,
    '</svg>',
  ].join('\n') + '\n';
}

/** Where an item and its label go: the label sits right of the mark, or left of it near the right edge. */
interface Placement {
  x0: number;
  x1: number;
  label: string;
  labelX: number;
  anchor: 'start' | 'end';
  /** The horizontal room the item and its label take, for packing rows. */
  from: number;
  to: number;
}

const MAX_LABEL_WIDTH = 260;

function placeItem(item: TimelineItem, x: (d: IsoDate) => number, width: number): Placement {
  const x0 = x(startOf(item));
  const x1 = item.kind === 'experiment' ? Math.max(x(item.end), x0 + 4) : x0;
  const label = truncate(item.title, MAX_LABEL_WIDTH);
  const room = textWidth(label);
  const gap = item.kind === 'experiment' ? 5 : 8;
  if (x1 + gap + room <= width - 4) return { x0, x1, label, labelX: x1 + gap, anchor: 'start', from: x0 - 8, to: x1 + gap + room + 6 };
  return { x0, x1, label, labelX: x0 - gap, anchor: 'end', from: x0 - gap - room - 6, to: x1 + 8 };
}

function renderItem(item: TimelineItem, at: Placement, plan: string | null, top: number, t: TimelineTheme): string {
  const cy = top + ROW_HEIGHT / 2;
  const { x0, x1 } = at;
  const attrs = `class="item ${item.kind}${item.kind === 'action' && item.overdue ? ' overdue' : ''}" data-kind="${item.kind}" data-id="${esc(item.id)}" data-plan="${esc(plan ?? '')}" data-line="${item.selectionRange.start.line}"`;
  const shapes: string[] = [];
  let tip: string;
  if (item.kind === 'goal') {
    const r = 6;
    shapes.push(`<polygon points="${fmt(x0)},${fmt(cy - r)} ${fmt(x0 + r)},${fmt(cy)} ${fmt(x0)},${fmt(cy + r)} ${fmt(x0 - r)},${fmt(cy)}" fill="${esc(t.goal)}"/>`);
    tip = `${item.title} (${item.id}) — ${item.date}`;
  } else if (item.kind === 'action') {
    const color = item.status === 'done' ? t.done : item.overdue ? t.overdue : t.action;
    const fill = item.status === 'done' || item.overdue ? color : t.background;
    shapes.push(`<circle cx="${fmt(x0)}" cy="${fmt(cy)}" r="4.5" fill="${esc(fill)}" stroke="${esc(color)}" stroke-width="1.5"/>`);
    tip = `${item.title} (${item.id}) — ${item.date}, ${item.status}${item.overdue ? ', overdue' : ''}`;
  } else {
    const opacity = item.status === 'done' || item.status === 'abandoned' ? 0.45 : 0.8;
    shapes.push(`<rect x="${fmt(x0)}" y="${fmt(cy - 5)}" width="${fmt(x1 - x0)}" height="10" rx="3" fill="${esc(t.experiment)}" fill-opacity="${opacity}"/>`);
    tip = `${item.title} (${item.id}) — ${item.start} – ${item.end}, ${item.status}`;
  }
  const labelColor = item.kind === 'action' && item.overdue ? t.overdue : t.foreground;
  const anchor = at.anchor === 'end' ? ' text-anchor="end"' : '';
  return [
    `<g ${attrs}>`,
    `<title>${esc(tip)}</title>`,
    ...shapes,
    `<text x="${fmt(at.labelX)}" y="${fmt(cy + 4)}" fill="${esc(labelColor)}"${anchor}>${esc(at.label)}</text>`,
    '</g>',
  ].join('');
}

/** Rows inside a lane so that no item or label overlaps another in the same row. */
function packRows(placed: readonly Placement[]): { row: number[]; count: number } {
  const ends: number[] = [];
  const row = placed.map(({ from, to }) => {
    let r = ends.findIndex((end) => end <= from);
    if (r < 0) {
      r = ends.length;
      ends.push(to);
    } else ends[r] = to;
    return r;
  });
  return { row, count: ends.length };
}

function monthStarts(start: IsoDate, end: IsoDate): IsoDate[] {
  const months: IsoDate[] = [];
  for (let m = start; m <= end && months.length < 1200; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** Label every month when they are wide enough, else every 2, 3, 6 or 12. */
function labelStep(pixelsPerMonth: number): number {
  for (const step of [1, 2, 3, 6, 12]) if (pixelsPerMonth * step >= 56) return step;
  return 24;
}

/** An estimate (no fonts are measured): East Asian wide characters take about twice the room. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? FONT_SIZE : FONT_SIZE * 0.6;
  return width;
}

function truncate(text: string, maxWidth: number): string {
  if (textWidth(text) <= maxWidth) return text;
  let out = '';
  for (const char of text) {
    if (textWidth(out + char + '…') > maxWidth) break;
    out += char;
  }
  return out + '…';
}

function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** Text and attribute values for XML: also drops characters XML 1.0 cannot carry at all. */
export function esc(text: string): string {
  return text
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
