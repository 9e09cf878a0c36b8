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
import { countWhere } from '../model/listChange';
import { yamlLineStartOf } from '../text/lineIndex';
import type { TextSource } from '../text/textSource';

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
const LEADING_DOCUMENT_START = /^---[ \t]*(#[^\n]*)?\r?(\n|$)/;
const SPACE = 32;
const TAB = 9;
const HASH = 35;
const BLOCK_SECTION_HEADER = /^[^\s#:][^:#\r\n]*:[ \t]*(#.*)?\r?$/;

export function layoutChunks(text: TextSource): ChunkLayout {
  const whole: ChunkLayout = { whole: true, chunks: [{ start: 0, end: text.length, entries: null }] };
  // Before the first top-level key: comments, blank lines and one leading `---`, nothing indented.
  let lineStart = 0;
  let seenDocumentStart = false;
  for (;;) {
    if (lineStart >= text.length) return whole;
    const first = lineStart === 0 ? bomLength(text) : lineStart;
    if (!startsAtColumn0(text, first)) {
      // Indented content before the first top-level key: an indented document, parsed whole.
      if (!isBlankOrComment(text, lineStart)) return whole;
    } else if (!seenDocumentStart && text.charAt(first) === '-' && isLeadingDocumentStart(text, first)) {
      seenDocumentStart = true;
    } else {
      break;
    }
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) return whole;
    lineStart = nl + 1;
  }
  const topStarts = topLevelStarts(text, lineStart, text.length);
  if (topStarts === null) return whole;
  // Leading comments and blank lines form a chunk of their own (it parses to nothing).
  const bounds = topStarts[0] > 0 ? [0, ...topStarts] : topStarts;
  const chunks: TopChunk[] = bounds.map((start, i) => {
    const end = i + 1 < bounds.length ? bounds[i + 1] : text.length;
    return { start, end, entries: splitSection(text, start, end) };
  });
  return { whole: false, chunks };
}

/** The entries of a block-mapping section, or null when the section should stay one chunk. */
function splitSection(text: TextSource, start: number, end: number): EntrySpan[] | null {
  const lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0 || lineEnd >= end) return null;
  if (!BLOCK_SECTION_HEADER.test(text.slice(start, lineEnd))) return null;
  const starts: number[] = [];
  if (scanEntryLines(text, lineEnd + 1, end, end, -1, starts) === null || starts.length === 0) return null;
  return entrySpans(starts, end);
}

/**
 * Reads the section's lines that start in [from, to) (the section ends at `end`) and pushes those
 * at the entry indentation; the first non-blank line sets it when `indent` is -1. Returns the
 * indentation, or null when a line keeps the section one chunk (a tab, a line indented less, a
 * sequence, complex, quoted or tagged key or an anchor at the entry indentation).
 */
function scanEntryLines(text: TextSource, from: number, to: number, end: number, indent: number, starts: number[]): number | null {
  for (let lineStart = from; lineStart < to; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    let i = lineStart;
    // Only the indentation is read: a section's lines cost what their indentation does.
    while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
    const code = text.charCodeAt(i);
    if (code === TAB) return null; // tabs are not YAML indentation; let the parser report it whole
    const blank = i >= lineEnd || code === HASH || isLineBreak(text, i);
    if (!blank) {
      const width = i - lineStart;
      if (indent < 0) indent = width;
      if (width < indent) return null;
      if (width === indent) {
        if (UNUSUAL_AT_COLUMN_0.has(text.charAt(i))) return null;
        starts.push(lineStart);
      }
    }
    lineStart = lineEnd + 1;
  }
  return indent;
}

function entrySpans(starts: number[], end: number): EntrySpan[] {
  return starts.map((s, i) => ({ start: s, end: i + 1 < starts.length ? starts[i + 1] : end }));
}

/** A line whose first character (`at`, past a BOM) is content at column 0, not blank or a comment. */
function startsAtColumn0(text: TextSource, at: number): boolean {
  const c = text.charAt(at);
  return c !== '' && c !== ' ' && c !== '\t' && c !== '#' && !isLineBreak(text, at);
}

function bomLength(text: TextSource): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

function isBlankOrComment(text: TextSource, lineStart: number): boolean {
  let i = lineStart;
  if (i === 0 && text.charCodeAt(0) === 0xfeff) i++;
  while (text.charAt(i) === ' ' || text.charAt(i) === '\t') i++;
  const c = text.charAt(i);
  return c === '' || c === '#' || isLineBreak(text, i);
}

/** `\n` or `\r\n`: the `yaml` package reads a lone `\r` as an ordinary character, and so must we. */
function isLineBreak(text: TextSource, i: number): boolean {
  const c = text.charAt(i);
  return c === '\n' || (c === '\r' && text.charAt(i + 1) === '\n');
}

/**
 * A `---` line at offset 0 only: one after a comment or a BOM leaves the text to be parsed whole
 * (the parser then decides), which is always right, if slower.
 */
function isLeadingDocumentStart(text: TextSource, at: number): boolean {
  if (at !== 0) return false;
  const nl = text.indexOf('\n');
  return LEADING_DOCUMENT_START.test(text.slice(0, nl < 0 ? text.length : nl + 1));
}

/**
 * The layout of `text`, an edit of the text `previous` was made from that kept its first
 * `prefix` and last `suffix` characters (`oldLength` long). Lines before and after the edit keep
 * their meaning (a line's role depends on its own first characters and its section's entry
 * indentation), so only the edited lines are read; anything an edit could change beyond them (a
 * section's first entry or header, the first top-level chunk, a line that makes the text or a
 * section unusual) lays the text out afresh. Equal to `layoutChunks(text)`: chunks.test.ts.
 */
export function layoutAfterEdit(previous: ChunkLayout, oldLength: number, text: TextSource, prefix: number, suffix: number): ChunkLayout {
  const old = previous.chunks;
  const lineStart = yamlLineStartOf(text, prefix);
  const oldEditEnd = oldLength - suffix;
  const delta = text.length - oldLength;
  const i = countWhere(old, (chunk) => chunk.start <= lineStart) - 1;
  if (previous.whole || i <= 0) return layoutChunks(text);
  let j = i;
  while (j + 1 < old.length && old[j + 1].start <= oldEditEnd) j++;
  const regionStart = old[i].start;
  const regionEnd = j + 1 < old.length ? old[j + 1].start + delta : text.length;
  // Lines of the region before and after the edited ones start no top-level key (they did not
  // before), except the region's first line; only the edited lines are read.
  const editEnd = text.length - suffix;
  const nl = text.indexOf('\n', editEnd);
  const edited = topLevelStarts(text, lineStart, Math.min(regionEnd, nl < 0 ? text.length : nl + 1));
  if (edited === null) return layoutChunks(text);
  const starts = lineStart > regionStart ? [regionStart, ...edited] : edited;
  // The first line must still start a top-level key (else it joins the chunk before it).
  if (starts[0] !== regionStart) return layoutChunks(text);
  const chunks: TopChunk[] = old.slice(0, i);
  starts.forEach((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : regionEnd;
    // The edit inside one section that stays one section: its entries are updated, not read again.
    const inside = i === j && starts.length === 1 && old[i].entries !== null;
    chunks.push({ start, end, entries: inside ? splitAfterEdit(text, start, end, old[i].entries!, { lineStart, end: text.length - suffix, oldEnd: oldEditEnd, delta }) : splitSection(text, start, end) });
  });
  for (let k = j + 1; k < old.length; k++) chunks.push(moved(old[k], delta));
  return { whole: false, chunks };
}

/** The top-level key lines in [from, to) (from is a line start), or null when a line there makes the text unusual. */
function topLevelStarts(text: TextSource, from: number, to: number): number[] | null {
  const starts: number[] = [];
  for (let lineStart = from; lineStart < to; ) {
    const first = lineStart === 0 ? bomLength(text) : lineStart;
    if (startsAtColumn0(text, first)) {
      if (UNUSUAL_AT_COLUMN_0.has(text.charAt(first))) return null;
      starts.push(lineStart);
    }
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return starts;
}

/**
 * The entries of a split section after an edit inside it, from the previous entries: only the
 * edited lines are read. Falls back to splitSection when the edit reaches the header or the
 * first entry's line (they decide the section's form and its entry indentation).
 */
function splitAfterEdit(text: TextSource, start: number, end: number, oldEntries: EntrySpan[], edit: { lineStart: number; end: number; oldEnd: number; delta: number }): EntrySpan[] | null {
  const { lineStart: editLineStart, end: editEnd, oldEnd, delta } = edit;
  const first = oldEntries[0].start;
  const firstLineEnd = text.indexOf('\n', first);
  if (editLineStart <= firstLineEnd || firstLineEnd < 0) return splitSection(text, start, end);
  let indent = 0;
  while (text.charCodeAt(first + indent) === SPACE) indent++;
  const nl = text.indexOf('\n', editEnd);
  const readEnd = Math.min(end, nl < 0 ? text.length : nl + 1);
  const starts: number[] = [];
  for (const entry of oldEntries) {
    if (entry.start >= editLineStart) break;
    starts.push(entry.start);
  }
  if (scanEntryLines(text, editLineStart, readEnd, end, indent, starts) === null) return null;
  // Entries after the edit (never one whose start the edit replaced), where they moved.
  for (const entry of oldEntries) if (entry.start >= oldEnd && entry.start + delta >= readEnd) starts.push(entry.start + delta);
  return entrySpans(starts, end);
}

function moved(chunk: TopChunk, delta: number): TopChunk {
  if (delta === 0) return chunk;
  return { start: chunk.start + delta, end: chunk.end + delta, entries: chunk.entries?.map((e) => ({ start: e.start + delta, end: e.end + delta })) ?? null };
}
