/**
 * What the user is typing at a cursor, read from the text alone: a key in some map, or a value
 * (maybe an item of a flow or block list) under some key. Completion needs this on half-typed
 * lines where the YAML does not parse (`  sta`, `plan: tech-w`, `after: [pick-course, `), so it
 * follows YAML's indentation rules line by line instead of asking the parser.
 */
import { yamlLineStartOf } from '../text/lineIndex';
import type { TextSource } from '../text/textSource';
import { lastBreakBefore } from '../text/blockText';

export type PathSegment = string | number;

export interface KeyContext {
  kind: 'key';
  /** The map the key goes into (list items appear as index 0). */
  path: PathSegment[];
  prefix: string;
  /** Offsets of the word to replace (the typed prefix and the rest of the word after the cursor). */
  start: number;
  end: number;
  /** The column where the key starts (for indenting multi-line insertions). */
  column: number;
  /** Keys already present in that map, so they are not offered again. */
  siblings: string[];
  /** True when `: ` already follows the word, so only the key name is inserted. */
  hasColon: boolean;
  flow: boolean;
  /** True on a `- ` line: the word is the first thing of a list item (a scalar item or the item map's first key). */
  listItem: boolean;
}

export interface ValueContext {
  kind: 'value';
  /** The path of the value, ending with its key (a list item adds no segment: see `listItem`). */
  path: PathSegment[];
  prefix: string;
  start: number;
  end: number;
  flow: boolean;
  /** True when the value is an item of a list under `path`. */
  listItem: boolean;
  /** The other items of that list, so they are not offered again. */
  siblings: string[];
  /** The quote the value was opened with, if any. */
  quote?: string;
}

export type CursorContext = KeyContext | ValueContext | { kind: 'none' };

const NONE: CursorContext = { kind: 'none' };
const WORD = /^[^\s:#,[\]{}'"]*$/;
const KEY_LINE = /^([^\s#'"{}[\],&*!|>%@`-][^#]*?|-[^\s#]*?|"[^"]*"|'[^']*'):(?=\s|$)/;

interface LineInfo {
  start: number;
  /** The end of the line's content (before `\r\n` or `\n`). */
  end: number;
  /** Where the next line starts (text.length + 1 on the last line). */
  next: number;
  indent: number;
  /** Column of the content after a leading `- ` (equals indent when there is no dash). */
  content: number;
  dash: boolean;
  blank: boolean;
}

export function cursorContext(text: TextSource, offset: number): CursorContext {
  offset = Math.max(0, Math.min(offset, text.length));
  const line = lineAt(text, offset);
  const before = text.slice(line.start, offset);
  if (!before.trim() && offset < line.end && text.slice(offset, line.end).trim()) return NONE;
  if (inComment(before)) return NONE;
  const head = /^( *)((?:- +)?)(.*)$/.exec(before);
  if (!head || head[1].length + head[2].length > before.length) return NONE;
  const column = head[1].length + head[2].length;
  const rest = head[3];
  const dash = head[2].length > 0;
  const afterText = text.slice(offset, line.end);
  const wordAfter = /^[^\s:#,[\]{}'"]*/.exec(afterText)?.[0] ?? '';

  const keyMatch = KEY_LINE.exec(rest);
  if (!keyMatch) {
    if (!WORD.test(rest)) return NONE;
    const parent = parentPath(text, line, column, dash);
    if (!parent) return NONE;
    const hasColon = /^\s*:(\s|$)/.test(afterText.slice(wordAfter.length));
    return {
      kind: 'key',
      path: parent,
      prefix: rest,
      start: offset - rest.length,
      end: offset + wordAfter.length,
      column,
      siblings: dash ? listSiblings(text, line, offset) : mapSiblings(text, line, column),
      hasColon,
      flow: false,
      listItem: dash,
    };
  }

  const key = unquote(keyMatch[1].trim());
  const valueText = rest.slice(keyMatch[0].length);
  const parent = parentPath(text, line, column, dash);
  if (!parent) return NONE;
  const path = [...parent, key];
  const leading = /^\s*/.exec(valueText)![0].length;
  if (leading === 0 && valueText.length > 0) return NONE;
  return valueContext(valueText.slice(leading), offset, wordAfter, path);
}

/** The context inside a value typed so far (`tech-w`, `[a, b`, `{ level: 2, k`). */
function valueContext(value: string, offset: number, wordAfter: string, path: PathSegment[]): CursorContext {
  if (value.startsWith('|') || value.startsWith('>') || value.startsWith('&') || value.startsWith('!') || value.startsWith('*')) return NONE;
  if (!value.startsWith('[') && !value.startsWith('{')) {
    const quote = value[0] === '"' || value[0] === "'" ? value[0] : undefined;
    const prefix = quote ? value.slice(1) : value;
    if (quote && prefix.includes(quote)) return NONE;
    if (!quote && /\s#/.test(value)) return NONE;
    return { kind: 'value', path, prefix, start: offset - prefix.length, end: offset + (quote ? 0 : wordAfter.length), flow: false, listItem: false, siblings: [], quote };
  }
  // Flow collections: follow brackets, skipping quoted text, to the innermost open one.
  interface Frame { kind: 'seq' | 'map'; path: PathSegment[]; segmentStart: number; items: string[]; key?: string }
  const stack: Frame[] = [];
  let quote = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      const innerPath = !top ? path : top.kind === 'seq' ? [...top.path, 0] : top.key !== undefined ? [...top.path, top.key] : top.path;
      stack.push({ kind: c === '[' ? 'seq' : 'map', path: innerPath, segmentStart: i + 1, items: [] });
    } else if (c === ']' || c === '}') {
      stack.pop();
      if (stack.length === 0 && value.slice(i + 1).trim()) return NONE;
    } else if (c === ',' && top) {
      const segment = value.slice(top.segmentStart, i).trim();
      top.items.push(top.kind === 'map' ? segment.split(':')[0].trim() : segment);
      top.segmentStart = i + 1;
      top.key = undefined;
    } else if (c === ':' && top?.kind === 'map' && top.key === undefined && /\s/.test(value[i + 1] ?? ' ')) {
      top.key = unquote(value.slice(top.segmentStart, i).trim());
    }
  }
  const top = stack[stack.length - 1];
  if (!top || quote) return NONE;
  const segment = value.slice(top.segmentStart);
  const trimmed = segment.replace(/^\s+/, '');
  if (top.kind === 'map' && top.key !== undefined) {
    const valuePart = segment.slice(segment.indexOf(':') + 1).replace(/^\s+/, '');
    if (!WORD.test(valuePart)) return NONE;
    return { kind: 'value', path: [...top.path, top.key], prefix: valuePart, start: offset - valuePart.length, end: offset + wordAfter.length, flow: true, listItem: false, siblings: [] };
  }
  if (!WORD.test(trimmed)) return NONE;
  if (top.kind === 'map') {
    return { kind: 'key', path: top.path, prefix: trimmed, start: offset - trimmed.length, end: offset + wordAfter.length, column: 0, siblings: top.items, hasColon: false, flow: true, listItem: false };
  }
  return { kind: 'value', path: top.path, prefix: trimmed, start: offset - trimmed.length, end: offset + wordAfter.length, flow: true, listItem: true, siblings: top.items.map(unquote) };
}

/**
 * The keys of the maps that contain a line whose content starts at `column`: walks up the text,
 * each time to the nearest line that is indented less (a `- ` item line may share its parent
 * key's column, as in compact YAML lists). Null when the line continues a multi-line scalar.
 */
function parentPath(text: TextSource, line: LineInfo, column: number, dash: boolean): PathSegment[] | null {
  const reversed: PathSegment[] = [];
  let need = column;
  let allowEqual = false;
  if (dash) {
    reversed.push(0);
    need = line.indent;
    allowEqual = true;
  }
  let current = line;
  while (need > 0 || allowEqual) {
    if (current.start === 0) return need === 0 ? reversed.reverse() : null;
    // Lines indented `need` or more (`need` + 1 where a line at `need` counts) are passed over
    // below whatever they hold: jumping past them keeps the cursor at the end of a long section
    // from walking back over every entry before it.
    current = lineAt(text, previousLineToCheck(text, current.start, allowEqual ? need + 1 : need));
    if (current.blank) continue;
    if (current.dash) {
      if (current.indent >= need) continue;
      const body = text.slice(current.start + current.content, current.end);
      const keyMatch = current.content < need ? KEY_LINE.exec(body) : null;
      if (current.content < need) {
        if (!keyMatch || !isOpenValue(body.slice(keyMatch[0].length))) return null;
        reversed.push(unquote(keyMatch[1].trim()));
      }
      reversed.push(0);
      need = current.indent;
      allowEqual = true;
      continue;
    }
    if (current.indent > need || (current.indent === need && !allowEqual)) continue;
    const body = text.slice(current.start + current.indent, current.end);
    const keyMatch = KEY_LINE.exec(body);
    if (!keyMatch || !isOpenValue(body.slice(keyMatch[0].length))) return null;
    reversed.push(unquote(keyMatch[1].trim()));
    need = current.indent;
    allowEqual = false;
  }
  return reversed.reverse();
}

/**
 * The start of the nearest line before the line starting at `lineStart` that does not begin with
 * `indent` spaces (the text's first line when there is none). What a walk back line by line
 * would reach after passing over the more indented lines, found by a native backward search
 * (lastBreakBefore). A line start s is just after a `\n` at s − 1; the line before ours ends at
 * the `\n` at lineStart − 1, so the search is for one before that.
 */
export function previousLineToCheck(text: TextSource, lineStart: number, indent: number): number {
  return lastBreakBefore(text, lineStart - 1, indent) + 1;
}

/** True when nothing but a comment follows `key:`, so the lines below belong to it. */
function isOpenValue(after: string): boolean {
  return /^\s*(#.*)?\r?$/.test(after);
}

/** Keys at `column` in the block around `line` (bounded by the first less-indented lines). */
function mapSiblings(text: TextSource, line: LineInfo, column: number): string[] {
  const keys: string[] = [];
  const collect = (info: LineInfo): boolean => {
    if (info.blank) return true;
    if (info.indent < column || (info.dash && info.content <= column)) {
      if (info.dash && info.content === column) addKey(text, info, keys);
      return false;
    }
    if (info.indent === column && !info.dash) addKey(text, info, keys);
    return true;
  };
  visitAround(text, line, collect);
  return keys;
}

/** The scalar items of the block list around a `- ` line. */
function listSiblings(text: TextSource, line: LineInfo, offset: number): string[] {
  const items: string[] = [];
  const collect = (info: LineInfo): boolean => {
    if (info.blank || info.indent > line.indent) return true;
    if (info.indent < line.indent || !info.dash) return false;
    if (offset < info.start || offset > info.end) items.push(unquote(text.slice(info.start + info.content, info.end).replace(/\s+#.*$/, '').trim()));
    return true;
  };
  visitAround(text, line, collect);
  return items.filter(Boolean);
}

/** Shows `visit` the lines above `line`, nearest first, then those below, each way until it returns false. */
function visitAround(text: TextSource, line: LineInfo, visit: (info: LineInfo) => boolean): void {
  for (let current = line; current.start > 0; ) {
    current = lineAt(text, current.start - 1);
    if (!visit(current)) break;
  }
  for (let current = line; current.next <= text.length; ) {
    current = lineAt(text, current.next);
    if (!visit(current)) break;
  }
}

function addKey(text: TextSource, info: LineInfo, keys: string[]): void {
  const match = KEY_LINE.exec(text.slice(info.start + info.content, info.end));
  if (match) keys.push(unquote(match[1].trim()));
}

function lineAt(text: TextSource, offset: number): LineInfo {
  const start = yamlLineStartOf(text, offset);
  const newline = text.indexOf('\n', offset);
  let end = newline < 0 ? text.length : newline;
  const next = end + 1;
  if (end > start && text.charAt(end - 1) === '\r') end--;
  let i = start;
  while (i < end && text.charAt(i) === ' ') i++;
  const indent = i - start;
  let content = indent;
  let dash = false;
  if (text.charAt(i) === '-' && (i + 1 === end || text.charAt(i + 1) === ' ')) {
    dash = true;
    let j = i + 1;
    while (j < end && text.charAt(j) === ' ') j++;
    content = j - start;
  }
  const blank = i >= end || text.charAt(i) === '#' || (text.charAt(i) === '\t' && !text.slice(i, end).trim());
  return { start, end, next, indent, content, dash, blank };
}

function inComment(before: string): boolean {
  let quote = '';
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s:[{,-]/.test(before[i - 1])) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(before[i - 1]))) {
      return true;
    }
  }
  return false;
}

function unquote(text: string): string {
  if (text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0]) return text.slice(1, -1);
  return text;
}
