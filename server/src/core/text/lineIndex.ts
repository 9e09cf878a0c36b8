import type { Position, Range } from 'vscode-languageserver-types';

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
function breakEndsAt(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  return before === LF || (before === CR && text.charCodeAt(offset) !== LF);
}

/** The start of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  let at = Math.max(0, Math.min(offset, text.length));
  // Between the `\r` and `\n` of one break: still on the line the break ends.
  if (at > 0 && text.charCodeAt(at - 1) === CR && text.charCodeAt(at) === LF) at--;
  while (at > 0 && !breakEndsAt(text, at)) at--;
  return at;
}

/** The end of the line holding `offset`, before its line break. */
export function lineEndOf(text: string, offset: number): number {
  let at = Math.max(0, offset);
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === LF || code === CR) return at;
    at++;
  }
  return text.length;
}

/** The column of an offset (its indentation when it is the first thing on its line). */
export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** The offset after the line break at `offset` (which must be at a line end), or `offset` at the end of the text. */
export function afterBreak(text: string, offset: number): number {
  if (text.charCodeAt(offset) === CR) return text.charCodeAt(offset + 1) === LF ? offset + 2 : offset + 1;
  return text.charCodeAt(offset) === LF ? offset + 1 : offset;
}

/** True when a lone `\r` (a line break for LSP, text for YAML) lies on the YAML lines that hold [start, end]. */
export function touchesLoneCr(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1;
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
  private readonly starts: number[];

  constructor(
    private readonly text: string,
    starts?: number[],
  ) {
    if (starts) {
      this.starts = starts;
      return;
    }
    this.starts = [0];
    pushLineStarts(text, 1, text.length, this.starts);
  }

  /**
   * The index of `text`, an edit of `previous`'s text that kept its first `prefix` and last
   * `suffix` characters: line starts before the edit are kept, those after it are moved, and
   * only the edited characters are read, so an index costs what the edit changed (issue 14).
   */
  static afterEdit(previous: LineIndex, text: string, prefix: number, suffix: number): LineIndex {
    const old = previous.starts;
    const oldLength = previous.text.length;
    const delta = text.length - oldLength;
    // Whether an offset starts a line depends on the two characters around it, so starts up to
    // `prefix - 1` and from `oldLength - suffix + 1` on are as they were; the rest are read.
    const keep = Math.max(1, firstAtLeast(old, prefix)); // 0 always starts a line
    const starts = old.slice(0, keep);
    pushLineStarts(text, Math.max(1, prefix), text.length - suffix, starts);
    for (let i = firstAtLeast(old, oldLength - suffix + 1); i < old.length; i++) starts.push(old[i] + delta);
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    // Inside a `\r\n` (or past a line's end) is the end of the line, as LSP's text documents say.
    return { line: low, character: Math.min(clamped, this.lineEnd(low)) - this.starts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const lineEnd = this.lineEnd(position.line);
    return Math.max(this.starts[position.line], Math.min(this.starts[position.line] + position.character, lineEnd));
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset of the end of a line's content (before `\r\n`, `\n` or `\r`). */
  lineEnd(line: number): number {
    const index = Math.max(0, Math.min(line, this.starts.length - 1));
    if (index + 1 >= this.starts.length) return this.text.length;
    const next = this.starts[index + 1];
    return this.text.charCodeAt(next - 1) === LF && this.text.charCodeAt(next - 2) === CR ? next - 2 : next - 1;
  }

  /** The one place where parser offsets become LSP ranges. */
  rangeOf(span: { start: number; end: number }): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

/** Pushes every line start in [from, to] (offset `t` starts a line when a break ends before it). */
function pushLineStarts(text: string, from: number, to: number, starts: number[]): void {
  for (let at = text.indexOf('\n', from - 1), cr = text.indexOf('\r', from - 1); ; ) {
    // The next break character: searched natively, so a long run of text costs little.
    const next = cr < 0 || (at >= 0 && at < cr) ? at : cr;
    if (next < 0 || next + 1 > to) return;
    if (next === at) {
      starts.push(at + 1);
      at = text.indexOf('\n', at + 1);
    } else {
      if (text.charCodeAt(cr + 1) !== LF) starts.push(cr + 1);
      cr = text.indexOf('\r', cr + 1);
    }
  }
}

/** The first index of a sorted array whose value is at least `value`. */
function firstAtLeast(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
