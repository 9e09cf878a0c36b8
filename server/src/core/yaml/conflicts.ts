/**
 * Git merge conflict blocks. We analyse the "ours" side: marker lines and the base/"theirs" lines
 * are blanked with spaces (newlines kept), so every offset still points into the real text and
 * the markers cause no cascade of syntax or schema errors. A marker line outside any block (a
 * leftover `=======` or `>>>>>>>` after a hand-made resolution) is a block of its own.
 */
import { yamlLineStartOf } from '../text/lineIndex';
import type { TextSource } from '../text/textSource';

export interface ConflictBlock {
  /** Offset of the `<<<<<<<` line (or of the stray marker line). */
  start: number;
  /** End of the `>>>>>>>` line (or of the text when the block is not closed). */
  end: number;
}

const MARKER = /^(<{7}|={7}|\|{7}|>{7})(?=[ \t\r\n]|$)/;

export function findConflicts<T extends TextSource>(text: T): { blocks: ConflictBlock[]; masked: T | string } {
  // Fast exit: a plan without any marker at a line start (the common case) costs one search.
  if (!hasMarkerLine(text, 0, text.length)) return { blocks: [], masked: text };
  const blocks: ConflictBlock[] = [];
  const blank: Array<[number, number]> = [];
  let open: number | null = null;
  let lastLineEnd = 0;
  let blanking = false;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const marker = MARKER.exec(text.slice(lineStart, Math.min(contentEnd, lineStart + 8)))?.[1]?.[0];
    if (marker === '<') {
      // A new block while one is open: the open one was never closed and ends here.
      if (open !== null) blocks.push({ start: open, end: lastLineEnd });
      open = lineStart;
      blanking = false;
      blank.push([lineStart, contentEnd]);
    } else if (marker === '=' || marker === '|') {
      if (open === null) blocks.push({ start: lineStart, end: contentEnd });
      else blanking = true;
      blank.push([lineStart, contentEnd]);
    } else if (marker === '>') {
      blocks.push({ start: open ?? lineStart, end: contentEnd });
      blank.push([lineStart, contentEnd]);
      open = null;
      blanking = false;
    } else if (blanking) {
      blank.push([lineStart, contentEnd]);
    }
    lastLineEnd = contentEnd;
    lineStart = lineEnd + 1;
  }
  if (open !== null) blocks.push({ start: open, end: text.length });
  let masked = '';
  let from = 0;
  for (const [s, e] of blank) {
    masked += text.slice(from, s) + ' '.repeat(e - s);
    from = e;
  }
  masked += text.slice(from);
  return { blocks, masked };
}

/**
 * Whether a line that starts in [from, to] (or holds `from`) starts with a marker character run.
 * One pass over the line starts: a multiline regex or one `includes` per marker costs several
 * times more on a big plan.
 */
export function hasMarkerLine(text: TextSource, from: number, to: number): boolean {
  for (let at = yamlLineStartOf(text, from); at < text.length && at <= to; at = text.indexOf('\n', at) + 1) {
    const c = text.charCodeAt(at);
    // '<' '=' '>' '|'
    if ((c === 60 || c === 61 || c === 62 || c === 124) && /^(<{7}|={7}|\|{7}|>{7})/.test(text.slice(at, at + 7))) return true;
    if (text.indexOf('\n', at) < 0) break;
  }
  return false;
}
