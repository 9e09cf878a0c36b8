import type { Analysis } from '../analyze';
import { asMap, asSeq, getPair, getValue, type YMap, type YNode, type YPair, type YSeq } from '../yaml/tree';
import { insertPair, isEmptyValue, replaceValue } from './mapEdits';
import { appendLines, editRefusal, indentUnit } from './planEdits';
import type { EditResult, OffsetEdit } from './textEdits';
import { eolOf, lastLineEnd, lineStartOf, yamlScalar, yamlString } from './yamlText';

/**
 * Edits that remove a key or a list item, or add an item to a list, keeping every other byte:
 * whole lines go in block style (with their own comment), a `, item` in flow style. Where the
 * text around the node is not plain enough to cut safely (a comment inside a flow collection, a
 * key that shares its line with a list dash), the edit is refused instead.
 */

function ok(...edits: OffsetEdit[]): EditResult {
  return { ok: true, edits };
}

const UNSUPPORTED: EditResult = { ok: false, reason: 'edit.unsupported' };

/** The end of a pair's text: its value's end, or its key's when it has no value. */
function pairEnd(pair: YPair): number {
  return pair.value ? Math.max(pair.value.end, pair.key.end) : pair.key.end;
}

/** True when only spaces stand before `offset` on its line. */
function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStartOf(text, offset), offset));
}

/** Whole lines from the one holding `start` to the one holding `end`, with one line break. */
function deleteLines(text: string, start: number, end: number): OffsetEdit {
  const from = lineStartOf(text, start);
  const lineEnd = lastLineEnd(text, end);
  if (lineEnd < text.length) {
    const after = text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
    return { start: from, end: after, newText: '' };
  }
  // The last line has no line break: take the one before it instead.
  let before = from;
  if (before > 0 && text[before - 1] === '\n') before--;
  if (before > 0 && text[before - 1] === '\r') before--;
  return { start: before, end: lineEnd, newText: '' };
}

/** In a flow collection, `item` with the comma that separates it from a neighbour. */
function cutFlowItem(text: string, start: number, end: number, isLast: boolean): OffsetEdit | null {
  if (!isLast) {
    let next = end;
    while (text[next] === ' ' || text[next] === '\t') next++;
    if (text[next] !== ',') return null;
    next++;
    while (text[next] === ' ' || text[next] === '\t') next++;
    return { start, end: next, newText: '' };
  }
  let previous = start;
  while (previous > 0 && (text[previous - 1] === ' ' || text[previous - 1] === '\t')) previous--;
  if (text[previous - 1] !== ',') return null;
  return { start: previous - 1, end, newText: '' };
}

/** An emptied collection: `{}` or `[]` in its place, unless a comment inside would be lost. */
function emptyCollection(text: string, node: YNode, empty: '{}' | '[]'): EditResult {
  if (text.slice(node.start, node.end).includes('#')) return UNSUPPORTED;
  return ok({ start: node.start, end: node.end, newText: empty });
}

/** Removes one pair from a map (an unknown key, say). The last pair leaves `{}` behind. */
export function removePair(analysis: Analysis, map: YMap, pair: YPair): EditResult {
  const refused = editRefusal(analysis);
  if (refused) return refused;
  const text = analysis.text;
  const index = map.pairs.indexOf(pair);
  if (index < 0) return UNSUPPORTED;
  if (map.pairs.length === 1 && map.flow) return emptyCollection(text, map, '{}');
  if (map.flow) {
    const cut = cutFlowItem(text, pair.key.start, pairEnd(pair), index === map.pairs.length - 1);
    return cut ? ok(cut) : UNSUPPORTED;
  }
  if (!startsLine(text, pair.key.start)) return UNSUPPORTED;
  if (map.pairs.length === 1) return ok({ start: pair.key.start, end: pairEnd(pair), newText: '{}' });
  return ok(deleteLines(text, pair.key.start, pairEnd(pair)));
}

/** Removes one item from a list (an `after` link, say). The last item leaves `[]` behind. */
export function removeListItem(analysis: Analysis, seq: YSeq, item: YNode): EditResult {
  const refused = editRefusal(analysis);
  if (refused) return refused;
  const text = analysis.text;
  const index = seq.items.indexOf(item);
  if (index < 0) return UNSUPPORTED;
  if (seq.items.length === 1 && seq.flow) return emptyCollection(text, seq, '[]');
  if (seq.flow) {
    const cut = cutFlowItem(text, item.start, item.end, index === seq.items.length - 1);
    return cut ? ok(cut) : UNSUPPORTED;
  }
  const dash = text.lastIndexOf('-', item.start);
  if (dash < 0 || !startsLine(text, dash) || text.slice(dash + 1, item.start).trim() !== '') return UNSUPPORTED;
  if (seq.items.length === 1) return ok({ start: dash, end: item.end, newText: '[]' });
  return ok(deleteLines(text, dash, item.end));
}

/**
 * Adds `value` to the list under `key` of a map: `, value` in a flow list, a `- value` line in a
 * block list, `key: [value]` when the key is missing or empty. A value already listed stays once.
 */
export function appendToList(analysis: Analysis, map: YMap, key: string, value: string, after: string[] = []): EditResult {
  const listed = asSeq(getValue(map, key))?.items.some((i) => i.kind === 'scalar' && i.value === value);
  if (listed && !editRefusal(analysis)) return ok();
  return appendItem(analysis, map, key, yamlScalar(value, true), after);
}

/** Adds an entry `{ k: v, … }` to the list under `key` of a map (a contact's `log`, say). */
export function appendListEntry(analysis: Analysis, map: YMap, key: string, fields: Array<[string, string]>, after: string[] = []): EditResult {
  return appendItem(analysis, map, key, `{ ${fields.map(([k, v]) => `${k}: ${yamlScalar(v, true)}`).join(', ')} }`, after);
}

/** `itemText` is flow-safe YAML: it fits in `[ ]` and after `- ` alike. */
function appendItem(analysis: Analysis, map: YMap, key: string, itemText: string, after: string[]): EditResult {
  const refused = editRefusal(analysis);
  if (refused) return refused;
  const text = analysis.text;
  const pair = getPair(map, key);
  if (!pair) return ok(insertPair(text, map, `${key}: [${itemText}]`, after));
  if (isEmptyValue(pair.value)) return ok(replaceValue(text, pair, `[${itemText}]`));
  const seq = asSeq(pair.value);
  if (!seq) return { ok: false, reason: 'edit.unsupported', subject: key };
  if (seq.flow) {
    if (seq.items.length > 0) return ok({ start: seq.items[seq.items.length - 1].end, end: seq.items[seq.items.length - 1].end, newText: `, ${itemText}` });
    if (text.slice(seq.start, seq.end).includes('#')) return UNSUPPORTED;
    return ok({ start: seq.start, end: seq.end, newText: `[${itemText}]` });
  }
  const last = seq.items[seq.items.length - 1];
  const dash = last ? text.lastIndexOf('-', last.start) : -1;
  if (dash < 0 || !startsLine(text, dash)) return UNSUPPORTED;
  const at = lastLineEnd(text, last.end);
  return ok({ start: at, end: at, newText: `${eolOf(text)}${text.slice(lineStartOf(text, dash), dash)}- ${itemText}` });
}

/**
 * Sets several keys of one map in one edit set: existing keys get their value replaced, missing
 * ones are written together after the first of `after` present (so they keep the given order).
 */
export function setFields(analysis: Analysis, map: YMap, fields: Array<[string, string | number]>, after: string[] = []): EditResult {
  const refused = editRefusal(analysis);
  if (refused) return refused;
  const text = analysis.text;
  const edits: OffsetEdit[] = [];
  const missing: string[] = [];
  for (const [key, value] of fields) {
    const pair = getPair(map, key);
    if (pair) edits.push(replaceValue(text, pair, yamlScalar(value, map.flow)));
    else missing.push(`${key}: ${yamlScalar(value, map.flow)}`);
  }
  if (missing.length) edits.push(insertPair(text, map, missing.join('\n'), after));
  return ok(...edits);
}

/**
 * Adds `id: { fields }` under `key` of a map (an experiment under a plan's `experiments`):
 * nested block lines in a block map, one flow map where the map or the empty value is flow.
 */
export function addNestedEntry(analysis: Analysis, map: YMap, key: string, id: string, fields: Array<[string, string | number]>): EditResult {
  const refused = editRefusal(analysis);
  if (refused) return refused;
  const text = analysis.text;
  const flowEntry = `${yamlString(id, true)}: { ${fields.map(([k, v]) => `${k}: ${yamlScalar(v, true)}`).join(', ')} }`;
  const pair = getPair(map, key);
  const existing = asMap(pair?.value);
  if (pair && existing) return ok(insertPair(text, existing, existing.pairs.length ? blockLines(analysis, id, fields, existing) : flowEntry));
  if (pair && !isEmptyValue(pair.value)) return { ok: false, reason: 'edit.unsupported', subject: key };
  if (pair || map.flow) return ok(pair ? replaceValue(text, pair, `{ ${flowEntry} }`) : insertPair(text, map, `${key}: { ${flowEntry} }`));
  const unit = indentUnit(analysis);
  const nested = blockLines(analysis, id, fields, null).split('\n').map((line) => unit + line);
  return ok(insertPair(text, map, [`${key}:`, ...nested].join('\n')));
}

/** `id:` and its fields one level deeper, as lines relative to the entry's indentation. */
function blockLines(analysis: Analysis, id: string, fields: Array<[string, string | number]>, siblings: YMap | null): string {
  if (siblings?.flow) return `${yamlString(id, true)}: { ${fields.map(([k, v]) => `${k}: ${yamlScalar(v, true)}`).join(', ')} }`;
  const unit = indentUnit(analysis);
  return [`${yamlString(id)}:`, ...fields.map(([k, v]) => `${unit}${k}: ${yamlScalar(v)}`)].join('\n');
}

/**
 * Sets `key: value` in a top-level section, creating the section (at the end of the file) or
 * filling its empty value when needed (`review: { every: 3m }` for a plan without a review).
 */
export function setSectionField(analysis: Analysis, section: string, key: string, value: string | number): EditResult {
  const refused = editRefusal(analysis);
  if (refused) return refused;
  const text = analysis.text;
  const pair = analysis.model.sections.get(section);
  const map = asMap(pair?.value);
  if (map) return setFields(analysis, map, [[key, value]]);
  if (pair && !isEmptyValue(pair.value)) return { ok: false, reason: 'edit.unsupported', subject: section };
  if (pair) return ok(replaceValue(text, pair, `{ ${key}: ${yamlScalar(value, true)} }`));
  return ok(appendLines(text, [`${section}:`, `${indentUnit(analysis)}${key}: ${yamlScalar(value)}`]));
}

/** Removes the whole lines from the one holding `start` to the one holding `end` (a comment line, say). */
export function removeLines(analysis: Analysis, start: number, end: number): EditResult {
  return editRefusal(analysis) ?? ok(deleteLines(analysis.text, start, end));
}
