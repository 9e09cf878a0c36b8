import { columnOf, lineEndOf, lineStartOf } from '../text/lineIndex';
import { keyString, type YMap, type YNode, type YPair } from '../yaml/tree';
import { refuse } from './refusal';
import type { OffsetEdit } from './textEdits';
import { blockHeader, colonOf, pairEnd, replaceValueEdits, valueSlot } from './valueSlot';
import { eolOf, lastLineEnd } from './yamlText';

function findPair(map: YMap, key: string): YPair | undefined {
  return map.pairs.find((p) => p.key.kind === 'scalar' && String(p.key.value) === key);
}

/** Replaces a pair's value (see replaceValueEdits: empty values, comments, tags, aliases, block scalars). */
export function replaceValue(text: string, pair: YPair, valueText: string): OffsetEdit[] {
  return replaceValueEdits(text, pair, valueText);
}

/**
 * Sets `key: value` in a map: replaces the value when the key exists, else inserts a new pair
 * after the sibling named in `after` (the first one present), or after the last pair. Block maps
 * get a new line at the siblings' indentation; flow maps (`{ a: 1 }`) get `, key: value`.
 */
export function setField(text: string, map: YMap, key: string, valueText: string, after: string[] = []): OffsetEdit[] {
  const existing = findPair(map, key);
  if (existing) return replaceValue(text, existing, valueText);
  return [insertPair(text, map, `${key}: ${valueText}`, after)];
}

/** A missing or explicitly empty value (`key:`, `key: ~`, `key: ""`). */
export function isEmptyValue(node: YNode | null): boolean {
  return !node || (node.kind === 'scalar' && (node.value === null || node.value === ''));
}

/**
 * The column of a key, or of the `?` of an explicit key (`? do` + `: x`), as YAML counts it: a
 * byte order mark before the first key takes no column.
 */
export function keyColumn(text: string, key: YNode): number {
  let at = key.start;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  const offset = text[at - 1] === '?' ? at - 1 : key.start;
  const bom = text.charCodeAt(0) === 0xfeff && lineStartOf(text, offset) === 0 ? 1 : 0;
  return columnOf(text, offset) - bom;
}

/**
 * Where new lines go after a pair: the end of its last line; when its text ends with a
 * keep-chomping block scalar (`|+`, however deep), after the blank lines it keeps, which are part
 * of its value.
 */
function insertionPoint(text: string, pair: YPair): { at: number; atLineStart: boolean } {
  const last = lastScalar(text, pair);
  if (last) {
    const header = blockHeader(text, last);
    if (header?.keep && last.end > header.lineEnd && lineStartOf(text, last.end) === last.end) return { at: last.end, atLineStart: true };
  }
  return { at: lastLineEnd(text, pairEnd(text, pair)), atLineStart: false };
}

/** The scalar written last in a pair's text (through block collections; not through an alias). */
function lastScalar(text: string, pair: YPair): YNode | null {
  const slot = valueSlot(text, pair);
  if (slot.kind !== 'node') return null;
  let node: YNode = slot.node;
  while (node.kind !== 'scalar' && !node.flow) {
    if (node.kind === 'map') {
      const lastPair = node.pairs[node.pairs.length - 1];
      if (!lastPair) return null;
      const inner = valueSlot(text, lastPair);
      if (inner.kind !== 'node') return null;
      node = inner.node;
    } else {
      const item = node.items[node.items.length - 1];
      if (!item || item.start < node.start) return null;
      node = item;
    }
  }
  return node.kind === 'scalar' ? node : null;
}

/** Inserts a pair written as one or more lines (`key: value`, or `key:\n  nested: 1` relative lines). */
export function insertPair(text: string, map: YMap, pairText: string, after: string[] = []): OffsetEdit {
  if (map.flow) return insertIntoFlowMap(text, map, pairText);
  const anchor = after.map((k) => findPair(map, k)).find(Boolean) ?? map.pairs[map.pairs.length - 1];
  const eol = eolOf(text);
  if (!anchor) return { start: map.start, end: map.start, newText: pairText };
  const indent = ' '.repeat(keyColumn(text, map.pairs[0].key));
  const body = pairText.split('\n').map((line, i) => (i === 0 ? indent + line : line === '' ? '' : indent + line)).join(eol);
  const { at, atLineStart } = insertionPoint(text, anchor);
  if (atLineStart) return { start: at, end: at, newText: body + eol };
  return { start: at, end: at, newText: eol + body };
}

/**
 * Flow maps take `, key: value` right after the last value, so a comment or line break before the
 * closing brace stays where it is; a trailing comma (`{ a: 1, }`) is reused. Several pairs given
 * as lines become one comma-separated run. An empty map with a comment inside (`{ # todo` + `}`)
 * gets the pairs right after its `{`, before the comment.
 */
function insertIntoFlowMap(text: string, map: YMap, pairText: string): OffsetEdit {
  const flat = pairText.split('\n').map((line) => line.trim()).filter(Boolean).join(', ');
  if (map.pairs.length === 0) {
    let close = map.end - 1;
    while (close > map.start && text[close] !== '}') close--;
    if (text.slice(map.start + 1, close).trim() === '') return { start: map.start + 1, end: close, newText: ` ${flat} ` };
    return { start: map.start + 1, end: map.start + 1, newText: ` ${flat}${/\s/.test(text[map.start + 1] ?? '') ? '' : ' '}` };
  }
  const last = map.pairs[map.pairs.length - 1];
  const lastEnd = pairEnd(text, last);
  let next = lastEnd;
  while (text[next] === ' ' || text[next] === '\t') next++;
  if (text[next] === ',') return { start: next + 1, end: next + 1, newText: ` ${flat}` };
  return { start: lastEnd, end: lastEnd, newText: `, ${flat}` };
}

/**
 * Lines written under a key whose value is empty (`review:`, `log: []`, `actions: ~`): after the
 * key's line, so a comment there stays on it; an explicit empty value is removed.
 */
export function writeUnderKey(text: string, pair: YPair, lines: string[]): OffsetEdit[] {
  if (valueSlot(text, pair).kind === 'alias') refuse('edit.refused-alias', keyString(pair.key));
  const eol = eolOf(text);
  const colon = colonOf(text, pair);
  const at = lineEndOf(text, colon);
  const insert = { start: at, end: at, newText: eol + lines.join(eol) };
  if (!pair.value || pair.value.end <= pair.value.start) return [insert];
  if (text.slice(pair.value.end, at).trim() === '') return [{ start: colon + 1, end: at, newText: insert.newText }];
  return [{ start: colon + 1, end: pair.value.end, newText: '' }, insert];
}
