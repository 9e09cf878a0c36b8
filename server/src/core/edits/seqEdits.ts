import type { YNode, YPair } from '../yaml/tree';
import { asMap, asSeq } from '../yaml/tree';
import { columnOf, lineStartOf } from '../text/lineIndex';
import { isEmptyValue, writeUnderKey } from './mapEdits';
import type { OffsetEdit } from './textEdits';
import { eolOf, lastLineEnd } from './yamlText';

/** One new item of a sequence, written in whichever style the sequence already uses. */
export interface SeqItem {
  /** The item as block lines, the first starting with `-`; `contentOffset` is the distance from the dash to the item's keys. */
  block(contentOffset: number): string[];
  /** The item as one flow map (`{ date: …, got: … }`). */
  flow(): string;
}

/**
 * Appends an item to the sequence under `pair` (a `log:`), keeping its style: a block item at the
 * dash column of the last one (a one-line `- { … }` when the last item is a flow map), `, item`
 * in a flow sequence, and a new block sequence under an empty `log:` (`unit` indents it). Null
 * when the value is something else (a scalar, a map): that is not ours to replace.
 */
export function appendSeqItem(text: string, pair: YPair, item: SeqItem, unit: string, inFlowMap: boolean): OffsetEdit[] | null {
  const value = pair.value;
  const seq = asSeq(value);
  if (seq && !seq.flow && seq.items.length) {
    const lastItem = seq.items[seq.items.length - 1];
    const dash = dashBefore(text, lastItem);
    const dashColumn = dash >= 0 ? columnOf(text, dash) : columnOf(text, lastItem.start);
    const contentOffset = dash >= 0 ? Math.max(2, columnOf(text, lastItem.start) - dashColumn) : 2;
    const at = lastLineEnd(text, lastItem.end);
    const eol = eolOf(text);
    const oneLine = asMap(lastItem)?.flow ? [`-${' '.repeat(contentOffset - 1)}${item.flow()}`] : item.block(contentOffset);
    const lines = oneLine.map((l) => ' '.repeat(dashColumn) + l);
    return [{ start: at, end: at, newText: eol + lines.join(eol) }];
  }
  if (seq && seq.flow && seq.items.length) {
    const lastItem = seq.items[seq.items.length - 1];
    return [{ start: lastItem.end, end: lastItem.end, newText: `, ${item.flow()}` }];
  }
  if (seq && seq.flow && inFlowMap) return [{ start: seq.start, end: seq.end, newText: `[${item.flow()}]` }];
  // `log:` or `log: []` in a block map: the first item starts a block sequence.
  if (isEmptyValue(value) || (seq && seq.items.length === 0)) {
    const base = ' '.repeat(columnOf(text, pair.key.start));
    return writeUnderKey(text, pair, item.block(2).map((l) => base + unit + l));
  }
  return null;
}

/** The `-` of a block sequence item, when it stands before the item on the item's first line. */
function dashBefore(text: string, item: YNode): number {
  const lineStart = lineStartOf(text, item.start);
  for (let i = item.start - 1; i >= lineStart; i--) {
    if (text[i] === '-') return i;
    if (text[i] !== ' ') return -1;
  }
  return -1;
}
