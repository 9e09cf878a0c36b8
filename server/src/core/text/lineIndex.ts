import type { Position, Range } from 'vscode-languageserver-types';
import type { TextSource } from './textSource';

/**
 * The product's one line model, the one LSP uses (and `vscode-languageserver-textdocument`):
 * `\r\n`, `\n` and a lone `\r` each end a line. Every position shown to a user and every line an
 * edit builder measures (line starts, indentation, line ends) follows it.
 *
 * The `yaml` package reads a lone `\r` as an ordinary character of the line (inside a comment or
 * a scalar), so on a line holding one the two models disagree: edit builders refuse to touch
 * such a line (`touchesLoneCr`), and positions still come out as the editor shows them.
 */
const CR = 13;
const LF = 10;

/** Whether a line break ends right before `offset` (the start of a line, in the LSP model). */
function breakEndsAt(text: TextSource, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  return before === LF || (before === CR && text.charCodeAt(offset) !== LF);
}

/** The start of the line holding `offset`. */
export function lineStartOf(text: TextSource, offset: number): number {
  let at = Math.max(0, Math.min(offset, text.length));
  // Between the `\r` and `\n` of one break: still on the line the break ends.
  if (at > 0 && text.charCodeAt(at - 1) === CR && text.charCodeAt(at) === LF) at--;
  while (at > 0 && !breakEndsAt(text, at)) at--;
  return at;
}

/** The end of the line holding `offset`, before its line break. */
export function lineEndOf(text: TextSource, offset: number): number {
  let at = Math.max(0, offset);
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === LF || code === CR) return at;
    at++;
  }
  return text.length;
}

/** The column of an offset (its indentation when it is the first thing on its line). */
export function columnOf(text: TextSource, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** The offset after the line break at `offset` (which must be at a line end), or `offset` at the end of the text. */
export function afterBreak(text: TextSource, offset: number): number {
  if (text.charCodeAt(offset) === CR) return text.charCodeAt(offset + 1) === LF ? offset + 2 : offset + 1;
  return text.charCodeAt(offset) === LF ? offset + 1 : offset;
}

/**
 * The start of the line holding `offset` as YAML counts lines (only `\n` ends one): what the
 * parser's chunks, the conflict-marker scan and completion's cursor context read. At offset 0 it
 * is 0 (`lastIndexOf` would read index 0 for a `fromIndex` of -1 and find a break that follows).
 */
export function yamlLineStartOf(text: TextSource, offset: number): number {
  return offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
}

/** True when a lone `\r` (a line break for LSP, text for YAML) lies on the YAML lines that hold [start, end]. */
export function touchesLoneCr(text: TextSource, start: number, end: number): boolean {
  const from = yamlLineStartOf(text, start);
  const next = text.indexOf('\n', end);
  const to = next < 0 ? text.length : next;
  for (let i = text.indexOf('\r', from); i >= 0 && i < to; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== LF) return true;
  }
  return false;
}

/**
 * Line starts of a text, for turning parser offsets into LSP positions (UTF-16, like JS strings).
 * Built once per document version; lookups are binary searches.
 */
export class LineIndex {
  private readonly starts: LineStarts;

  constructor(
    private readonly text: TextSource,
    starts?: LineStarts,
  ) {
    if (starts) {
      this.starts = starts;
      return;
    }
    const list = [0];
    pushLineStarts(text, 1, text.length, list);
    this.starts = LineStarts.of(list);
  }

  /**
   * The index of `text`, an edit of `previous`'s text that kept its first `prefix` and last
   * `suffix` characters: line starts before the edit are kept, those after it are moved, and
   * only the edited characters are read, so an index costs what the edit changed (issue 14).
   */
  static afterEdit(previous: LineIndex, text: TextSource, prefix: number, suffix: number): LineIndex {
    const old = previous.starts;
    const oldLength = previous.text.length;
    // Whether an offset starts a line depends on the two characters around it, so starts up to
    // `prefix - 1` and from `oldLength - suffix + 1` on are as they were; the rest are read.
    const keep = Math.max(1, old.firstAtLeast(prefix)); // 0 always starts a line
    const fresh: number[] = [];
    pushLineStarts(text, Math.max(1, prefix), text.length - suffix, fresh);
    return new LineIndex(text, old.edited(keep, fresh, old.firstAtLeast(oldLength - suffix + 1), text.length - oldLength));
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.starts.lineOf(clamped);
    // Inside a `\r\n` (or past a line's end) is the end of the line, as LSP's text documents say.
    return { line, character: Math.min(clamped, this.lineEnd(line)) - this.starts.get(line) };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const lineEnd = this.lineEnd(position.line);
    const start = this.starts.get(position.line);
    return Math.max(start, Math.min(start + position.character, lineEnd));
  }

  lineStart(line: number): number {
    return this.starts.get(Math.max(0, Math.min(line, this.starts.length - 1)));
  }

  /** Offset of the end of a line's content (before `\r\n`, `\n` or `\r`). */
  lineEnd(line: number): number {
    const index = Math.max(0, Math.min(line, this.starts.length - 1));
    if (index + 1 >= this.starts.length) return this.text.length;
    const next = this.starts.get(index + 1);
    return this.text.charCodeAt(next - 1) === LF && this.text.charCodeAt(next - 2) === CR ? next - 2 : next - 1;
  }

  /** The one place where parser offsets become LSP ranges. */
  rangeOf(span: { start: number; end: number }): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

/** A run of line starts: `starts[i] + shift` each (a run after an edit is shared, moved by its shift). */
interface Block {
  starts: readonly number[];
  shift: number;
}

/** How many starts a block holds when the index is built whole. */
const BLOCK = 512;

/**
 * Sorted line starts as blocks that versions of a document share: an edit copies the block it
 * falls in, adds the starts it made, and takes the blocks after it over with a new shift, so a
 * new version costs the blocks' count (a 50,000-line plan has about a hundred), not its lines.
 * Blocks that edits leave small are merged back when there are too many.
 */
class LineStarts {
  /** The line number of each block's first start. */
  private readonly firstLine: number[];
  readonly length: number;

  private constructor(private readonly blocks: readonly Block[]) {
    this.firstLine = new Array<number>(blocks.length);
    let line = 0;
    blocks.forEach((block, i) => {
      this.firstLine[i] = line;
      line += block.starts.length;
    });
    this.length = line;
  }

  static of(starts: readonly number[]): LineStarts {
    const blocks: Block[] = [];
    for (let i = 0; i < starts.length; i += BLOCK) blocks.push({ starts: starts.slice(i, i + BLOCK), shift: 0 });
    return new LineStarts(blocks);
  }

  get(line: number): number {
    const b = this.blockOfLine(line);
    const block = this.blocks[b];
    return block.starts[line - this.firstLine[b]] + block.shift;
  }

  /** The last line whose start is at most `offset` (0 when none is). */
  lineOf(offset: number): number {
    const count = this.firstAtLeast(offset + 1);
    return Math.max(0, count - 1);
  }

  /** The first line whose start is at least `value` (the line count when none is). */
  firstAtLeast(value: number): number {
    const blocks = this.blocks;
    // The first block whose last start is at least `value`.
    let low = 0;
    let high = blocks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const block = blocks[mid];
      if (block.starts[block.starts.length - 1] + block.shift < value) low = mid + 1;
      else high = mid;
    }
    if (low === blocks.length) return this.length;
    const { starts, shift } = blocks[low];
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] + shift < value) lo = mid + 1;
      else hi = mid;
    }
    return this.firstLine[low] + lo;
  }

  /** Lines [0, keep), then `fresh`, then lines [tailFrom, length) moved by `delta`. */
  edited(keep: number, fresh: readonly number[], tailFrom: number, delta: number): LineStarts {
    const blocks: Block[] = [];
    this.copyRange(0, keep, 0, blocks);
    if (fresh.length) blocks.push({ starts: fresh, shift: 0 });
    this.copyRange(tailFrom, this.length, delta, blocks);
    return blocks.length > 2 * Math.ceil(this.length / BLOCK) + 16 ? LineStarts.of(flatten(blocks)) : new LineStarts(blocks);
  }

  /** Appends lines [from, to) as blocks moved by `delta`: whole blocks are shared, cut ones copied. */
  private copyRange(from: number, to: number, delta: number, out: Block[]): void {
    if (from >= to) return;
    for (let b = this.blockOfLine(from); b < this.blocks.length && this.firstLine[b] < to; b++) {
      const block = this.blocks[b];
      const first = this.firstLine[b];
      const cutFrom = Math.max(from, first) - first;
      const cutTo = Math.min(to, first + block.starts.length) - first;
      if (cutFrom === 0 && cutTo === block.starts.length) out.push(delta === 0 ? block : { starts: block.starts, shift: block.shift + delta });
      else out.push({ starts: block.starts.slice(cutFrom, cutTo), shift: block.shift + delta });
    }
  }

  private blockOfLine(line: number): number {
    let low = 0;
    let high = this.firstLine.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.firstLine[mid] <= line) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

function flatten(blocks: readonly Block[]): number[] {
  const all: number[] = [];
  for (const { starts, shift } of blocks) for (const start of starts) all.push(start + shift);
  return all;
}

/** Pushes every line start in [from, to] (offset `t` starts a line when a break ends before it). */
function pushLineStarts(text: TextSource, from: number, to: number, starts: number[]): void {
  // Searched within the range (and the characters around it) only: in a text without a `\r`, a
  // search of the whole text would read it to its end for one at every edit.
  const base = from - 1;
  const window = text.slice(base, to + 1);
  for (let at = window.indexOf('\n'), cr = window.indexOf('\r'); ; ) {
    // The next break character: searched natively, so a long run of text costs little.
    const next = cr < 0 || (at >= 0 && at < cr) ? at : cr;
    if (next < 0 || base + next + 1 > to) return;
    if (next === at) {
      starts.push(base + at + 1);
      at = window.indexOf('\n', at + 1);
    } else {
      if (text.charCodeAt(base + cr + 1) !== LF) starts.push(base + cr + 1);
      cr = window.indexOf('\r', cr + 1);
    }
  }
}
