import type { Analysis } from '../analyze';
import { addDays, type IsoDate } from '../dates';
import type { Action } from '../model/types';
import type { Span } from '../rules/rule';
import { findSuppressions } from '../suppressions';
import { asMap, type YMap } from '../yaml/tree';
import { insertPair, isEmptyValue, replaceValue, setField } from './mapEdits';
import type { EditResult, OffsetEdit } from './textEdits';
import { columnOf, eolOf, lastLineEnd, lineStartOf, yamlFlowList, yamlScalar, yamlString } from './yamlText';

/**
 * The edits the product makes on a user's behalf, as minimal text edits: only the lines that
 * change are touched, comments and key order stay, and the file's indentation, line endings and
 * flow/block style are kept. All refuse to edit a file with syntax errors or merge conflicts,
 * where the tree is a guess.
 */

/** The refusal every edit of a whole plan shares (the review's too), or null when the file can be edited. */
export function editRefusal(analysis: Analysis): Extract<EditResult, { ok: false }> | null {
  if (analysis.parsed.conflicts.length) return { ok: false, reason: 'edit.refused-conflict' };
  if (analysis.hasSyntaxErrors) return { ok: false, reason: 'edit.refused-syntax' };
  return null;
}

function ok(...edits: OffsetEdit[]): EditResult {
  return { ok: true, edits };
}

function findAction(analysis: Analysis, id: string): Action | undefined {
  return analysis.model.actionById.get(id);
}

/** `status: done` and `done: <today>` on an action. */
export function markDone(analysis: Analysis, actionId: string, today: IsoDate): EditResult {
  const refused = editRefusal(analysis);
  if (refused) return refused;
  const action = findAction(analysis, actionId);
  if (!action?.map) return { ok: false, reason: 'edit.not-found', subject: actionId };
  // Already done: keep the recorded completion date.
  if (action.status === 'done' && action.statusNode && action.done) return ok();
  const text = analysis.text;
  const status = setField(text, action.map, 'status', 'done', ['due', 'do']);
  const hasDone = action.map.pairs.some((p) => p.key.kind === 'scalar' && p.key.value === 'done');
  // The date first: when `done:` is the last key and empty, its value and a new `status` line are
  // inserted at the same offset, and the value must come before the line break.
  if (hasDone) return ok(setField(text, action.map, 'done', today), status);
  // Both new keys go after the same anchor: write them as one insertion to keep their order.
  const hasStatus = action.map.pairs.some((p) => p.key.kind === 'scalar' && p.key.value === 'status');
  if (!hasStatus) return ok(insertPair(text, action.map, `status: done\ndone: ${today}`, ['due', 'do']));
  return ok(status, setField(text, action.map, 'done', today, ['status']));
}

/** Sets an action's `due` date. */
export function setDue(analysis: Analysis, actionId: string, due: IsoDate): EditResult {
  const refused = editRefusal(analysis);
  if (refused) return refused;
  const action = findAction(analysis, actionId);
  if (!action?.map) return { ok: false, reason: 'edit.not-found', subject: actionId };
  return ok(setField(analysis.text, action.map, 'due', due, ['goal', 'plan', 'do']));
}

/** Moves an action's due date by `days` (from today when it has no valid due date). */
export function snooze(analysis: Analysis, actionId: string, days: number, today: IsoDate): EditResult {
  const action = findAction(analysis, actionId);
  const from = action?.due?.valid ? action.due.text : today;
  return setDue(analysis, actionId, addDays(from, days));
}

/** Adds the missing date a `missing-timeline` finding asks for. */
export function setEntryField(analysis: Analysis, entryMap: YMap | null, key: string, value: string | number, after: string[] = []): EditResult {
  const refused = editRefusal(analysis);
  if (refused) return refused;
  if (!entryMap) return { ok: false, reason: 'edit.unsupported' };
  return ok(setField(analysis.text, entryMap, key, yamlScalar(value, entryMap.flow), after));
}

/**
 * Replaces one scalar (a reference, an enum value) by another, keeping the surrounding text and
 * the scalar's quotes when it had them.
 */
export function replaceScalar(analysis: Analysis, node: Span, value: string): EditResult {
  const refused = editRefusal(analysis);
  if (refused) return refused;
  const quote = analysis.text[node.start];
  const newText = quote === '"' ? JSON.stringify(value) : quote === "'" ? `'${value.replace(/'/g, "''")}'` : yamlScalar(value);
  return ok({ start: node.start, end: node.end, newText });
}

export type EntryFields = Array<[string, string | number | string[]]>;

/** A field's value: lists are written in flow style (`[a, b]`), whose items must be flow-safe. */
function flowValue(value: string | number | string[], flow = false): string {
  return Array.isArray(value) ? yamlFlowList(value) : yamlScalar(value, flow);
}

/**
 * Adds an entry `id:` with fields to a top-level section (actions, skills, network, …), creating
 * the section at the end of the file when it does not exist. A scalar entry (`skills: { x: 0 }`)
 * is written when `fields` is a single value.
 */
export function addEntry(analysis: Analysis, section: string, id: string, fields: EntryFields | string | number): EditResult {
  const refused = editRefusal(analysis);
  if (refused) return refused;
  const text = analysis.text;
  const eol = eolOf(text);
  const pair = analysis.model.sections.get(section);
  const sectionMap = asMap(pair?.value);
  const inner = innerIndent(text, sectionMap, sectionMap ? '  ' : indentUnit(analysis));
  const blockEntry = typeof fields === 'object'
    ? [`${yamlString(id)}:`, ...fields.map(([k, v]) => `${inner}${k}: ${flowValue(v)}`)].join('\n')
    : `${yamlString(id)}: ${yamlScalar(fields)}`;
  if (sectionMap && sectionMap.flow) {
    const key = yamlString(id, true);
    const flowEntry = typeof fields === 'object' ? `${key}: { ${fields.map(([k, v]) => `${k}: ${flowValue(v, true)}`).join(', ')} }` : `${key}: ${yamlScalar(fields, true)}`;
    return ok(insertPair(text, sectionMap, flowEntry));
  }
  if (sectionMap) return ok(insertPair(text, sectionMap, blockEntry));
  const unit = indentUnit(analysis);
  const lines = blockEntry.split('\n').map((l) => unit + l);
  if (pair) {
    // `actions:` with an empty value: the entry goes on the next lines; any other value is not ours to replace.
    if (!isEmptyValue(pair.value)) return { ok: false, reason: 'edit.unsupported', subject: section };
    const at = lastLineEnd(text, pair.value ? Math.max(pair.value.end, pair.key.end) : pair.key.end);
    return ok({ start: at, end: at, newText: eol + lines.join(eol) });
  }
  return ok(appendLines(text, [`${section}:`, ...lines]));
}

/** New lines at the end of the file, after a line break when its last line has none. */
export function appendLines(text: string, lines: string[]): OffsetEdit {
  const eol = eolOf(text);
  const lead = text.length > 0 && !text.endsWith('\n') ? eol : '';
  return { start: text.length, end: text.length, newText: lead + lines.join(eol) + eol };
}

/** The indentation of an entry's fields relative to the entry's key (the file's own step when it has one). */
function innerIndent(text: string, sectionMap: YMap | null, fallback = '  '): string {
  for (const entry of sectionMap?.pairs ?? []) {
    const map = asMap(entry.value);
    if (map && !map.flow && map.pairs.length) return ' '.repeat(Math.max(1, columnOf(text, map.pairs[0].key.start) - columnOf(text, entry.key.start)));
  }
  return fallback;
}

/** The file's indentation step, read from its first block section (2 spaces for a file that has none). */
export function indentUnit(analysis: Analysis): string {
  for (const pair of analysis.model.root?.pairs ?? []) {
    const map = asMap(pair.value);
    if (map && !map.flow && map.pairs.length) {
      const column = columnOf(analysis.text, map.pairs[0].key.start);
      if (column > 0) return ' '.repeat(column);
    }
  }
  return '  ';
}

/**
 * A `# careerplan-disable-next-line CODE` comment above the line at `offset`, at that line's
 * indentation; an existing directive on the line above gets the code appended instead.
 */
export function insertSuppression(analysis: Analysis, offset: number, code: string): EditResult {
  const refused = editRefusal(analysis);
  if (refused) return refused;
  const text = analysis.text;
  const lineStart = Math.max(lineStartOf(text, offset), bomLength(text));
  let indentEnd = lineStart;
  while (text[indentEnd] === ' ') indentEnd++;
  const indent = text.slice(lineStart, indentEnd);
  if (lineStart > 0) {
    const prevStart = lineStartOf(text, lineStart - 1);
    const prev = text.slice(prevStart, lineStart).replace(/\r?\n$/, '');
    const m = /^(\s*#\s*careerplan-disable-next-line)([^\r\n]*?)(\s+--\s.*)?$/.exec(prev);
    if (m) {
      const codes = m[2].trim();
      if (codes.split(/[\s,]+/).includes(code)) return ok();
      const at = prevStart + m[1].length + m[2].length;
      return ok({ start: at, end: at, newText: codes ? `, ${code}` : ` ${code}` });
    }
  }
  return ok({ start: lineStart, end: lineStart, newText: `${indent}# careerplan-disable-next-line ${code}${eolOf(text)}` });
}

/**
 * Adds CODE to the file's `# careerplan-disable-file` comment, or writes one. A new comment goes
 * at the end of the file's opening comment lines (so a `# yaml-language-server` modeline stays
 * first and the comment sits with the file's header), or on the first line when there is none.
 */
export function insertFileSuppression(analysis: Analysis, code: string): EditResult {
  const refused = editRefusal(analysis);
  if (refused) return refused;
  const text = analysis.text;
  const existing = findSuppressions(text, () => 0).find((s) => s.scope === 'file');
  if (existing) {
    // An empty list already silences everything.
    if (existing.codes.length === 0 || existing.codes.some((c) => c.code === code)) return ok();
    const at = existing.codes[existing.codes.length - 1].end;
    return ok({ start: at, end: at, newText: `, ${code}` });
  }
  let at = bomLength(text);
  while (at < text.length && /^[ \t]*#/.test(text.slice(at, at + 200))) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return ok({ start: text.length, end: text.length, newText: `${eolOf(text)}# careerplan-disable-file ${code}` });
    at = nl + 1;
  }
  return ok({ start: at, end: at, newText: `# careerplan-disable-file ${code}${eolOf(text)}` });
}

/** A byte order mark stays the first character of the file. */
function bomLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

export { replaceValue };
