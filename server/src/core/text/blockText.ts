import type { TextSource } from './textSource';

/** How long a block is made, and the bounds an edit keeps it within (UTF-16 code units). */
const TARGET = 16_384;
const MAX = 2 * TARGET;
const MIN = TARGET / 4;

/**
 * An immutable text held as blocks of about 16,000 characters: an edit makes a new text that
 * shares every block but the one or two it touched, so it costs a block, not the text, and the
 * engine never copies the whole text into one string to read it (see textSource.ts). The reads
 * mean what a string's do (blockText.property.test.ts); `toString()` joins the blocks once.
 */
export class BlockText implements TextSource {
  readonly length: number;
  /** Where each block starts. */
  private readonly starts: number[];
  /**
   * For each block, the fewest spaces that follow a `\n` in it, counted within the block
   * (Infinity without one): a backward search for a line indented less than that passes the
   * block over unread (lastBreakBefore).
   */
  private readonly breakIndents: number[];
  /** The block the last read was in: reads come in runs over nearby offsets. */
  private recent = 0;
  private joined: string | undefined;

  /** `known`: the break indentation of blocks taken over from another text (undefined: computed here). */
  private constructor(
    private readonly blocks: readonly string[],
    known: ReadonlyArray<number | undefined> = [],
  ) {
    this.starts = new Array<number>(blocks.length);
    this.breakIndents = new Array<number>(blocks.length);
    let at = 0;
    for (let i = 0; i < blocks.length; i++) {
      this.starts[i] = at;
      this.breakIndents[i] = known[i] ?? fewestSpacesAfterBreak(blocks[i]);
      at += blocks[i].length;
    }
    this.length = at;
  }

  static of(text: string): BlockText {
    const blocks: string[] = [];
    for (let at = 0; at < text.length; at += TARGET) blocks.push(text.slice(at, at + TARGET));
    return new BlockText(blocks);
  }

  /** The text with [start, end) replaced by `insert` (0 ≤ start ≤ end ≤ length). */
  edit(start: number, end: number, insert: string): BlockText {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= this.length)) {
      throw new RangeError(`edit [${start}, ${end}) outside a text of ${this.length} characters`);
    }
    if (this.blocks.length === 0) return BlockText.of(insert);
    let first = this.blockAt(start);
    let last = end > start ? this.blockAt(end - 1) : first;
    let merged = this.blocks[first].slice(0, start - this.starts[first]) + insert + this.blocks[last].slice(end - this.starts[last]);
    // A block left small joins a neighbour, so edits that delete never leave a trail of slivers.
    if (merged.length < MIN && first > 0 && this.blocks[first - 1].length + merged.length <= MAX) merged = this.blocks[--first] + merged;
    else if (merged.length < MIN && last + 1 < this.blocks.length && this.blocks[last + 1].length + merged.length <= MAX) merged += this.blocks[++last];
    const pieces: string[] = [];
    if (merged.length > MAX) for (let at = 0; at < merged.length; at += TARGET) pieces.push(merged.slice(at, at + TARGET));
    else if (merged.length > 0) pieces.push(merged);
    return new BlockText(
      [...this.blocks.slice(0, first), ...pieces, ...this.blocks.slice(last + 1)],
      [...this.breakIndents.slice(0, first), ...pieces.map(() => undefined), ...this.breakIndents.slice(last + 1)],
    );
  }

  charCodeAt(index: number): number {
    const i = toInteger(index);
    if (i < 0 || i >= this.length) return NaN;
    const b = this.blockAt(i);
    return this.blocks[b].charCodeAt(i - this.starts[b]);
  }

  charAt(index: number): string {
    const i = toInteger(index);
    if (i < 0 || i >= this.length) return '';
    const b = this.blockAt(i);
    return this.blocks[b].charAt(i - this.starts[b]);
  }

  slice(start?: number, end?: number): string {
    const from = relative(start, 0, this.length);
    const to = relative(end, this.length, this.length);
    if (from >= to) return '';
    let b = this.blockAt(from);
    const offset = this.starts[b];
    const block = this.blocks[b];
    if (to <= offset + block.length) return block.slice(from - offset, to - offset);
    const parts = [block.slice(from - offset)];
    for (b++; b < this.blocks.length && this.starts[b] < to; b++) parts.push(this.blocks[b].slice(0, to - this.starts[b]));
    return parts.join('');
  }

  indexOf(search: string, position?: number): number {
    const m = search.length;
    const from = Math.min(Math.max(toInteger(position), 0), this.length);
    if (m === 0) return from;
    for (let b = from < this.length ? this.blockAt(from) : this.blocks.length; b < this.blocks.length; b++) {
      const offset = this.starts[b];
      const block = this.blocks[b];
      const found = block.indexOf(search, Math.max(0, from - offset));
      if (found >= 0) return offset + found;
      // A match that starts in this block and ends in the next.
      const end = offset + block.length;
      if (m > 1 && end < this.length) {
        const windowStart = Math.max(from, end - m + 1);
        const k = this.slice(windowStart, end + m - 1).indexOf(search);
        if (k >= 0 && windowStart + k < end) return windowStart + k;
      }
    }
    return -1;
  }

  lastIndexOf(search: string, position?: number): number {
    const m = search.length;
    const p = position === undefined || Number.isNaN(Number(position)) ? Infinity : toInteger(position);
    const clamped = Math.min(Math.max(p, 0), this.length);
    if (m === 0) return clamped;
    let from = Math.min(clamped, this.length - m);
    if (from < 0) return -1;
    for (let b = this.blockAt(from); b >= 0; b--) {
      const offset = this.starts[b];
      const block = this.blocks[b];
      const end = offset + block.length;
      // A match that starts in this block and ends in the next one is later than any inside it.
      if (m > 1 && end < this.length) {
        const windowStart = Math.max(offset, end - m + 1);
        const windowEnd = Math.min(from, end - 1);
        if (windowStart <= windowEnd) {
          const k = this.slice(windowStart, windowEnd + m).lastIndexOf(search);
          if (k >= 0) return windowStart + k;
        }
      }
      const local = Math.min(from - offset, block.length - m);
      if (local >= 0) {
        const found = block.lastIndexOf(search, local);
        if (found >= 0) return offset + found;
      }
      from = offset - 1;
      if (from < 0) return -1;
    }
    return -1;
  }

  /**
   * The last `\n` before `end` that is not followed by `indent` spaces (what /\n(?! {indent})/
   * finds last), or -1: how completion finds the line a cursor's key belongs to above thousands of
   * more indented entries. Blocks in which every `\n` is followed by that many spaces are passed
   * over without reading them.
   */
  lastBreakBefore(end: number, indent: number): number {
    const pattern = breakPattern(indent);
    const stop = Math.min(end, this.length);
    for (let b = stop > 0 ? this.blockAt(stop - 1) : -1; b >= 0; b--) {
      const from = this.starts[b];
      if (this.breakIndents[b] >= indent && from + this.blocks[b].length <= stop) continue;
      const to = Math.min(stop, from + this.blocks[b].length);
      const found = lastBreakIn(this.slice(from, to + indent), to - from, pattern);
      if (found >= 0) return from + found;
    }
    return -1;
  }

  includes(search: string, position?: number): boolean {
    return this.indexOf(search, position) >= 0;
  }

  startsWith(search: string, position?: number): boolean {
    const from = Math.min(Math.max(toInteger(position), 0), this.length);
    return this.slice(from, from + search.length) === search;
  }

  toString(): string {
    this.joined ??= this.blocks.join('');
    return this.joined;
  }

  /** The block holding `index` (0 ≤ index < length). */
  private blockAt(index: number): number {
    const starts = this.starts;
    const recent = this.recent;
    if (starts[recent] <= index && (recent + 1 === starts.length || index < starts[recent + 1])) return recent;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    this.recent = low;
    return low;
  }
}

/** How far back one search of a string reaches (a BlockText searches a block at a time). */
const BACKWARD_WINDOW = 16_384;

/**
 * The last `\n` before `end` that is not followed by `indent` spaces (what /\n(?! {indent})/
 * finds last), or -1. A BlockText passes over blocks of deeper lines unread; a string is searched
 * natively in windows going back from `end`.
 */
export function lastBreakBefore(text: TextSource, end: number, indent: number): number {
  if (text instanceof BlockText) return text.lastBreakBefore(end, indent);
  const pattern = breakPattern(indent);
  for (let to = Math.min(end, text.length); to > 0; ) {
    const from = Math.max(0, to - BACKWARD_WINDOW);
    const found = lastBreakIn(text.slice(from, to + indent), to - from, pattern);
    if (found >= 0) return from + found;
    to = from;
  }
  return -1;
}

/** A `\n` not followed by `indent` spaces. */
function breakPattern(indent: number): RegExp {
  return new RegExp(`\\n(?! {${indent}})`, 'g');
}

/**
 * The last match of `pattern` in `window` that starts before `limit`, or -1. The window reaches
 * past `limit` by the indentation, for the look-ahead of a `\n` just before it.
 */
function lastBreakIn(window: string, limit: number, pattern: RegExp): number {
  let found = -1;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(window); match && match.index < limit; match = pattern.exec(window)) found = match.index;
  return found;
}

/** The fewest spaces after a `\n` of the block, counted up to its end (Infinity without a `\n`). */
function fewestSpacesAfterBreak(block: string): number {
  let fewest = Infinity;
  for (let at = block.indexOf('\n'); at >= 0 && fewest > 0; at = block.indexOf('\n', at + 1)) {
    let i = at + 1;
    while (i < block.length && block.charCodeAt(i) === 32) i++;
    fewest = Math.min(fewest, i - at - 1);
  }
  return fewest;
}

/** ToIntegerOrInfinity, as string methods read their position arguments (undefined and NaN are 0). */
function toInteger(value: number | undefined): number {
  const n = Number(value);
  return Number.isNaN(n) ? 0 : Math.trunc(n);
}

/** A slice bound as `String.prototype.slice` reads it: negative counts from the end. */
function relative(value: number | undefined, fallback: number, length: number): number {
  if (value === undefined) return fallback;
  const n = toInteger(value);
  return n < 0 ? Math.max(length + n, 0) : Math.min(n, length);
}
