import type { IsoDate } from '../dates';
import { yamlFlowList, yamlKey, yamlScalar } from '../edits/yamlText';

/** A `review.log` entry's `changes`, with the keys of the schema's reviewChanges. */
export interface ReviewLogChanges {
  'actions-done'?: string[];
  'actions-dropped'?: string[];
  'actions-rescheduled'?: string[];
  'experiments-finished'?: string[];
  'skills-raised'?: Record<string, number>;
  commits?: number;
}

/** One `review.log` entry as plain data (the schema's reviewLogEntry). */
export interface ReviewLogData {
  date: IsoDate;
  notes?: string;
  answers?: Record<string, string>;
  changes?: ReviewLogChanges;
}

const LIST_KEYS = ['actions-done', 'actions-dropped', 'actions-rescheduled', 'experiments-finished'] as const;

function flowMap(entries: Array<[string, string]>): string {
  return entries.length ? `{ ${entries.map(([k, v]) => `${yamlKey(k, true)}: ${v}`).join(', ')} }` : '{}';
}

/** The `changes` keys in schema order, values in flow style (short lists read best on one line). */
function changeFields(changes: ReviewLogChanges): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  for (const key of LIST_KEYS) {
    const list = changes[key];
    if (list?.length) fields.push([key, yamlFlowList(list)]);
  }
  const raised = Object.entries(changes['skills-raised'] ?? {});
  if (raised.length) fields.push(['skills-raised', flowMap(raised.map(([id, level]) => [id, yamlScalar(level, true)]))]);
  if (changes.commits !== undefined) fields.push(['commits', yamlScalar(changes.commits)]);
  return fields;
}

/**
 * The entry as the lines of a block sequence item, the first starting with `- `. `unit` indents
 * nested maps; `contentOffset` is the distance from the dash to the item's keys (2 in `- date:`).
 */
export function blockLogItem(entry: ReviewLogData, unit: string, contentOffset = 2): string[] {
  const pad = ' '.repeat(contentOffset);
  const lines = [`-${' '.repeat(contentOffset - 1)}date: ${entry.date}`];
  if (entry.notes !== undefined) lines.push(`${pad}notes: ${yamlScalar(entry.notes, false)}`);
  const answers = Object.entries(entry.answers ?? {});
  if (answers.length) {
    lines.push(`${pad}answers:`);
    for (const [id, text] of answers) lines.push(`${pad}${unit}${id}: ${yamlScalar(text, false)}`);
  }
  const changes = changeFields(entry.changes ?? {});
  if (changes.length) {
    lines.push(`${pad}changes:`);
    for (const [key, value] of changes) lines.push(`${pad}${unit}${key}: ${value}`);
  }
  return lines;
}

/** The entry as one flow map, for a log written in flow style (`log: [...]`). */
export function flowLogItem(entry: ReviewLogData): string {
  const fields: Array<[string, string]> = [['date', entry.date]];
  if (entry.notes !== undefined) fields.push(['notes', yamlScalar(entry.notes, true)]);
  const answers = Object.entries(entry.answers ?? {});
  if (answers.length) fields.push(['answers', flowMap(answers.map(([id, text]) => [id, yamlScalar(text, true)]))]);
  const changes = changeFields(entry.changes ?? {});
  if (changes.length) fields.push(['changes', flowMap(changes)]);
  return flowMap(fields);
}
