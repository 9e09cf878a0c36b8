import type { YMap, YNode, YPair } from '../yaml/tree';
import type { OffsetEdit } from './textEdits';
import { columnOf, eolOf, lastLineEnd, lineStartOf } from './yamlText';

function findPair(map: YMap, key: string): YPair | undefined {
  return map.pairs.find((p) => p.key.kind === 'scalar' && String(p.key.value) === key);
}

/** Replaces a value node's text (an empty `key:` value gets a space after the colon). */
export function replaceValue(text: string, pair: YPair, valueText: string): OffsetEdit {
  const value = pair.value;
  if (!value || (value.kind === 'scalar' && value.end === value.start)) {
    // `key:` with nothing after it: write right after the colon.
    const colon = text.indexOf(':', pair.key.end);
    const at = colon >= 0 ? colon + 1 : pair.key.end;
    return { start: at, end: value && value.start > at ? value.end : at, newText: ' ' + valueText };
  }
  return { start: value.start, end: value.end, newText: valueText };
}

/**
 * Sets `key: value` in a map: replaces the value when the key exists, else inserts a new pair
 * after the sibling named in `after` (the first one present), or after the last pair. Block maps
 * get a new line at the siblings' indentation; flow maps (`{ a: 1 }`) get `, key: value`.
 */
export function setField(text: string, map: YMap, key: string, valueText: string, after: string[] = []): OffsetEdit {
  const existing = findPair(map, key);
  if (existing) return replaceValue(text, existing, valueText);
  return insertPair(text, map, `${key}: ${valueText}`, after);
}

/** A missing or explicitly empty value (`key:`, `key: ~`, `key: ""`). */
export function isEmptyValue(node: YNode | null): boolean {
  return !node || (node.kind === 'scalar' && (node.value === null || node.value === ''));
}

/** Inserts a pair written as one or more lines (`key: value`, or `key:\n  nested: 1` relative lines). */
export function insertPair(text: string, map: YMap, pairText: string, after: string[] = []): OffsetEdit {
  if (map.flow) return insertIntoFlowMap(text, map, pairText);
  const anchor = after.map((k) => findPair(map, k)).find(Boolean) ?? map.pairs[map.pairs.length - 1];
  const eol = eolOf(text);
  if (!anchor) return { start: map.start, end: map.start, newText: pairText };
  const indent = ' '.repeat(columnOf(text, map.pairs[0].key.start));
  const at = lastLineEnd(text, anchor.value ? Math.max(anchor.value.end, anchor.end) : anchor.end);
  const body = pairText.split('\n').map((line, i) => (i === 0 ? indent + line : line === '' ? '' : indent + line)).join(eol);
  return { start: at, end: at, newText: eol + body };
}

/**
 * Flow maps take `, key: value` right after the last value, so a comment or line break before the
 * closing brace stays where it is; a trailing comma (`{ a: 1, }`) is reused. Several pairs given
 * as lines become one comma-separated run.
 */
function insertIntoFlowMap(text: string, map: YMap, pairText: string): OffsetEdit {
  const flat = pairText.split('\n').map((line) => line.trim()).filter(Boolean).join(', ');
  if (map.pairs.length === 0) {
    let close = map.end - 1;
    while (close > map.start && text[close] !== '}') close--;
    return { start: map.start + 1, end: close, newText: ` ${flat} ` };
  }
  const last = map.pairs[map.pairs.length - 1];
  const lastEnd = last.value ? Math.max(last.value.end, last.key.end) : last.key.end;
  let next = lastEnd;
  while (text[next] === ' ' || text[next] === '\t') next++;
  if (text[next] === ',') return { start: next + 1, end: next + 1, newText: ` ${flat}` };
  return { start: lastEnd, end: lastEnd, newText: `, ${flat}` };
}

/** Indentation of the first line of a node. */
export function indentOf(text: string, node: YNode): string {
  const start = lineStartOf(text, node.start);
  let i = start;
  while (text[i] === ' ') i++;
  return text.slice(start, i);
}
