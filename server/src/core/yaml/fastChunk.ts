import { ChunkPlace, mapAt, pairAt, scalarAt, seqAt, setJsonKey, type YMap, type YNode, type YPair, type YScalar, type YSeq } from './tree';

/**
 * A strict parser for the plain YAML that plans are made of, used before the `yaml` package.
 *
 * Why: on a 50,000-line plan, composing thousands of chunks with `yaml` costs about a second,
 * while nearly every chunk is a block mapping of one-line `key: value` lines. This parser reads
 * exactly that subset and returns what `parseChunk` (the `yaml` package, then convertDocument)
 * gives: same shape, same offsets, same values, no problems. Whenever the text steps outside it
 * returns null and the caller uses the `yaml` package. It never guesses: fastChunk.test.ts
 * compares it with `yaml` on every chunk of the examples, the fixtures, generated plans and
 * random YAML-ish text.
 *
 * Subset: space-indented block mappings with plain keys; block sequences (`- value`,
 * `- key: value` compact mappings); one-line plain, single- and double-quoted scalars (simple
 * escapes only); one-line flow sequences and mappings of such scalars, nested a few levels;
 * comments and blank lines; CRLF line breaks.
 */
export interface FastParse {
  /** A block mapping, or null for a chunk of comments and blank lines. */
  root: YMap | null;
  /**
   * The JSON of each of the root's values, in order. Not one object keyed by the root's keys:
   * every entry chunk has its own key (an id), and a million small objects with a million
   * different keys make V8 grow one hidden-class transition list, quadratically.
   */
  values: unknown[];
}

/** `place`: the chunk's place, which its nodes read their offsets through (tree.ts). */
export function tryFastParse(source: string, base: number, place = new ChunkPlace()): FastParse | null {
  if (UNSUPPORTED.test(source)) return null;
  if (SURROGATE.test(source) && LONE_SURROGATE.test(source)) return null;
  try {
    const parser = new FastChunkParser(source, base, place);
    const root = parser.parse();
    return { root, values: root ? (parser.json as unknown[]) : [] };
  } catch (error) {
    if (error === BAIL) return null;
    throw error;
  }
}

/** Thrown (never an Error: no stack to capture) when the text leaves the subset. */
const BAIL = Symbol('outside the fast subset');
function bail(): never {
  throw BAIL;
}

/** Tabs, control and special line-break characters, a BOM, and a lone CR (which `yaml` reads as text). */
const UNSUPPORTED = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/;
const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Nesting deeper than any plan: leave it to the `yaml` package and its limits. */
const MAX_DEPTH = 40;
/** Flow collections nest only a little in plans. */
const MAX_FLOW_DEPTH = 3;
/** `yaml` (strict) refuses implicit keys longer than 1024 characters; stay well away from that. */
const MAX_KEY_LENGTH = 1000;

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const NEWLINE = 0x0a;

/** Characters that may not start a plain scalar or key (YAML indicators); `-` is checked apart. */
const INDICATOR = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
const hasOwn = (obj: object, key: string): boolean => Object.prototype.hasOwnProperty.call(obj, key);

/**
 * One parse of one chunk. Each method that reads a node returns it and leaves its JSON in
 * `json` (and, for flow items, the offset after it in `after`), so no second walk builds the JSON.
 */
class FastChunkParser {
  /** Per line: its start, the start of its text (after the indentation) and the end of its text (before `\r\n` or `\n`). */
  private readonly lines: number[] = [];
  /** The content line being parsed, or -1 past the last one. */
  private line = -1;
  json: unknown = null;
  private after = 0;
  /*
   * Scanning with these (native code) rather than character by character matters: the parser
   * runs mostly before the JIT has warmed up. Each one skips the characters that are not its
   * stops and never crosses a line break, so a search costs at most the rest of its line (a
   * search to the end of the text made long lists quadratic). Per instance because of `lastIndex`.
   */
  private readonly keyStop = /[^:#"',[\]{}\n]*/y;
  private readonly plainStop = /[^#:[\]{}\n]*/y;
  private readonly compactStop = /[^:#\n]*/y;
  private readonly flowStop = /[^,:\]}[{#"'\n]*/y;
  private readonly doubleQuoteStop = /[^"\\\n]*/y;
  private readonly singleQuoteStop = /[^'\n]*/y;

  constructor(
    private readonly src: string,
    private readonly base: number,
    private readonly place: ChunkPlace,
  ) {}

  parse(): YMap | null {
    const first = this.scanLines();
    if (first < 0) return null;
    const start = this.textStart(first);
    if (this.isSeqItem(start, first)) bail();
    this.line = first;
    const root = this.blockMap(this.indent(first), start, 0);
    if (this.line >= 0) bail(); // a line less indented than the first one
    return root;
  }

  /** Splits the text into lines; returns the first content line, or -1 if there is none. */
  private scanLines(): number {
    const src = this.src;
    const length = src.length;
    const lines = this.lines;
    let first = -1;
    let start = 0;
    for (;;) {
      const newline = src.indexOf('\n', start);
      const end = newline < 0 ? length : newline;
      const textEnd = end > start && src.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
      let i = start;
      while (i < textEnd && src.charCodeAt(i) === SPACE) i++;
      if (i < textEnd && src.charCodeAt(i) !== HASH) {
        if (i === start && (src.startsWith('---', i) || src.startsWith('...', i))) bail(); // document markers
        if (first < 0) first = lines.length / 3;
      }
      lines.push(start, i, textEnd);
      if (newline < 0) return first;
      start = newline + 1;
    }
  }

  private textStart(line: number): number {
    return this.lines[line * 3 + 1];
  }

  private textEnd(line: number): number {
    return this.lines[line * 3 + 2];
  }

  private indent(line: number): number {
    return this.lines[line * 3 + 1] - this.lines[line * 3];
  }

  private nextContent(line: number): number {
    const lines = this.lines;
    const count = lines.length / 3;
    for (let next = line + 1; next < count; next++) {
      const start = lines[next * 3 + 1];
      if (start < lines[next * 3 + 2] && this.src.charCodeAt(start) !== HASH) return next;
    }
    return -1;
  }

  /** `-` followed by a space or the end of the line: a block sequence item. */
  private isSeqItem(at: number, line: number): boolean {
    if (this.src.charCodeAt(at) !== DASH) return false;
    return at + 1 === this.textEnd(line) || this.src.charCodeAt(at + 1) === SPACE;
  }

  /**
   * A block mapping whose keys sit at column `column`; the first key starts at `keyStart` on the
   * current line. Like every block collection of the tree, it ends where its last entry ends.
   */
  private blockMap(column: number, keyStart: number, depth: number): YMap {
    if (depth > MAX_DEPTH) bail();
    const src = this.src;
    const pairs: YPair[] = [];
    // The root keeps its values in a list and its keys in a set (see FastParse.values).
    const isRoot = depth === 0;
    const json: Record<string, unknown> = {};
    const rootValues: unknown[] = [];
    const rootNames = new Set<string>();
    let at = keyStart;
    for (;;) {
      const line = this.line;
      const textEnd = this.textEnd(line);
      const colon = this.keyColon(at, textEnd);
      let keyEnd = colon;
      while (src.charCodeAt(keyEnd - 1) === SPACE) keyEnd--;
      const key = this.plainScalar(at, keyEnd);
      const name = key.value === null ? '' : String(key.value);
      if ((isRoot ? rootNames.has(name) : hasOwn(json, name)) || name === '<<') bail(); // duplicates are errors; merge keys are not in the subset
      let p = colon + 1;
      while (p < textEnd && src.charCodeAt(p) === SPACE) p++;
      let value: YNode;
      if (p === textEnd || src.charCodeAt(p) === HASH) {
        const next = this.nextContent(line);
        if (next >= 0 && this.indent(next) > column) {
          this.line = next;
          const nested = this.textStart(next);
          value = this.isSeqItem(nested, next) ? this.blockSeq(this.indent(next), depth + 1) : this.blockMap(this.indent(next), nested, depth + 1);
        } else {
          // An empty value sits right after the colon and the spaces that follow it.
          value = this.scalarNode(p, p, null, false);
          this.line = next;
        }
      } else {
        value = this.inlineValue(p, textEnd);
        const next = this.nextContent(line);
        if (next >= 0 && this.indent(next) > column) bail(); // a continuation line or an error
        this.line = next;
      }
      if (isRoot) {
        rootNames.add(name);
        rootValues.push(this.json);
      } else {
        setJsonKey(json, name, this.json);
      }
      pairs.push(pairAt(this.place, key, value, key.start, value.end));
      const next = this.line;
      if (next < 0) break;
      const indent = this.indent(next);
      if (indent < column) break;
      if (indent > column) bail();
      at = this.textStart(next);
      if (this.isSeqItem(at, next)) bail();
    }
    this.json = isRoot ? rootValues : json;
    return mapAt(this.place, this.base + keyStart, pairs[pairs.length - 1].end, false, pairs);
  }

  /** A block sequence whose dashes sit at column `column`, starting on the current line. */
  private blockSeq(column: number, depth: number): YSeq {
    if (depth > MAX_DEPTH) bail();
    const src = this.src;
    const items: YNode[] = [];
    const json: unknown[] = [];
    const start = this.textStart(this.line);
    for (;;) {
      const line = this.line;
      const textEnd = this.textEnd(line);
      let p = this.textStart(line) + 1;
      while (p < textEnd && src.charCodeAt(p) === SPACE) p++;
      if (p === textEnd || src.charCodeAt(p) === HASH || this.isSeqItem(p, line)) bail();
      let item: YNode;
      if (this.startsCompactMap(p, textEnd)) {
        item = this.blockMap(p - this.lines[line * 3], p, depth + 1);
      } else {
        item = this.inlineValue(p, textEnd);
        const next = this.nextContent(line);
        if (next >= 0 && this.indent(next) > column) bail();
        this.line = next;
      }
      items.push(item);
      json.push(this.json);
      const next = this.line;
      if (next < 0) break;
      const indent = this.indent(next);
      if (indent < column) break;
      if (indent > column || !this.isSeqItem(this.textStart(next), next)) bail();
    }
    this.json = json;
    return seqAt(this.place, this.base + start, items[items.length - 1].end, false, items);
  }

  /** Whether a sequence item's text is `key: …` (a compact mapping) rather than a scalar. */
  private startsCompactMap(p: number, textEnd: number): boolean {
    const c = this.src[p];
    if (c === '"' || c === "'" || c === '[' || c === '{') return false;
    for (let i = this.find(this.compactStop, p); i >= 0 && i < textEnd; i = this.find(this.compactStop, i + 1)) {
      if (this.src.charCodeAt(i) === COLON) {
        if (i + 1 === textEnd || this.src.charCodeAt(i + 1) === SPACE) return true;
      } else if (this.src.charCodeAt(i - 1) === SPACE) {
        return false; // a comment
      }
    }
    return false;
  }

  /**
   * The offset of the first stop character of `skip` (a sticky "run of non-stops" pattern) at or
   * after `from` on the same line, or -1 when the line (or the text) ends first.
   */
  private find(skip: RegExp, from: number): number {
    skip.lastIndex = from;
    skip.test(this.src);
    const at = skip.lastIndex;
    return at < this.src.length && this.src.charCodeAt(at) !== NEWLINE ? at : -1;
  }

  /** The offset of the `:` ending a plain implicit key that starts at `p`. */
  private keyColon(p: number, textEnd: number): number {
    const src = this.src;
    if (INDICATOR.has(src[p])) bail();
    const i = this.find(this.keyStop, p);
    if (i < 0 || i >= textEnd) bail(); // no `key:` on this line
    // Quotes, comments and flow indicators inside a key are left to `yaml`, and so is a colon
    // not followed by a space.
    if (src.charCodeAt(i) !== COLON || !(i + 1 === textEnd || src.charCodeAt(i + 1) === SPACE)) bail();
    if (i - p > MAX_KEY_LENGTH) bail();
    return i;
  }

  /** A value written on the rest of the line: a scalar or a one-line flow collection. */
  private inlineValue(p: number, textEnd: number): YNode {
    const src = this.src;
    const c = src[p];
    let node: YNode;
    if (c === '"' || c === "'") node = this.quoted(p, textEnd);
    else if (c === '[' || c === '{') node = this.flow(p, textEnd, 1);
    else return this.blockPlain(p, textEnd);
    // Only a comment may follow, separated by white space.
    const after = this.after;
    let i = after;
    while (i < textEnd && src.charCodeAt(i) === SPACE) i++;
    if (i < textEnd && !(src.charCodeAt(i) === HASH && i > after)) bail();
    return node;
  }

  /** A plain scalar in block context, ending at ` #` or the end of the line. */
  private blockPlain(p: number, textEnd: number): YScalar {
    const src = this.src;
    this.checkPlainStart(p, textEnd);
    let end = textEnd;
    for (let i = this.find(this.plainStop, p); i >= 0 && i < textEnd; i = this.find(this.plainStop, i + 1)) {
      const c = src.charCodeAt(i);
      if (c === HASH) {
        if (src.charCodeAt(i - 1) === SPACE) {
          end = i;
          break;
        }
      } else if (c === COLON) {
        if (i + 1 === textEnd || src.charCodeAt(i + 1) === SPACE) bail();
      } else {
        bail(); // flow indicators
      }
    }
    while (src.charCodeAt(end - 1) === SPACE) end--;
    return this.plainScalar(p, end);
  }

  private checkPlainStart(p: number, textEnd: number): void {
    const c = this.src[p];
    if (c === '-') {
      const next = p + 1 < textEnd ? this.src[p + 1] : ' ';
      if (next === ' ' || INDICATOR.has(next)) bail();
    } else if (INDICATOR.has(c)) {
      bail();
    }
  }

  private plainScalar(start: number, end: number): YScalar {
    return this.scalarNode(start, end, resolvePlain(this.src.slice(start, end)), false);
  }

  private scalarNode(start: number, end: number, value: unknown, quoted: boolean): YScalar {
    this.json = value;
    return scalarAt(this.place, this.base + start, this.base + end, value, quoted);
  }

  /** A quoted scalar closed on the same line; `after` is left after its closing quote. */
  private quoted(p: number, textEnd: number): YScalar {
    const src = this.src;
    if (src[p] === "'") {
      let value = '';
      let from = p + 1;
      for (;;) {
        const close = this.find(this.singleQuoteStop, from);
        if (close < 0 || close >= textEnd) bail();
        value += src.slice(from, close);
        if (src[close + 1] === "'" && close + 1 < textEnd) {
          value += "'";
          from = close + 2;
        } else {
          this.after = close + 1;
          return this.scalarNode(p, close + 1, value, true);
        }
      }
    }
    let value = '';
    let from = p + 1;
    for (let i = this.find(this.doubleQuoteStop, from); ; i = this.find(this.doubleQuoteStop, i + 1)) {
      if (i < 0 || i >= textEnd) bail(); // not closed on this line
      value += src.slice(from, i);
      if (src[i] === '"') {
        this.after = i + 1;
        return this.scalarNode(p, i + 1, value, true);
      }
      const escape = src[i + 1];
      if (escape === '"' || escape === '\\') value += escape;
      else if (escape === 'n') value += '\n';
      else if (escape === 't') value += '\t';
      else if (escape === 'u') {
        const hex = src.slice(i + 2, i + 6);
        if (i + 6 > textEnd || !/^[0-9a-fA-F]{4}$/.test(hex)) bail();
        value += String.fromCharCode(parseInt(hex, 16));
        i += 4;
      } else bail();
      i++;
      from = i + 1;
    }
  }

  /** A flow collection closed on the same line; `after` is left after its closing bracket. */
  private flow(p: number, textEnd: number, depth: number): YNode {
    if (depth > MAX_FLOW_DEPTH) bail();
    const src = this.src;
    const isSeq = src[p] === '[';
    const close = isSeq ? ']' : '}';
    const items: YNode[] = [];
    const pairs: YPair[] = [];
    const seqJson: unknown[] = [];
    const mapJson: Record<string, unknown> = {};
    let i = this.skipSpaces(p + 1, textEnd);
    if (src[i] === close) i++;
    else {
      for (;;) {
        if (isSeq) {
          items.push(this.flowValue(i, textEnd, depth));
          seqJson.push(this.json);
        } else {
          const keyEnd = this.flowPlainEnd(i, textEnd);
          if (src[keyEnd] !== ':' || src.charCodeAt(keyEnd + 1) !== SPACE) bail();
          let trimmed = keyEnd;
          while (src.charCodeAt(trimmed - 1) === SPACE) trimmed--;
          const key = this.plainScalar(i, trimmed);
          const name = key.value === null ? '' : String(key.value);
          if (hasOwn(mapJson, name) || name === '<<') bail();
          const value = this.flowValue(this.skipSpaces(keyEnd + 1, textEnd), textEnd, depth);
          setJsonKey(mapJson, name, this.json);
          pairs.push(pairAt(this.place, key, value, key.start, value.end));
        }
        i = this.skipSpaces(this.after, textEnd);
        const c = src[i];
        if (c === close) {
          i++;
          break;
        }
        if (c !== ',') bail();
        i = this.skipSpaces(i + 1, textEnd);
        if (i >= textEnd || src[i] === close || src[i] === ',') bail(); // trailing or doubled comma
      }
    }
    this.after = i;
    this.json = isSeq ? seqJson : mapJson;
    const start = this.base + p;
    const end = this.base + i;
    return isSeq ? seqAt(this.place, start, end, true, items) : mapAt(this.place, start, end, true, pairs);
  }

  /** A value inside a flow collection; `after` is left right after it. */
  private flowValue(p: number, textEnd: number, depth: number): YNode {
    const c = this.src[p];
    if (c === '"' || c === "'") return this.quoted(p, textEnd);
    if (c === '[' || c === '{') return this.flow(p, textEnd, depth + 1);
    const end = this.flowPlainEnd(p, textEnd);
    const next = this.src[end];
    if (next !== ',' && next !== ']' && next !== '}') bail();
    let trimmed = end;
    while (this.src.charCodeAt(trimmed - 1) === SPACE) trimmed--;
    this.after = trimmed;
    return this.plainScalar(p, trimmed);
  }

  /** Where a plain scalar inside a flow collection ends: at `,`, `:`, a bracket or the line's end (untrimmed). */
  private flowPlainEnd(p: number, textEnd: number): number {
    const src = this.src;
    if (p >= textEnd) bail();
    this.checkPlainStart(p, textEnd);
    const i = this.find(this.flowStop, p);
    if (i < 0 || i >= textEnd) bail(); // runs to the end of the line
    const c = src[i];
    if (c === ',' || c === ':' || c === ']' || c === '}') return i;
    return bail(); // a nested opening bracket, a comment or a quote inside the scalar
  }

  private skipSpaces(i: number, textEnd: number): number {
    while (i < textEnd && this.src.charCodeAt(i) === SPACE) i++;
    return i;
  }
}

/*
 * The YAML 1.2 core schema exactly as the `yaml` package resolves plain scalars
 * (dist/schema/core/*.js and common/null.js, tried in this order); anything else is a string.
 */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** First characters of every non-string form above; other scalars skip the regexes. */
const MAYBE_TYPED = /^[~nNtTfF0-9+.-]/;
/** Any of the forms above, in one test: most scalars that pass MAYBE_TYPED (dates, say) are strings. */
const ANY_TYPED = new RegExp(`^(?:${[NULL, BOOL, INT_OCT, INT, INT_HEX, FLOAT_NAN, FLOAT_EXP, FLOAT].map((r) => r.source.slice(1, -1)).join('|')})$`);

export function resolvePlain(text: string): unknown {
  if (text === '') return null;
  if (!MAYBE_TYPED.test(text) || !ANY_TYPED.test(text)) return text;
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  if (FLOAT_NAN.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(text)) return parseFloat(text);
  if (FLOAT.test(text)) return parseFloat(text);
  return text;
}
