import type { Analysis } from '../analyze';
import { addDays, type IsoDate } from '../dates';
import type { Action } from '../model/types';
import type { Span } from '../rules/rule';
import { asMap, type YMap, type YNode } from '../yaml/tree';
import { findSuppressions, isInsideScalar } from '../suppressions';
import { afterBreak, lineEndOf, lineStartOf } from '../text/lineIndex';
import { insertPair, isEmptyValue, keyColumn, setField, writeUnderKey } from './mapEdits';
import { refuse } from './refusal';
import { editRefusal, safeEdit } from './safety';
import type { EditResult, OffsetEdit } from './textEdits';
import { replaceNode } from './valueSlot';
import { eolOf, yamlFlowList, yamlKey, yamlScalar } from './yamlText';

/**
 * The edits the product makes on a user's behalf, as minimal text edits: only the lines that
 * change are touched, comments and key order stay, and the file's indentation, line endings and
 * flow/block style are kept. Each goes through `safeEdit`: refused for a file with syntax errors
 * or merge conflicts, where the tree is a guess, and wherever it cannot be made safely.
 */
export { editRefusal };

function findAction(analysis: Analysis, id: string): Action | undefined {
  return analysis.model.actionById.get(id);
}

/** `status: done` and `done: <today>` on an action. */
export function markDone(analysis: Analysis, actionId: string, today: IsoDate): EditResult {
  return safeEdit(analysis, () => {
    const action = findAction(analysis, actionId);
    if (!action?.map) refuse('edit.not-found', actionId);
    // Already done: keep the recorded completion date.
    if (action.status === 'done' && action.statusNode && action.done) return [];
    const text = analysis.text;
    const status = setField(text, action.map, 'status', 'done', ['due', 'do']);
    const hasDone = action.map.pairs.some((p) => p.key.kind === 'scalar' && p.key.value === 'done');
    // The date first: when `done:` is the last key and empty, its value and a new `status` line are
    // inserted at the same offset, and the value must come before the line break.
    if (hasDone) return [...setField(text, action.map, 'done', today), ...status];
    // Both new keys go after the same anchor: write them as one insertion to keep their order.
    const hasStatus = action.map.pairs.some((p) => p.key.kind === 'scalar' && p.key.value === 'status');
    if (!hasStatus) return [insertPair(text, action.map, `status: done\ndone: ${today}`, ['due', 'do'])];
    return [...status, ...setField(text, action.map, 'done', today, ['status'])];
  });
}

/** Sets an action's `due` date. */
export function setDue(analysis: Analysis, actionId: string, due: IsoDate): EditResult {
  return safeEdit(analysis, () => {
    const action = findAction(analysis, actionId);
    if (!action?.map) refuse('edit.not-found', actionId);
    return setField(analysis.text, action.map, 'due', due, ['goal', 'plan', 'do']);
  });
}

/** Moves an action's due date by `days` (from today when it has no valid due date). */
export function snooze(analysis: Analysis, actionId: string, days: number, today: IsoDate): EditResult {
  const action = findAction(analysis, actionId);
  const from = action?.due?.valid ? action.due.text : today;
  return setDue(analysis, actionId, addDays(from, days));
}

/** Adds the missing date a `missing-timeline` finding asks for. */
export function setEntryField(analysis: Analysis, entryMap: YMap | null, key: string, value: string | number, after: string[] = []): EditResult {
  return safeEdit(analysis, () => {
    if (!entryMap) refuse('edit.unsupported');
    return setField(analysis.text, entryMap, key, yamlScalar(value, entryMap.flow), after);
  });
}

/**
 * Replaces one scalar (a reference, an enum value) by another, keeping the surrounding text and
 * the scalar's quotes when it had them.
 */
export function replaceScalar(analysis: Analysis, node: Span, value: string): EditResult {
  return safeEdit(analysis, () => {
    const text = analysis.text;
    const quote = text[node.start];
    const scalar = nodeAt(analysis, node);
    const flow = scalar ? insideFlow(analysis, scalar) : false;
    const newText = quote === '"' ? JSON.stringify(value) : quote === "'" ? `'${value.replace(/'/g, "''")}'` : yamlScalar(value, flow);
    if (!scalar) return [{ start: node.start, end: node.end, newText }];
    return replaceNode(text, scalar, newText);
  });
}

/** The scalar node of the tree at exactly this span, if any. */
function nodeAt(analysis: Analysis, span: Span): YNode | null {
  let found: YNode | null = null;
  const visit = (node: YNode | null): void => {
    if (!node || found || span.start < node.start || span.end > node.end) return;
    if (node.kind === 'scalar') {
      if (node.start === span.start && node.end === span.end) found = node;
    } else if (node.kind === 'map') for (const pair of node.pairs) (visit(pair.key), visit(pair.value));
    else for (const item of node.items) visit(item);
  };
  visit(analysis.model.root);
  return found;
}

/** Whether a node sits inside a flow collection (where `,[]{}` end a plain scalar). */
function insideFlow(analysis: Analysis, target: YNode): boolean {
  const walk = (node: YNode | null, flow: boolean): boolean | null => {
    if (!node) return null;
    if (node === target) return flow;
    if (target.start < node.start || target.end > node.end) return null;
    const inner = flow || (node.kind !== 'scalar' && node.flow);
    if (node.kind === 'map') {
      for (const pair of node.pairs) {
        const found = walk(pair.key, inner) ?? walk(pair.value, inner);
        if (found !== null) return found;
      }
    } else if (node.kind === 'seq') {
      for (const item of node.items) {
        const found = walk(item, inner);
        if (found !== null) return found;
      }
    }
    return null;
  };
  return walk(analysis.model.root, false) ?? false;
}

export type EntryFields = Array<[string, string | number | string[]]>;

/** A field's value: lists are written in flow style (`[a, b]`), whose items must be flow-safe. */
function flowValue(value: string | number | string[], flow = false): string {
  return Array.isArray(value) ? yamlFlowList(value) : yamlScalar(value, flow);
}

/**
 * Adds an entry `id:` with fields to a top-level section (actions, skills, network, …), creating
 * the section at the end of the file when it does not exist. A scalar entry (`skills: { x: 0 }`)
 * is written when `fields` is a single value. An id too long to be a YAML key is refused.
 */
export function addEntry(analysis: Analysis, section: string, id: string, fields: EntryFields | string | number): EditResult {
  return safeEdit(analysis, () => {
    const text = analysis.text;
    const pair = analysis.model.sections.get(section);
    const sectionMap = asMap(pair?.value);
    const unit = indentUnit(analysis);
    const inner = innerIndent(text, sectionMap, unit);
    if (sectionMap && sectionMap.flow) {
      const key = yamlKey(id, true);
      const flowEntry = typeof fields === 'object' ? `${key}: { ${fields.map(([k, v]) => `${k}: ${flowValue(v, true)}`).join(', ')} }` : `${key}: ${yamlScalar(fields, true)}`;
      return [insertPair(text, sectionMap, flowEntry)];
    }
    const blockEntry = typeof fields === 'object'
      ? [`${yamlKey(id)}:`, ...fields.map(([k, v]) => `${inner}${k}: ${flowValue(v)}`)].join('\n')
      : `${yamlKey(id)}: ${yamlScalar(fields)}`;
    if (sectionMap) return [insertPair(text, sectionMap, blockEntry)];
    const lines = blockEntry.split('\n').map((l) => unit + l);
    if (pair) {
      // `actions:` with an empty value: the entry goes on the next lines; any other value is not ours to replace.
      if (!isEmptyValue(pair.value)) refuse('edit.unsupported', section);
      const base = ' '.repeat(keyColumn(text, pair.key));
      return writeUnderKey(text, pair, lines.map((l) => base + l));
    }
    return [appendLines(analysis, [`${section}:`, ...lines])];
  });
}

/**
 * New top-level lines at the end of the file, at the column of the document's own keys (a
 * document may be indented as a whole), after a line break when its last line has none.
 */
export function appendLines(analysis: Analysis, lines: string[]): OffsetEdit {
  const { text } = analysis;
  const root = analysis.model.root;
  // After an explicit document end (`...`), new lines would start another document.
  if (root && /^\.\.\.(?:[ \t]|$)/m.test(text.slice(root.end))) refuse('edit.unsupported', '...');
  const indent = root?.pairs.length ? ' '.repeat(keyColumn(text, root.pairs[0].key)) : '';
  const eol = eolOf(text);
  const lead = text.length > 0 && !text.endsWith('\n') ? eol : '';
  return { start: text.length, end: text.length, newText: lead + lines.map((l) => indent + l).join(eol) + eol };
}

/** The indentation of an entry's fields relative to the entry's key (the file's own step when it has one). */
function innerIndent(text: string, sectionMap: YMap | null, fallback = '  '): string {
  for (const entry of sectionMap?.pairs ?? []) {
    const map = asMap(entry.value);
    if (map && !map.flow && map.pairs.length) return ' '.repeat(Math.max(1, keyColumn(text, map.pairs[0].key) - keyColumn(text, entry.key)));
  }
  return fallback;
}

/** The file's indentation step, read from its first block section (2 spaces for a file that has none). */
export function indentUnit(analysis: Analysis): string {
  for (const pair of analysis.model.root?.pairs ?? []) {
    const map = asMap(pair.value);
    if (map && !map.flow && map.pairs.length) {
      const step = keyColumn(analysis.text, map.pairs[0].key) - keyColumn(analysis.text, pair.key);
      if (step > 0) return ' '.repeat(step);
    }
  }
  return '  ';
}

/**
 * A `# careerplan-disable-next-line CODE` comment above the line at `offset`, at that line's
 * indentation; an existing directive on the line above gets the code appended instead.
 */
export function insertSuppression(analysis: Analysis, offset: number, code: string): EditResult {
  return safeEdit(analysis, () => {
    const text = analysis.text;
    const lineStart = Math.max(lineStartOf(text, offset), bomLength(text));
    let indentEnd = lineStart;
    while (text[indentEnd] === ' ') indentEnd++;
    const indent = text.slice(lineStart, indentEnd);
    if (lineStart > bomLength(text)) {
      const prevStart = Math.max(lineStartOf(text, lineStart - 1), bomLength(text));
      const prev = text.slice(prevStart, lineStartOf(text, lineStart) === lineStart ? lineEndOf(text, prevStart) : lineStart);
      const m = /^([ \t]*#[ \t]*careerplan-disable-next-line)([^\r\n]*?)(\s+--\s.*)?$/.exec(prev);
      // A line of a block scalar that reads like a directive is text, not a comment.
      if (m && !isInsideScalar(analysis.model.root, prevStart + m[1].indexOf('#'))) {
        const codes = m[2].trim();
        if (codes.split(/[\s,]+/).includes(code)) return [];
        const at = prevStart + m[1].length + m[2].length;
        return [{ start: at, end: at, newText: codes ? `, ${code}` : ` ${code}` }];
      }
    }
    return [{ start: lineStart, end: lineStart, newText: `${indent}# careerplan-disable-next-line ${code}${eolOf(text)}` }];
  });
}

/**
 * Adds CODE to the file's `# careerplan-disable-file` comment, or writes one. A new comment goes
 * at the end of the file's opening comment lines (so a `# yaml-language-server` modeline stays
 * first and the comment sits with the file's header), or on the first line when there is none.
 */
export function insertFileSuppression(analysis: Analysis, code: string): EditResult {
  return safeEdit(analysis, () => {
    const text = analysis.text;
    const existing = findSuppressions(text, () => 0).find((s) => s.scope === 'file' && !isInsideScalar(analysis.model.root, s.start));
    if (existing) {
      // An empty list already silences everything.
      if (existing.codes.length === 0 || existing.codes.some((c) => c.code === code)) return [];
      const at = existing.codes[existing.codes.length - 1].end;
      return [{ start: at, end: at, newText: `, ${code}` }];
    }
    let at = bomLength(text);
    while (at < text.length && /^[ \t]*#/.test(text.slice(at, at + 200))) {
      const end = lineEndOf(text, at);
      if (end >= text.length) return [{ start: text.length, end: text.length, newText: `${eolOf(text)}# careerplan-disable-file ${code}` }];
      at = afterBreak(text, end);
    }
    return [{ start: at, end: at, newText: `# careerplan-disable-file ${code}${eolOf(text)}` }];
  });
}

/** A byte order mark stays the first character of the file. */
function bomLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}
