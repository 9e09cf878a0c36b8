import type { Analysis } from '../analyze';
import { setFields } from '../review/editSet';
import { afterBreak, lineStartOf } from '../text/lineIndex';
import { asMap, asSeq, getPair, keyString, type YMap, type YNode, type YPair, type YSeq } from '../yaml/tree';
import { insertPair, isEmptyValue, keyColumn, replaceValue, writeUnderKey } from './mapEdits';
import { appendLines, indentUnit } from './planEdits';
import { refuse } from './refusal';
import { safeEdit } from './safety';
import type { EditResult, OffsetEdit } from './textEdits';
import { pairEnd } from './valueSlot';
import { eolOf, lastLineEnd, yamlKey, yamlScalar } from './yamlText';

/**
 * Edits that remove a key, a list item or a comment line, add an item to a list or an entry to a
 * nested map, keeping every other byte: whole lines go in block style (with their own comment),
 * a `, item` in flow style. Where the text around the node is not plain enough to cut safely (a
 * comment inside a flow collection, a key that shares its line with a list dash), the edit is
 * refused instead. All go through safeEdit, like every edit of the plan.
 */

/** True when only spaces stand before `offset` on its line. */
function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStartOf(text, offset), offset));
}

/** Whole lines from the one holding `start` to the one holding `end`, with one line break. */
function deleteLines(text: string, start: number, end: number): OffsetEdit {
  const from = lineStartOf(text, start);
  const lineEnd = lastLineEnd(text, end);
  if (lineEnd < text.length) return { start: from, end: afterBreak(text, lineEnd), newText: '' };
  // The last line has no line break: take the one before it instead.
  let before = from;
  if (before > 0 && text[before - 1] === '\n') before--;
  if (before > 0 && text[before - 1] === '\r') before--;
  return { start: before, end: lineEnd, newText: '' };
}

/** In a flow collection, an item with the comma that separates it from a neighbour. */
function cutFlowItem(text: string, start: number, end: number, isLast: boolean): OffsetEdit {
  if (!isLast) {
    let next = end;
    while (text[next] === ' ' || text[next] === '\t') next++;
    if (text[next] !== ',') refuse('edit.unsupported');
    next++;
    while (text[next] === ' ' || text[next] === '\t') next++;
    return { start, end: next, newText: '' };
  }
  let previous = start;
  while (previous > 0 && (text[previous - 1] === ' ' || text[previous - 1] === '\t')) previous--;
  if (text[previous - 1] !== ',') refuse('edit.unsupported');
  return { start: previous - 1, end, newText: '' };
}

/** An emptied flow collection: `{}` or `[]` in its place, unless a comment inside would be lost. */
function emptyFlow(text: string, node: YNode, empty: '{}' | '[]'): OffsetEdit {
  if (text.slice(node.start, node.end).includes('#')) refuse('edit.unsupported');
  return { start: node.start, end: node.end, newText: empty };
}

/** Removes one pair from a map (an unknown key, say). The last pair leaves `{}` behind. */
export function removePair(analysis: Analysis, map: YMap, pair: YPair): EditResult {
  return safeEdit(analysis, () => {
    const text = analysis.text;
    const index = map.pairs.indexOf(pair);
    if (index < 0) refuse('edit.not-found', keyString(pair.key));
    if (map.flow) return [map.pairs.length === 1 ? emptyFlow(text, map, '{}') : cutFlowItem(text, pair.key.start, pairEnd(text, pair), index === map.pairs.length - 1)];
    if (!startsLine(text, pair.key.start)) refuse('edit.unsupported', keyString(pair.key));
    if (map.pairs.length === 1) return [{ start: pair.key.start, end: pairEnd(text, pair), newText: '{}' }];
    return [deleteLines(text, pair.key.start, pairEnd(text, pair))];
  });
}

/** Removes one item from a list (an `after` link, say). The last item leaves `[]` behind. */
export function removeListItem(analysis: Analysis, seq: YSeq, item: YNode): EditResult {
  return safeEdit(analysis, () => {
    const text = analysis.text;
    const index = seq.items.indexOf(item);
    if (index < 0) refuse('edit.not-found');
    if (seq.flow) return [seq.items.length === 1 ? emptyFlow(text, seq, '[]') : cutFlowItem(text, item.start, item.end, index === seq.items.length - 1)];
    const dash = text.lastIndexOf('-', item.start);
    if (dash < 0 || !startsLine(text, dash) || text.slice(dash + 1, item.start).trim() !== '') refuse('edit.unsupported');
    if (seq.items.length === 1) return [{ start: dash, end: item.end, newText: '[]' }];
    return [deleteLines(text, dash, item.end)];
  });
}

/** Removes the whole lines from the one holding `start` to the one holding `end` (a comment line, say). */
export function removeLines(analysis: Analysis, start: number, end: number): EditResult {
  return safeEdit(analysis, () => [deleteLines(analysis.text, start, end)]);
}

/** Removes `text[start, end)` (a code and its separator in a comment). */
export function removeText(analysis: Analysis, start: number, end: number): EditResult {
  return safeEdit(analysis, () => [{ start, end, newText: '' }]);
}

/**
 * Adds `value` to the list under `key` of a map: `, value` in a flow list, a `- value` line in a
 * block list, `key: [value]` when the key is missing or empty. A value already listed stays once.
 */
export function appendToList(analysis: Analysis, map: YMap, key: string, value: string, after: string[] = []): EditResult {
  return safeEdit(analysis, () => {
    const text = analysis.text;
    const item = yamlScalar(value, true);
    const pair = getPair(map, key);
    if (!pair) return [insertPair(text, map, `${key}: [${item}]`, after)];
    if (isEmptyValue(pair.value)) return replaceValue(text, pair, `[${item}]`);
    const seq = asSeq(pair.value);
    if (!seq) return refuse('edit.unsupported', key);
    if (seq.items.some((i) => i.kind === 'scalar' && i.value === value)) return [];
    const last = seq.items[seq.items.length - 1];
    if (seq.flow && last) return [{ start: last.end, end: last.end, newText: `, ${item}` }];
    if (seq.flow) return [{ ...emptyFlow(text, seq, '[]'), newText: `[${item}]` }];
    const dash = last ? text.lastIndexOf('-', last.start) : -1;
    if (dash < 0 || !startsLine(text, dash)) refuse('edit.unsupported', key);
    const at = lastLineEnd(text, last.end);
    return [{ start: at, end: at, newText: `${eolOf(text)}${text.slice(lineStartOf(text, dash), dash)}- ${yamlScalar(value)}` }];
  });
}

/** Sets several keys of one map (review/editSet's setFields), with values written as YAML scalars. */
export function setMapFields(analysis: Analysis, map: YMap, fields: Array<[string, string | number]>, after: string[] = []): EditResult {
  return safeEdit(analysis, () => setFields(analysis.text, map, fields.map(([key, value]) => [key, yamlScalar(value, map.flow)]), after));
}

type Fields = Array<[string, string | number]>;

function flowEntry(id: string, fields: Fields): string {
  return `${yamlKey(id, true)}: { ${fields.map(([k, v]) => `${k}: ${yamlScalar(v, true)}`).join(', ')} }`;
}

/** `id:` and its fields one level deeper, as lines relative to the entry's indentation. */
function blockEntry(unit: string, id: string, fields: Fields): string[] {
  return [`${yamlKey(id)}:`, ...fields.map(([k, v]) => `${unit}${k}: ${yamlScalar(v)}`)];
}

/**
 * Adds `id: { fields }` under `key` of a map (an experiment under a plan's `experiments`):
 * nested block lines in a block map, one flow map where the map or the section is flow.
 */
export function addNestedEntry(analysis: Analysis, map: YMap, key: string, id: string, fields: Fields): EditResult {
  return safeEdit(analysis, () => {
    const text = analysis.text;
    const unit = indentUnit(analysis);
    const pair = getPair(map, key);
    const existing = asMap(pair?.value);
    if (pair && existing) return [insertPair(text, existing, existing.flow || !existing.pairs.length ? flowEntry(id, fields) : blockEntry(unit, id, fields).join('\n'))];
    if (pair && !isEmptyValue(pair.value)) refuse('edit.unsupported', key);
    if (map.flow) return pair ? replaceValue(text, pair, `{ ${flowEntry(id, fields)} }`) : [insertPair(text, map, `${key}: { ${flowEntry(id, fields)} }`)];
    const nested = blockEntry(unit, id, fields).map((line) => unit + line);
    if (pair) return writeUnderKey(text, pair, nested.map((line) => ' '.repeat(keyColumn(text, pair.key)) + line));
    return [insertPair(text, map, [`${key}:`, ...nested].join('\n'))];
  });
}

/**
 * Sets `key: value` in a top-level section, creating the section (at the end of the file) or
 * writing under its empty key when needed (`review:` + `every: 3m` for a plan without a cadence).
 */
export function setSectionField(analysis: Analysis, section: string, key: string, value: string | number): EditResult {
  return safeEdit(analysis, () => {
    const text = analysis.text;
    const pair = analysis.model.sections.get(section);
    const map = asMap(pair?.value);
    const line = `${indentUnit(analysis)}${key}: ${yamlScalar(value)}`;
    if (map) return setFields(text, map, [[key, yamlScalar(value, map.flow)]], []);
    if (pair && !isEmptyValue(pair.value)) refuse('edit.unsupported', section);
    if (pair) return writeUnderKey(text, pair, [' '.repeat(keyColumn(text, pair.key)) + line]);
    return [appendLines(analysis, [`${section}:`, line])];
  });
}

