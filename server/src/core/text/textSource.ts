/**
 * What the parser, the line index and completion's cursor context read of a text: the reads a
 * JavaScript string offers, with the same meaning. A string is one; so is a `BlockText`, the
 * editor's text of a document held in blocks (blockText.ts), which these reads never copy whole.
 *
 * Why: an edit of a string makes a new string, and the first read of it makes the engine copy
 * the whole text into one piece — 2.7 ms for a 50,000-line plan, 12 ms for 200,000 lines, at
 * every keystroke, and as much garbage. Code that reads a text around an edit takes a
 * `TextSource`; code that needs the whole text as one string (edit builders, the schema's
 * report) asks for `String(text)`, which a `BlockText` builds once and keeps.
 */
export interface TextSource {
  readonly length: number;
  charCodeAt(index: number): number;
  charAt(index: number): string;
  slice(start?: number, end?: number): string;
  indexOf(search: string, position?: number): number;
  lastIndexOf(search: string, position?: number): number;
  includes(search: string, position?: number): boolean;
  startsWith(search: string, position?: number): boolean;
  toString(): string;
}
