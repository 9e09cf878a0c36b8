import { afterBreak, lineEndOf, lineStartOf } from '../text/lineIndex';
import type { YNode, YPair } from '../yaml/tree';
import type { OffsetEdit } from './textEdits';
import { refuse } from './refusal';

/**
 * Where a value sits in the text, read from the text itself rather than from the tree: an alias
 * node in the tree is its anchored target (elsewhere in the file), a null value may cover the
 * space before a comment, and a block scalar's range runs from its header through its last line
 * break. Edits that replace a value go through here, so every builder handles empty values with
 * comments, tags, anchors, aliases and block scalars the same way.
 */

const SPACE = /[ \t]/;
/** Characters that end an alias or anchor name (YAML: whitespace and flow indicators). */
const NAME_END = /[\s,[\]{}]/;

function skipSpaces(text: string, at: number): number {
  while (at < text.length && SPACE.test(text[at])) at++;
  return at;
}

/** Skips spaces, line breaks and comments. */
function skipSpacesAndComments(text: string, at: number): number {
  for (;;) {
    at = skipSpaces(text, at);
    if (text[at] === '#') at = lineEndOf(text, at);
    if (text[at] === '\n' || text[at] === '\r') at = afterBreak(text, at);
    else return at;
  }
}

function nameEnd(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length && !NAME_END.test(text[i])) i++;
  return i;
}

/** The `:` of a pair, or -1 when it has none (`{ a }` in a flow map). */
export function colonOf(text: string, pair: YPair): number {
  let at = skipSpacesAndComments(text, pair.key.end);
  // A quoted or plain key ends right before its colon; an explicit key (`? do`) has it on the next line.
  if (text[at] === ':') return at;
  at = skipSpaces(text, pair.key.end);
  return text[at] === ':' ? at : -1;
}

/** A value's node properties (`!!tag`, `&anchor`) and where its own text starts. */
interface Props {
  /** Where the first property starts (the value's start when it has none). */
  start: number;
  anchor?: string;
  tagged: boolean;
  /** The first character after the properties: the value, an alias's `*`, a block header… */
  token: number;
}

/** Reads the properties written on the line from `at` on (after a colon). */
function readProps(text: string, at: number): Props {
  const start = skipSpaces(text, at);
  let token = start;
  let anchor: string | undefined;
  let tagged = false;
  while (text[token] === '!' || text[token] === '&') {
    const end = nameEnd(text, token);
    if (text[token] === '&') anchor = text.slice(token + 1, end);
    else tagged = true;
    token = skipSpaces(text, end);
  }
  return { start, anchor, tagged, token };
}

/** Reads the properties that end right before a node's start (backwards, over spaces and line breaks). */
function propsBefore(text: string, node: YNode): Props {
  let start = node.start;
  let anchor: string | undefined;
  let tagged = false;
  for (;;) {
    let end = start;
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    let begin = end;
    while (begin > 0 && !/[\s,[\]{}]/.test(text[begin - 1])) begin--;
    const word = text.slice(begin, end);
    if (begin === end || !(word[0] === '!' || word[0] === '&') || inComment(text, begin)) break;
    if (word[0] === '&') anchor = word.slice(1);
    else tagged = true;
    start = begin;
  }
  return { start, anchor, tagged, token: node.start };
}

/** Whether an offset lies in a comment (after a `#` that starts the line or follows a space). */
function inComment(text: string, offset: number): boolean {
  const start = lineStartOf(text, offset);
  return /(^|[ \t])#/.test(text.slice(start, offset));
}

/** What a pair's value is, as written. */
export type ValueSlot =
  /** Nothing after the colon but properties, spaces, a comment or a line break: write at `at` (right after the colon). */
  | { kind: 'empty'; at: number; props: Props | null }
  /** `*name`: the alias itself, never its target. */
  | { kind: 'alias'; start: number; end: number }
  /** A node written here (scalar, flow or block collection, block scalar). */
  | { kind: 'node'; node: YNode; props: Props };

export function valueSlot(text: string, pair: YPair): ValueSlot {
  const colon = colonOf(text, pair);
  if (colon < 0) return { kind: 'empty', at: pair.key.end, props: null };
  const value = pair.value;
  // The tree holds an alias's target, which an anchor puts before the alias.
  const first = skipSpacesAndComments(text, colon + 1);
  if (value && value.start < colon && text[first] === '*') return { kind: 'alias', start: first, end: nameEnd(text, first) };
  const props = readProps(text, colon + 1);
  // A null written as nothing (`key:`, `key: # note`, `key: !!str`) has an empty range.
  if (!value || (value.kind === 'scalar' && value.start === value.end)) {
    return { kind: 'empty', at: colon + 1, props: props.token !== props.start ? props : null };
  }
  return { kind: 'node', node: value, props: propsBefore(text, value) };
}

/** Where a pair's text really ends (an alias ends at its name, not at its target). */
export function pairEnd(text: string, pair: YPair): number {
  const slot = valueSlot(text, pair);
  if (slot.kind === 'alias') return slot.end;
  if (slot.kind === 'empty') return Math.max(pair.key.end, slot.props ? slot.props.token : slot.at);
  return Math.max(slot.node.end, pair.key.end);
}

/** A block scalar's header (`|`, `>-`, `|2+`…), when the node is one. */
export function blockHeader(text: string, node: YNode): { end: number; keep: boolean; lineEnd: number } | null {
  if (node.kind !== 'scalar' || (text[node.start] !== '|' && text[node.start] !== '>')) return null;
  let end = node.start + 1;
  while (/[-+0-9]/.test(text[end] ?? '')) end++;
  return { end, keep: text.slice(node.start, end).includes('+'), lineEnd: lineEndOf(text, end) };
}

/** The end of a block scalar's last non-blank line (its range runs on through the line breaks after it). */
function blockContentEnd(text: string, node: YNode, headerLineEnd: number): number {
  let end = Math.min(node.end, text.length);
  while (end > headerLineEnd && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * Replaces a node's text by `newText` (one line of YAML): its tag is dropped (it typed the old
 * value), an anchor is kept, and a block scalar's header becomes the value while its comment
 * stays on the line and its content lines go. Block collections are refused: their lines and
 * comments would be lost.
 */
export function replaceNode(text: string, node: YNode, newText: string, props: Props = propsBefore(text, node)): OffsetEdit[] {
  if (node.kind !== 'scalar' && !node.flow) refuse('edit.refused-block', text.slice(lineStartOf(text, node.start), lineEndOf(text, node.start)).trim());
  const value = props.anchor !== undefined ? `&${props.anchor} ${newText}` : newText;
  const header = blockHeader(text, node);
  if (!header) return [{ start: props.start, end: node.end, newText: value }];
  const contentEnd = blockContentEnd(text, node, header.lineEnd);
  const edits: OffsetEdit[] = [{ start: props.start, end: header.end, newText: value }];
  if (contentEnd > header.lineEnd) edits.push({ start: header.lineEnd, end: contentEnd, newText: '' });
  return edits;
}

/**
 * The edits that make a pair's value `newText`: right after the colon when the value is empty
 * (a comment after it stays, one space away), in place of an alias, or in place of the node.
 */
export function replaceValueEdits(text: string, pair: YPair, newText: string): OffsetEdit[] {
  const slot = valueSlot(text, pair);
  if (slot.kind === 'alias') return [{ start: slot.start, end: slot.end, newText }];
  if (slot.kind === 'node') return replaceNode(text, slot.node, newText, slot.props);
  const colon = colonOf(text, pair);
  const end = slot.props ? slot.props.token : slot.at;
  const value = slot.props?.anchor !== undefined ? `&${slot.props.anchor} ${newText}` : newText;
  if (colon < 0) return [{ start: slot.at, end: slot.at, newText: `: ${value}` }];
  const gap = text[end] === '#' ? ' ' : '';
  return [{ start: slot.at, end, newText: ` ${value}${gap}` }];
}

/**
 * The span of an id's own text in a scalar node: inside quotes, or the one content line of a
 * block scalar (`plan: >- # note` + `  my-plan`), so a rename leaves the header and comment be.
 */
export function scalarTextSpan(text: string, node: YNode): { start: number; end: number } {
  const header = blockHeader(text, node);
  if (header) {
    const start = skipSpacesAndComments(text, header.end);
    const end = blockContentEnd(text, node, header.lineEnd);
    if (start < end && !/[\r\n]/.test(text.slice(start, end))) return { start, end };
    return { start: node.start, end: node.end };
  }
  if (node.kind === 'scalar' && node.quoted && node.end - node.start >= 2) return { start: node.start + 1, end: node.end - 1 };
  return { start: node.start, end: node.end };
}
