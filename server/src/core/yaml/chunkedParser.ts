import { Composer, Parser, type CST, type Document } from 'yaml';
import { layoutAfterEdit, layoutChunks, type ChunkLayout, type EntrySpan, type TopChunk } from './chunks';
import { findConflicts, hasMarkerLine, type ConflictBlock } from './conflicts';
import { appendAll, countWhere, spliceRun, type ListChange } from '../model/listChange';
import { LineIndex } from '../text/lineIndex';
import type { TextSource } from '../text/textSource';
import { tryFastParse } from './fastChunk';
import { convertDocument } from './convert';
import { countLineFeeds, findExcessiveNesting, MAX_NESTING, MAX_PLAN_CHARACTERS, sizeExcess } from './limits';
import { ChunkPlace, keyString, setJsonKey, toJson, type SyntaxProblem, type YMap, type YNode, type YPair } from './tree';

export interface ParsedYaml {
  /** The root node, or null for an empty document. */
  root: YNode | null;
  /**
   * The document as plain JSON (for schema validation). A split section's value (one `id:` pair
   * an entry) is built when first read: the schema check reads such sections entry by entry
   * from `entryValues`, so an edit does not rebuild a 20,000-key object it never looks at.
   */
  json: unknown;
  /** For each split section's map, the JSON of each pair's value, in order. */
  entryValues?: Map<YMap, readonly unknown[]>;
  problems: SyntaxProblem[];
  conflicts: ConflictBlock[];
  /** Line starts of the text (kept up to date around each edit). */
  lines: LineIndex;
  /** The length of the parsed text: no range may end past it. */
  length?: number;
  /** How many chunks had to be parsed (the rest came from the cache): for tests and benchmarks. */
  parsedChunks: number;
  /**
   * Where this text differs from the one the same parser parsed last: outside [start, end) the
   * two are the same (a first parse: the whole text). For work that can skip what did not change.
   */
  changed?: { start: number; end: number; since?: object };
  /** Names this parse: a later parse's `changed.since` is this when its region is counted from this parse's text. */
  stamp?: object;
}

/** A parsed chunk as cached. Moved when its text moves (see ChunkPlace). */
interface ParsedChunk {
  /** Where it was parsed: it starts at `parsedAt + place.shift` now. */
  parsedAt: number;
  /** What its nodes read their offsets through, and how far the chunk moved since it was parsed. */
  place: ChunkPlace;
  /** The parse that last used it: a chunk serves at most one place per parse. */
  stamp?: number;
  root: YNode | null;
  /**
   * When the root is a map, the JSON of each of its values, in order (see FastParse.values for
   * why not one object keyed by the root's keys); otherwise empty.
   */
  values: unknown[];
  problems: SyntaxProblem[];
  /** An alias names an anchor outside this chunk: the text must be parsed whole. */
  unresolvedAlias: boolean;
}

type ChunkKind = 'whole' | 'top' | 'header' | 'entry';

/**
 * Parses plan text chunk by chunk (see chunks.ts) and remembers the chunks of the previous call,
 * so that parsing the next version of the same document re-parses only what changed.
 * One instance per document; a fresh instance gives the same result as a warm one.
 */
export class ChunkedYamlParser {
  /**
   * The previous parse: its text and its chunks by kind and start offset. An edit leaves the
   * text before it and after it unchanged, and chunks there are found by position without
   * reading their text; only chunks around the edit are looked up by text (built on demand).
   */
  private previous: PlacedChunks = emptyPlaced();
  private next: PlacedChunks = emptyPlaced();
  private unchanged = { prefix: 0, suffix: 0, delta: 0 };
  private byText: Map<string, ParsedChunk[]> | null = null;
  private generation = 0;
  private parsed = 0;
  private fast = 0;

  /** How many chunks the last `parse` read with the fast path (fastChunk.ts): for tests and benchmarks. */
  get fastChunks(): number {
    return this.fast;
  }

  /**
   * Parses `text`. `known`, when given, is the caller's word for where the text differs from
   * the last one this parser parsed (an editor's change events say so): its first `prefix` and
   * last `suffix` characters are that text's. It saves comparing the two texts, a pass over the
   * whole document; a region that does not fit both texts is ignored.
   */
  parse(text: TextSource, known?: KnownEdit): ParsedYaml {
    if (text.length > MAX_PLAN_CHARACTERS) return this.refuse(text);
    const edit = known && fitsBoth(known, this.previous.raw.length, text.length) ? { prefix: known.prefix, suffix: known.suffix, delta: text.length - this.previous.raw.length } : unchangedEnds(this.previous.raw, text);
    const lineIndex = LineIndex.afterEdit(this.previous.lineIndex, text, edit.prefix, edit.suffix);
    // Without conflict markers before, and none on the edited lines, there are none now: the
    // masked text is the text and the edit is the same (the common case costs one short search).
    const { blocks, masked } = this.previous.conflictFree && !hasMarkerLine(text, edit.prefix, text.length - edit.suffix) ? { blocks: [], masked: text } : findConflicts(text);
    const unchanged = masked === text && this.previous.conflictFree ? edit : unchangedEnds(this.previous.text, masked);
    // Lines counted around the edit only (masking keeps every line break where it was).
    const lines = this.previous.lines - countLineFeeds(this.previous.text, unchanged.prefix, this.previous.text.length - unchanged.suffix) + countLineFeeds(masked, unchanged.prefix, masked.length - unchanged.suffix);
    if (sizeExcess(text.length, lines)) return this.refuse(text, lineIndex);
    this.parsed = 0;
    this.fast = 0;
    this.generation++;
    this.unchanged = unchanged;
    this.byText = null;
    this.next = { text: masked, raw: text, conflictFree: blocks.length === 0, lineIndex, layout: null, lines, sections: [], sectionByStart: new Map(), stamp: {} };
    try {
      const layout = this.previous.layout ? layoutAfterEdit(this.previous.layout, this.previous.text.length, masked, unchanged.prefix, unchanged.suffix) : layoutChunks(masked);
      this.next.layout = layout;
      const assembled = layout.whole ? null : this.assemble(masked, layout.chunks);
      const { root, json, problems, entryValues } = assembled ?? this.parseWhole(masked);
      problems.sort((a, b) => a.start - b.start || a.end - b.end);
      const changed = { start: edit.prefix, end: text.length - edit.suffix, since: this.previous.stamp };
      return { root, json, entryValues, problems, conflicts: blocks, lines: lineIndex, length: text.length, parsedChunks: this.parsed, changed, stamp: this.next.stamp };
    } finally {
      this.previous = this.next;
      this.byText = null;
    }
  }

  /** A text beyond the size limits (limits.ts): one TOO_LARGE problem on its first line, nothing parsed or kept. */
  private refuse(text: TextSource, lineIndex = new LineIndex(text)): ParsedYaml {
    this.previous = emptyPlaced();
    this.parsed = 0;
    this.fast = 0;
    const end = Math.max(1, Math.min(lineEndAt(text, 0), 1000));
    const problem: SyntaxProblem = { start: 0, end, code: 'TOO_LARGE', message: 'The plan is too large to check.' };
    return { root: null, json: null, problems: [problem], conflicts: [], lines: lineIndex, length: text.length, parsedChunks: 0 };
  }

  private parseWhole(text: TextSource): { root: YNode | null; json: unknown; problems: SyntaxProblem[]; entryValues?: undefined } {
    // Sections placed before an assembly gave up would overlap the one whole chunk.
    this.next.sections = [];
    this.next.sectionByStart = new Map();
    this.openSection(0, text.length);
    const chunk = this.chunk(text, 0, text.length, 'whole');
    return { root: chunk.root, json: documentJson(chunk), problems: [...chunk.problems] };
  }

  /** The document from its chunks, or null when the chunks only make sense together (aliases across chunks). */
  private assemble(text: TextSource, chunks: TopChunk[]): { root: YNode | null; json: unknown; problems: SyntaxProblem[]; entryValues: Map<YMap, readonly unknown[]> } | null {
    const entryValues = new Map<YMap, readonly unknown[]>();
    const problems: SyntaxProblem[] = [];
    const rootPairs: YPair[] = [];
    const rootJson: Record<string, unknown> = {};
    const rootKeys = new Set<string>();
    for (const top of chunks) {
      let parts: ChunkParts | 'cross-chunk' | null = this.reuseSection(top);
      if (!parts) {
        const placed = this.openSection(top.start, top.end);
        parts = (top.entries ? this.assembleSection(text, top, top.entries, placed) : null) ?? this.topChunk(text, top, placed);
        if (parts === 'cross-chunk') return null;
        placed.parts = parts;
      }
      appendAll(problems, parts.problems);
      for (const { pair, json } of parts.pairs) {
        const key = keyString(pair.key);
        if (rootKeys.has(key)) problems.push(duplicateKey(pair, key));
        rootKeys.add(key);
        rootPairs.push(pair);
        if (json instanceof LazySectionJson) {
          entryValues.set(json.map, json.values);
          // A getter, so the object is built when read; configurable, so a later duplicate key replaces it.
          Object.defineProperty(rootJson, key, { get: () => json.value(), enumerable: true, configurable: true });
        } else if (Object.prototype.hasOwnProperty.call(rootJson, key)) {
          Object.defineProperty(rootJson, key, { value: json, writable: true, enumerable: true, configurable: true });
        } else {
          setJsonKey(rootJson, key, json);
        }
      }
    }
    if (rootPairs.length === 0) return { root: null, json: null, problems, entryValues };
    const root: YMap = { kind: 'map', start: rootPairs[0].start, end: rootPairs[rootPairs.length - 1].end, flow: false, pairs: rootPairs };
    return { root, json: rootJson, problems, entryValues };
  }

  /** The pairs of a top-level chunk parsed as one piece. */
  private topChunk(text: TextSource, top: TopChunk, placed: PlacedSection): ChunkParts | 'cross-chunk' {
    const chunk = this.chunk(text, top.start, top.end, 'top');
    if (chunk.unresolvedAlias) return 'cross-chunk';
    const problems = [...chunk.problems];
    if (chunk.root === null) return { pairs: [], problems }; // comments only
    if (chunk.root.kind !== 'map') {
      const problem: SyntaxProblem = { start: chunk.root.start, end: chunk.root.end, code: 'EXPECTED_KEY', message: 'Expected a "key: value" line at the top level.' };
      placed.ownProblems.push(problem);
      problems.push(problem);
      return { pairs: [], problems };
    }
    const values = chunk.values;
    return { pairs: chunk.root.pairs.map((pair, i) => ({ pair, json: values[i] })), problems };
  }

  /**
   * A section (`actions:` and its entries) from one chunk per entry, or null when an entry is not
   * a `key:` map (then the section is not a map of entries, say `resume:` followed by an indented
   * text, and is parsed as one piece).
   */
  private assembleSection(text: TextSource, top: TopChunk, entries: EntrySpan[], placed: PlacedSection): ChunkParts | 'cross-chunk' | null {
    const spliced = this.spliceSection(text, top, entries, placed);
    if (spliced) return spliced;
    const header = this.chunk(text, top.start, entries[0].start, 'header');
    if (header.unresolvedAlias) return 'cross-chunk';
    const headerPair = header.root?.kind === 'map' && header.root.pairs.length === 1 ? header.root.pairs[0] : null;
    if (!headerPair || !(headerPair.value === null || isEmptyScalar(headerPair.value))) return null;
    const problems = [...header.problems];
    const pairs: YPair[] = [];
    const values: unknown[] = [];
    const keys: string[] = [];
    const seen = new Set<string>();
    for (const span of entries) {
      const entry = this.chunk(text, span.start, span.end, 'entry');
      if (entry.unresolvedAlias) return 'cross-chunk';
      if (entry.root !== null && entry.root.kind !== 'map') return null;
      appendAll(problems, entry.problems);
      if (entry.root === null) continue;
      entry.root.pairs.forEach((pair, i) => {
        const key = keyString(pair.key);
        if (seen.has(key)) {
          const duplicate = duplicateKey(pair, key);
          placed.ownProblems.push(duplicate);
          problems.push(duplicate);
        }
        seen.add(key);
        keys.push(key);
        pairs.push(pair);
        values.push(entry.values[i]);
      });
    }
    if (pairs.length === 0) return { pairs: [{ pair: headerPair, json: null }], problems };
    const map: YMap = { kind: 'map', start: pairs[0].start, end: pairs[pairs.length - 1].end, flow: false, pairs };
    const sectionPair: YPair = { key: headerPair.key, value: map, start: headerPair.start, end: map.end };
    placed.ownNodes.push(map, sectionPair);
    // One pair an entry, no problems: the next parse can splice this section (spliceSection).
    if (problems.length === 0 && pairs.length === entries.length && placed.chunks.length === entries.length + 1) {
      placed.split = { headerPair, entries: placed.chunks.slice(1), pairs, values, keys, keySet: seen };
      return { pairs: [{ pair: sectionPair, json: new LazySectionJson(map, keys, values) }], problems };
    }
    // Not splittable (a duplicate key, an entry of several pairs, a problem): the JSON now, each key's last value.
    return { pairs: [{ pair: sectionPair, json: jsonOf(keys, values) }], problems };
  }

  /**
   * The section the edit is in, from the previous parse's assembly of it: its entries before and
   * after the edit are taken over in one piece each (those after moved), and only the entries in
   * between are looked up or parsed. Null (having changed nothing) unless the section starts
   * before the edit, its header is unchanged, and every entry is one `id:` pair without problems,
   * now and before (then assembleSection does the whole section).
   */
  private spliceSection(text: TextSource, top: TopChunk, entries: EntrySpan[], placed: PlacedSection): ChunkParts | null {
    const { prefix, suffix, delta } = this.unchanged;
    const old = this.previous.sectionByStart.get(top.start);
    const split = old?.split;
    if (!old || !split || entries[0].start > prefix || split.entries[0]?.start !== entries[0].start - top.start) return null;
    const base = top.start;
    const oldCount = split.entries.length;
    const count = entries.length;
    const unchangedFrom = this.next.text.length - suffix;
    // An entry's extent follows from its lines and the line break before them, so entries that end
    // before the edit are the old ones, and entries that start after its first unchanged character
    // are the old ones moved: both runs are found by binary search and checked at their ends, so a
    // keystroke in a section of thousands of entries does not walk them. A check that fails (it
    // cannot, by that argument) falls back to comparing entry by entry.
    const same = (i: number, j: number, shift: number) => split.entries[j].start + shift === entries[i].start - base && split.entries[j].end + shift === entries[i].end - base;
    let before = Math.min(countWhere(entries, (span) => span.end < prefix), oldCount);
    if (before > 0 && !same(before - 1, before - 1, 0)) {
      before = 0;
      while (before < count && before < oldCount && entries[before].end <= prefix && same(before, before, 0)) before++;
    }
    let after = Math.min(count - countWhere(entries, (span) => span.start <= unchangedFrom), count - before, oldCount - before);
    if (after > 0 && !(same(count - after, oldCount - after, delta) && same(count - 1, oldCount - 1, delta))) {
      after = 0;
      while (after < count - before && after < oldCount - before && entries[count - 1 - after].start >= unchangedFrom && same(count - 1 - after, oldCount - 1 - after, delta)) after++;
    }
    // The entries in between, parsed or reused as usual; each must be one pair without problems.
    const header = split.entries.length ? old.chunks[0] : undefined;
    if (!header || header.kind !== 'header') return null;
    placed.chunks.push(header);
    appendAll(placed.chunks, split.entries.slice(0, before));
    const middle: YPair[] = [];
    const middleValues: unknown[] = [];
    for (let i = before; i < count - after; i++) {
      const chunk = this.chunk(text, entries[i].start, entries[i].end, 'entry');
      if (chunk.unresolvedAlias || chunk.problems.length || chunk.root?.kind !== 'map' || chunk.root.pairs.length !== 1) return this.unsplice(placed);
      middle.push(chunk.root.pairs[0]);
      middleValues.push(chunk.values[0]);
    }
    // Keys: the dropped entries' go, the new ones' come; a key seen twice needs the full assembly (it reports duplicates).
    const middleKeys = middle.map((pair) => keyString(pair.key));
    // The previous parse's set is taken over (its record is dropped after this parse).
    const keySet = split.keySet;
    for (let i = before; i < oldCount - after; i++) keySet.delete(split.keys[i]);
    for (const key of middleKeys) {
      if (keySet.has(key)) return this.unsplice(placed);
      keySet.add(key);
    }
    const trailing = split.entries.slice(oldCount - after);
    for (const entry of split.entries.slice(0, before)) entry.chunk.stamp = this.generation;
    for (const entry of trailing) {
      if (delta !== 0) moveChunk(entry.chunk, delta);
      entry.chunk.stamp = this.generation;
      placed.chunks.push(delta === 0 ? entry : { kind: entry.kind, start: entry.start + delta, end: entry.end + delta, chunk: entry.chunk });
    }
    const change: ListChange = { start: before, oldEnd: oldCount - after, newEnd: count - after };
    const pairs = spliceRun(split.pairs, change, middle);
    const values = spliceRun(split.values, change, middleValues);
    const keys = spliceRun(split.keys, change, middleKeys);
    const headerPair = split.headerPair;
    const map: YMap = { kind: 'map', start: pairs[0].start, end: pairs[pairs.length - 1].end, flow: false, pairs };
    const sectionPair: YPair = { key: headerPair.key, value: map, start: headerPair.start, end: map.end };
    placed.ownNodes.push(map, sectionPair);
    placed.split = { headerPair, entries: placed.chunks.slice(1), pairs, values, keys, keySet };
    return { pairs: [{ pair: sectionPair, json: new LazySectionJson(map, keys, values) }], problems: [...header.chunk.problems] };
  }

  /** Gives up a splice: the section is assembled in full instead (chunks found so far are found again). */
  private unsplice(placed: PlacedSection): null {
    placed.chunks = [];
    return null;
  }

  /** Starts recording the chunks of a top-level chunk (a section) at [start, end). */
  private openSection(start: number, end: number): PlacedSection {
    const section: PlacedSection = { start, end, chunks: [], parts: null, ownNodes: [], ownProblems: [] };
    this.next.sections.push(section);
    this.next.sectionByStart.set(start, section);
    return section;
  }

  /**
   * The previous parse's assembly of a section the edit did not touch (same extent, wholly before
   * or after the edit), moved to its new place: nothing in it is looked up, parsed or assembled
   * again, and the section keeps its tree objects, so what is derived from them can be reused too.
   */
  private reuseSection(top: TopChunk): ChunkParts | null {
    const { prefix, suffix, delta } = this.unchanged;
    const after = top.start >= this.next.text.length - suffix;
    if (top.end > prefix && !after) return null;
    const shift = top.end <= prefix ? 0 : delta;
    const old = this.previous.sectionByStart.get(top.start - shift);
    if (!old || !old.parts || old.end !== top.end - shift) return null;
    if (shift !== 0) {
      for (const placed of old.chunks) moveChunk(placed.chunk, shift);
      for (const node of old.ownNodes) {
        node.start += shift;
        node.end += shift;
      }
      for (const problem of old.ownProblems) {
        problem.start += shift;
        problem.end += shift;
      }
    }
    // A new record (the chunks' relative offsets hold as they are): the previous parse's records
    // keep their offsets, by which its other sections are still looked up during this parse.
    const moved: PlacedSection = { ...old, start: top.start, end: top.end, cursor: undefined, cursorGeneration: undefined };
    this.next.sections.push(moved);
    this.next.sectionByStart.set(moved.start, moved);
    return old.parts;
  }

  private chunk(text: TextSource, start: number, end: number, kind: ChunkKind): ParsedChunk {
    // A first parse has no chunks to reuse: it skips building a text key for each of its chunks.
    const reusable = this.previous.sections.length > 0;
    let chunk = reusable ? (this.reuseByPosition(start, end, kind) ?? this.reuseByText(text.slice(start, end), kind)) : undefined;
    if (chunk) {
      const at = chunk.parsedAt + chunk.place.shift;
      if (at !== start) moveChunk(chunk, start - at);
    } else {
      const source = ownCopy(text.slice(start, end));
      const place = new ChunkPlace();
      const fast = tryFastParse(source, start, place);
      if (fast) this.fast++;
      chunk = fast ? { parsedAt: start, place, root: fast.root, values: fast.values, problems: [], unresolvedAlias: false } : parseChunk(source, start, place);
      this.parsed++;
    }
    chunk.stamp = this.generation;
    const section = this.next.sections[this.next.sections.length - 1];
    section.chunks.push({ kind, start: start - section.start, end: end - section.start, chunk });
    return chunk;
  }

  /** The previous parse's chunk of the same kind and extent in the unchanged text before or after the edit. */
  private reuseByPosition(start: number, end: number, kind: ChunkKind): ParsedChunk | undefined {
    const { prefix, suffix, delta } = this.unchanged;
    let shift: number;
    if (end <= prefix) shift = 0;
    else if (start >= this.next.text.length - suffix) shift = delta;
    else return undefined;
    const oldStart = start - shift;
    const section = sectionAt(this.previous.sections, oldStart);
    if (!section) return undefined;
    const old = this.placedAt(section, kind, oldStart - section.start);
    return old && old.end === end - shift - section.start && old.chunk.stamp !== this.generation ? old.chunk : undefined;
  }

  /**
   * The chunk of a kind placed at a relative start of a previous section. A section's entries
   * are asked for in text order, so a cursor walking its chunk list finds each in a step or two;
   * anything else is looked up by position (a map built on first need).
   */
  private placedAt(section: PlacedSection, kind: ChunkKind, start: number): Placed | undefined {
    const chunks = section.chunks;
    if (section.cursorGeneration !== this.generation) {
      section.cursorGeneration = this.generation;
      section.cursor = 0;
    }
    let i = section.cursor ?? 0;
    while (i < chunks.length && chunks[i].start < start) i++;
    if (i < chunks.length && chunks[i].start === start && chunks[i].kind === kind) {
      section.cursor = i + 1;
      return chunks[i];
    }
    section.byPosition ??= new Map(chunks.map((placed) => [positionKey(placed.kind, placed.start), placed]));
    return section.byPosition.get(positionKey(kind, start));
  }

  /** A previous chunk with the same text (a moved or re-typed entry), from the chunks around the edit. */
  private reuseByText(source: string, kind: ChunkKind): ParsedChunk | undefined {
    if (!this.byText) {
      this.byText = new Map();
      const { prefix, suffix } = this.unchanged;
      const changedEnd = this.previous.text.length - suffix;
      for (const section of this.previous.sections) {
        if (section.end <= prefix || section.start >= changedEnd) continue;
        for (const placed of section.chunks) {
          const start = section.start + placed.start;
          const end = section.start + placed.end;
          // Chunks wholly before or after the edit were offered by position already.
          if (end <= prefix || start >= changedEnd) continue;
          const key = placed.kind + '\u0000' + this.previous.text.slice(start, end);
          const list = this.byText.get(key);
          if (list) list.push(placed.chunk);
          else this.byText.set(key, [placed.chunk]);
        }
      }
    }
    const list = this.byText.get(kind + '\u0000' + source);
    while (list?.length) {
      const chunk = list.pop()!;
      if (chunk.stamp !== this.generation) return chunk;
    }
    return undefined;
  }
}

interface ChunkParts {
  pairs: Array<{ pair: YPair; json: unknown }>;
  problems: SyntaxProblem[];
}

/** A chunk as placed by a parse; offsets relative to its section's start. */
interface Placed {
  kind: ChunkKind;
  start: number;
  end: number;
  chunk: ParsedChunk;
}

/**
 * One top-level chunk as a parse placed it: its chunks and what they assembled to. Chunk offsets
 * are relative to the section, so a section reused whole after an edit before it only moves.
 */
interface PlacedSection {
  /** Where it is in the text of the parse that placed (or last moved) it. */
  start: number;
  end: number;
  chunks: Placed[];
  /** Chunks by kind and relative start, built when a later parse looks one up out of order. */
  byPosition?: Map<number, Placed>;
  /** Where a later parse's in-order lookups have got to in `chunks` (see placedAt), and which parse. */
  cursor?: number;
  cursorGeneration?: number;
  /** The assembled section, or null when it could not be assembled alone. */
  parts: ChunkParts | null;
  /** A section of one `id:` pair an entry and no problems, as the next parse can splice it (spliceSection). */
  split?: SplitSection;
  /** What the assembly made that is in no chunk (the section's map and pair, duplicate-key problems): moved with it. */
  ownNodes: Array<{ start: number; end: number }>;
  ownProblems: SyntaxProblem[];
}

/** The JSON of a split section, built from its keys and values when first asked for. */
class LazySectionJson {
  private built: Record<string, unknown> | undefined;

  constructor(
    readonly map: YMap,
    private readonly keys: readonly string[],
    readonly values: readonly unknown[],
  ) {}

  value(): Record<string, unknown> {
    this.built ??= jsonOf(this.keys, this.values);
    return this.built;
  }
}

/** A map's JSON from its keys and values in order (a key written twice keeps its last value). */
function jsonOf(keys: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) setJsonKey(json, keys[i], values[i]);
  return json;
}

/** A split section's entries and what they assembled to, one item an entry, in order. */
interface SplitSection {
  headerPair: YPair;
  /** The entry chunks (the section's chunks after its header). */
  entries: Placed[];
  pairs: YPair[];
  /** Each pair's value as JSON. */
  values: unknown[];
  keys: string[];
  keySet: Set<string>;
}

const KIND_NUMBER: Record<ChunkKind, number> = { whole: 0, top: 1, header: 2, entry: 3 };

function positionKey(kind: ChunkKind, relativeStart: number): number {
  return relativeStart * 4 + KIND_NUMBER[kind];
}

/** The section whose extent holds `offset` (sections are in text order and do not overlap). */
function sectionAt(sections: readonly PlacedSection[], offset: number): PlacedSection | undefined {
  const section = sections[countWhere(sections, (s) => s.start <= offset) - 1];
  return section && offset < section.end ? section : undefined;
}

interface PlacedChunks {
  /** The parsed text: conflict markers and the other side blanked (conflicts.ts). */
  text: TextSource;
  /** The text as given, and its line index. */
  raw: TextSource;
  lineIndex: LineIndex;
  /** The raw text has no conflict markers (then it is `text`). */
  conflictFree: boolean;
  /** How `text` was split (null until a parse got that far). */
  layout: ChunkLayout | null;
  /** How many lines the text has (line feeds + 1). */
  lines: number;
  /** Its top-level chunks in text order, and by start. */
  sections: PlacedSection[];
  sectionByStart: Map<number, PlacedSection>;
  /** The stamp of the parse result (ParsedYaml.stamp). */
  stamp: object;
}

function emptyPlaced(): PlacedChunks {
  return { text: '', raw: '', lineIndex: new LineIndex(''), conflictFree: true, layout: null, lines: 1, sections: [], sectionByStart: new Map(), stamp: {} };
}

/** Where a text differs from the previous one: its first `prefix` and last `suffix` characters are the previous text's. */
export interface KnownEdit {
  prefix: number;
  suffix: number;
}

function fitsBoth(edit: KnownEdit, before: number, after: number): boolean {
  const { prefix, suffix } = edit;
  return Number.isInteger(prefix) && Number.isInteger(suffix) && prefix >= 0 && suffix >= 0 && prefix + suffix <= Math.min(before, after);
}

/**
 * How much of the text is unchanged at its start and at its end (`delta` = new length − old).
 * Compares blocks with `===` first (a native comparison), then characters inside the first
 * differing block.
 */
export function unchangedEnds(before: TextSource, after: TextSource): { prefix: number; suffix: number; delta: number } {
  const limit = Math.min(before.length, after.length);
  const BLOCK = 4096;
  let prefix = 0;
  while (prefix + BLOCK <= limit && before.slice(prefix, prefix + BLOCK) === after.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const room = limit - prefix;
  while (suffix + BLOCK <= room && before.slice(before.length - suffix - BLOCK, before.length - suffix) === after.slice(after.length - suffix - BLOCK, after.length - suffix)) suffix += BLOCK;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { prefix, suffix, delta: after.length - before.length };
}

/** Moves a cached chunk to its new place in the text: its nodes move with its place (ChunkPlace). */
function moveChunk(chunk: ParsedChunk, delta: number): void {
  chunk.place.shift += delta;
  for (const problem of chunk.problems) {
    problem.start += delta;
    problem.end += delta;
  }
}

/** A chunk read by the `yaml` package: the reference the fast path must equal (fastChunk.test.ts). */
export function parseChunk(source: string, base: number, place = new ChunkPlace()): ParsedChunk {
  const problems: SyntaxProblem[] = [];
  const at = (start: number, end: number, code: string, message: string): void => {
    // Errors at the end of the text may point one past it; every range stays inside the text.
    const s = Math.min(Math.max(start, 0), source.length);
    problems.push({ start: base + s, end: base + Math.min(Math.max(end, s + 1), source.length), code, message });
  };
  let root: YNode | null = null;
  let unresolvedAlias = false;
  try {
    const tokens: CST.Token[] = Array.from(new Parser().parse(source));
    const tooDeep = findExcessiveNesting(tokens);
    if (tooDeep !== null) {
      at(tooDeep, tooDeep + 1, 'TOO_DEEP', `The data here is nested more than ${MAX_NESTING} levels deep; a career plan never needs that.`);
      return { parsedAt: base, place, root: null, values: [], problems, unresolvedAlias };
    }
    const { doc, next } = firstDocument(tokens, source.length);
    for (const error of doc.errors) {
      const [start, end] = /^Missing closing .quote/.test(error.message) ? openingQuote(tokens, source, error.pos[0]) : error.pos;
      // The yaml package's words stay here; what users read is chosen by yaml/syntaxKinds.ts.
      at(start, end, error.code, error.message);
    }
    if (next) at(next, source.startsWith('---', next) ? next + 3 : lineEndAt(source, next), 'MULTIPLE_DOCS', 'A plan file holds one document: this "---" starts a second one. Delete it (and merge what follows into the plan), or move it to its own file.');
    const converted = convertDocument(doc, base, source.length, problems, place);
    // `---` alone gives an empty scalar: the document is as empty as one without the marker.
    root = isEmptyScalar(converted.root) ? null : converted.root;
    unresolvedAlias = converted.unresolvedAlias;
  } catch (error) {
    // The parser is robust, but a bug in it (or a stack overflow) must never take the analysis down with it.
    const message = error instanceof RangeError ? 'The data here is nested too deeply to read.' : `The YAML parser failed here: ${(error as Error).message}`;
    at(0, 1, 'PARSER_FAILURE', message);
  }
  return { parsedAt: base, place, root, values: root?.kind === 'map' ? root.pairs.map((pair) => toJson(pair.value)) : [], problems, unresolvedAlias };
}

/** The JSON of a chunk's whole tree, equal to toJson(chunk.root) (which values spare building per chunk). */
export function documentJson(chunk: Pick<ParsedChunk, 'root' | 'values'>): unknown {
  if (chunk.root?.kind !== 'map') return toJson(chunk.root);
  const json: Record<string, unknown> = {};
  chunk.root.pairs.forEach((pair, i) => setJsonKey(json, keyString(pair.key), chunk.values[i]));
  return json;
}

/** The first document of the text, and the offset where a second one starts (0 when there is none). */
function firstDocument(tokens: CST.Token[], length: number): { doc: Document.Parsed; next: number } {
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, strict: true, keepSourceTokens: false });
  let doc: Document.Parsed | undefined;
  for (const each of composer.compose(tokens, true, length)) {
    if (doc) return { doc, next: each.range[0] };
    doc = each;
  }
  return { doc: doc!, next: 0 };
}

/**
 * An unclosed quote is reported where the text ends, which may be many lines later; the quoted
 * scalar token knows where it opened, so the problem goes there (to the end of that line).
 */
function openingQuote(tokens: CST.Token[], source: string, reportedAt: number): [number, number] {
  const stack: CST.Token[] = [...tokens];
  while (stack.length) {
    const token = stack.pop()!;
    if ((token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') && token.offset + token.source.length >= reportedAt && token.offset < reportedAt) {
      return [token.offset, lineEndAt(source, token.offset)];
    }
    if (token.type === 'document' && token.value) stack.push(token.value);
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items as CST.CollectionItem[]) {
        if (item.key) stack.push(item.key);
        if (item.value) stack.push(item.value);
      }
    }
  }
  return [reportedAt, reportedAt + 1];
}

function lineEndAt(source: TextSource, from: number): number {
  const nl = source.indexOf('\n', from);
  return nl < 0 ? source.length : nl;
}

function duplicateKey(pair: YPair, key: string): SyntaxProblem {
  return { start: pair.key.start, end: pair.key.end, code: 'DUPLICATE_KEY', message: `The key "${key}" appears twice in the same map; keep only one of them.` };
}

function isEmptyScalar(node: YNode | null): boolean {
  return node !== null && node.kind === 'scalar' && node.value === null && node.start === node.end;
}

/**
 * The chunk's text as a string of its own. A slice of the document is a view that keeps the whole
 * document alive, and so would every key, id and value cut from it: a cached chunk would hold
 * the version of the document it was parsed from, one per edit place (a 200,000-line plan is
 * 6 MB a version). Concatenating makes the engine copy the piece once; what is cut from it
 * holds the chunk only.
 */
function ownCopy(piece: string): string {
  return (' ' + piece).slice(1);
}
