/**
 * Splits a plan's text into independently parseable chunks: one per top-level key and, inside a
 * block-mapping section (`actions:` followed by indented `id:` lines), one per entry.
 *
 * Why: the `yaml` package parses about 4 MB/s and checks duplicate keys quadratically, so a
 * 50,000-line plan costs about a second as one document. Chunks parse in linear time, and an
 * editor re-parses only the chunks an edit touched. The split follows YAML's own indentation
 * rules: a line at column 0 always starts a new top-level key, and a line at a section's entry
 * indentation always starts a new entry, so a valid document parses to the same tree.
 * Anything unusual at column 0 (document markers other than one leading `---`, directives, a
 * top-level sequence or flow collection, quoted or complex keys, anchors, tags, indented content
 * before the first key) makes the whole text one chunk; anything unusual at a section's entry
 * indentation keeps that section one chunk.
 */
export interface EntrySpan {
  start: number;
  end: number;
}

export interface TopChunk {
  start: number;
  end: number;
  /** The entry chunks of a split section; the header chunk is `start` .. first entry start. */
  entries: EntrySpan[] | null;
}

export interface ChunkLayout {
  /** True when the text could not be split and is parsed as one document. */
  whole: boolean;
  chunks: TopChunk[];
}

/** Column-0 characters that make a document structurally unusual (see the module comment). */
const UNUSUAL_AT_COLUMN_0 = new Set(['-', '[', '{', '%', '?', '&', '!', '*', '"', "'", '|', '>', '.', '@', '`', ']', '}', ',', '\ufeff']);
/** A lone `---` before the first key only starts the one document: it splits nothing. */
const LEADING_DOCUMENT_START = /^---[ \t]*(#[^\n]*)?\r?(\n|$)/y;
const BLOCK_SECTION_HEADER = /^[^\s#:][^:#\r\n]*:[ \t]*(#.*)?\r?$/;

export function layoutChunks(text: string): ChunkLayout {
  const whole: ChunkLayout = { whole: true, chunks: [{ start: 0, end: text.length, entries: null }] };
  const topStarts: number[] = [];
  let lineStart = 0;
  let seenDocumentStart = false;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (lineStart < text.length) {
    const first = lineStart === 0 ? bom : lineStart;
    const c = text[first];
    if (c !== undefined && c !== ' ' && c !== '\t' && c !== '#' && !isLineBreak(text, first)) {
      if (c === '-' && topStarts.length === 0 && !seenDocumentStart && matchesAt(LEADING_DOCUMENT_START, text, first)) {
        seenDocumentStart = true;
      } else if (UNUSUAL_AT_COLUMN_0.has(c)) {
        return whole;
      } else {
        topStarts.push(lineStart);
      }
    } else if (topStarts.length === 0 && !isBlankOrComment(text, lineStart)) {
      // Indented content before the first top-level key: an indented document, parsed whole.
      return whole;
    }
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  if (topStarts.length === 0) return whole;
  // Leading comments and blank lines form a chunk of their own (it parses to nothing).
  const bounds = topStarts[0] > 0 ? [0, ...topStarts] : topStarts;
  const chunks: TopChunk[] = bounds.map((start, i) => {
    const end = i + 1 < bounds.length ? bounds[i + 1] : text.length;
    return { start, end, entries: splitSection(text, start, end) };
  });
  return { whole: false, chunks };
}

/** The entries of a block-mapping section, or null when the section should stay one chunk. */
function splitSection(text: string, start: number, end: number): EntrySpan[] | null {
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0 || lineEnd >= end) return null;
  if (!BLOCK_SECTION_HEADER.test(text.slice(start, lineEnd))) return null;
  let indent = -1;
  const starts: number[] = [];
  let lineStart = lineEnd + 1;
  while (lineStart < end) {
    lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    let i = lineStart;
    while (i < lineEnd && text[i] === ' ') i++;
    const c = text[i];
    if (c === '\t') return null; // tabs are not YAML indentation; let the parser report it whole
    const blank = i >= lineEnd || c === '#' || isLineBreak(text, i);
    if (!blank) {
      const width = i - lineStart;
      if (indent < 0) indent = width;
      if (width < indent) return null;
      if (width === indent) {
        // A sequence, complex, quoted or tagged keys, anchors: keep the section whole.
        if (UNUSUAL_AT_COLUMN_0.has(c)) return null;
        starts.push(lineStart);
      }
    }
    lineStart = lineEnd + 1;
  }
  if (starts.length === 0) return null;
  return starts.map((s, i) => ({ start: s, end: i + 1 < starts.length ? starts[i + 1] : end }));
}

function isBlankOrComment(text: string, lineStart: number): boolean {
  let i = lineStart;
  if (i === 0 && text.charCodeAt(0) === 0xfeff) i++;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const c = text[i];
  return c === undefined || c === '#' || isLineBreak(text, i);
}

/** `\n` or `\r\n`: the `yaml` package reads a lone `\r` as an ordinary character, and so must we. */
function isLineBreak(text: string, i: number): boolean {
  const c = text[i];
  return c === '\n' || (c === '\r' && text[i + 1] === '\n');
}

function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}
