import { parseDocument } from 'yaml';
import { layoutChunks } from './chunks';
import { findConflicts, type ConflictBlock } from './conflicts';
import { convertDocument } from './convert';
import { shiftTree, toJson, type SyntaxProblem, type YMap, type YNode, type YPair } from './tree';

export interface ParsedYaml {
  /** The root node, or null for an empty document. */
  root: YNode | null;
  /** The document as plain JSON (for schema validation). */
  json: unknown;
  problems: SyntaxProblem[];
  conflicts: ConflictBlock[];
  /** How many chunks had to be parsed (the rest came from the cache): for tests and benchmarks. */
  parsedChunks: number;
}

interface ParsedChunk {
  base: number;
  root: YNode | null;
  json: unknown;
  problems: SyntaxProblem[];
  /** Chunks with aliases are DAGs; shifting them would move shared nodes twice, so they are never reused. */
  reusable: boolean;
}

type ChunkKind = 'whole' | 'top' | 'header' | 'entry';

/**
 * Parses plan text chunk by chunk (see chunks.ts) and remembers the chunks of the previous call,
 * so that parsing the next version of the same document re-parses only what changed.
 * One instance per document; a fresh instance gives the same result as a warm one.
 */
export class ChunkedYamlParser {
  private cache = new Map<string, ParsedChunk[]>();
  private nextCache = new Map<string, ParsedChunk[]>();
  private parsed = 0;

  parse(text: string): ParsedYaml {
    const { blocks, masked } = findConflicts(text);
    this.parsed = 0;
    this.nextCache = new Map();
    const problems: SyntaxProblem[] = [];
    const layout = layoutChunks(masked);
    let root: YNode | null;
    let json: unknown;
    if (layout.whole) {
      const chunk = this.chunk(masked, 0, masked.length, 'whole');
      problems.push(...chunk.problems);
      root = chunk.root;
      json = chunk.json;
    } else {
      ({ root, json } = this.assemble(masked, layout.chunks, problems));
    }
    this.cache = this.nextCache;
    this.nextCache = new Map();
    problems.sort((a, b) => a.start - b.start);
    return { root, json, problems, conflicts: blocks, parsedChunks: this.parsed };
  }

  private assemble(text: string, chunks: ReturnType<typeof layoutChunks>['chunks'], problems: SyntaxProblem[]): { root: YNode | null; json: unknown } {
    const rootPairs: YPair[] = [];
    const rootJson: Record<string, unknown> = {};
    const rootKeys = new Map<string, YPair>();
    for (const top of chunks) {
      const headerEnd = top.entries ? top.entries[0].start : top.end;
      const header = this.chunk(text, top.start, headerEnd, top.entries ? 'header' : 'top');
      problems.push(...header.problems);
      if (header.root === null) continue; // comments only
      const headerMap = header.root.kind === 'map' ? header.root : null;
      if (!headerMap) {
        problems.push({ start: header.root.start, end: header.root.end, code: 'EXPECTED_KEY', message: 'Expected a "key: value" line at the top level.' });
        continue;
      }
      const headerJson = header.json as Record<string, unknown>;
      for (const pair of headerMap.pairs) {
        const key = pair.key.kind === 'scalar' ? String(pair.key.value) : '';
        if (top.entries) {
          const section = this.assembleSection(text, top.entries, problems);
          rootPairs.push({ key: pair.key, value: section.map, start: pair.start, end: section.map ? section.map.end : pair.end });
          rootJson[key] = section.json;
        } else {
          rootPairs.push(pair);
          rootJson[key] = headerJson[key];
        }
        checkDuplicate(rootKeys, key, rootPairs[rootPairs.length - 1], problems);
      }
    }
    if (rootPairs.length === 0) return { root: null, json: null };
    const root: YMap = { kind: 'map', start: rootPairs[0].start, end: rootPairs[rootPairs.length - 1].end, flow: false, pairs: rootPairs };
    return { root, json: rootJson };
  }

  private assembleSection(text: string, entries: { start: number; end: number }[], problems: SyntaxProblem[]): { map: YMap | null; json: Record<string, unknown> } {
    const pairs: YPair[] = [];
    const json: Record<string, unknown> = {};
    const keys = new Map<string, YPair>();
    for (const span of entries) {
      const entry = this.chunk(text, span.start, span.end, 'entry');
      problems.push(...entry.problems);
      if (entry.root === null) continue;
      if (entry.root.kind !== 'map') {
        problems.push({ start: entry.root.start, end: entry.root.end, code: 'EXPECTED_KEY', message: 'Expected an "id:" line here: each entry of this section is a key followed by a colon.' });
        continue;
      }
      const entryJson = entry.json as Record<string, unknown>;
      for (const pair of entry.root.pairs) {
        const key = pair.key.kind === 'scalar' ? String(pair.key.value) : '';
        pairs.push(pair);
        json[key] = entryJson[key];
        checkDuplicate(keys, key, pair, problems);
      }
    }
    if (pairs.length === 0) return { map: null, json };
    return { map: { kind: 'map', start: pairs[0].start, end: pairs[pairs.length - 1].end, flow: false, pairs }, json };
  }

  private chunk(text: string, start: number, end: number, kind: ChunkKind): ParsedChunk {
    const source = text.slice(start, end);
    const cacheKey = kind + '\u0000' + source;
    const candidates = this.cache.get(cacheKey);
    let chunk = candidates?.pop();
    if (chunk) {
      if (chunk.base !== start) moveChunk(chunk, start - chunk.base);
    } else {
      chunk = parseChunk(source, start);
      this.parsed++;
    }
    if (chunk.reusable) {
      const list = this.nextCache.get(cacheKey);
      if (list) list.push(chunk);
      else this.nextCache.set(cacheKey, [chunk]);
    }
    return chunk;
  }
}

function moveChunk(chunk: ParsedChunk, delta: number): void {
  chunk.base += delta;
  if (chunk.root) shiftTree(chunk.root, delta);
  for (const p of chunk.problems) {
    p.start += delta;
    p.end += delta;
  }
}

function parseChunk(source: string, base: number): ParsedChunk {
  const problems: SyntaxProblem[] = [];
  let root: YNode | null = null;
  let hasAliases = false;
  try {
    const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false, strict: true });
    for (const error of doc.errors) {
      problems.push({ start: base + error.pos[0], end: base + Math.max(error.pos[1], error.pos[0] + 1), code: error.code, message: error.message });
    }
    ({ root, hasAliases } = convertDocument(doc, base, problems));
  } catch (error) {
    // The parser is robust, but a bug in it must never take the analysis down with it.
    problems.push({ start: base, end: base + Math.min(source.length, 1), code: 'PARSER_FAILURE', message: `The YAML parser failed here: ${(error as Error).message}` });
  }
  const json = problems.some((p) => p.code === 'ALIAS_LIMIT') ? null : toJson(root);
  return { base, root, json, problems, reusable: !hasAliases };
}

function checkDuplicate(seen: Map<string, YPair>, key: string, pair: YPair, problems: SyntaxProblem[]): void {
  if (seen.has(key)) {
    problems.push({ start: pair.key.start, end: pair.key.end, code: 'DUPLICATE_KEY', message: `The key "${key}" appears twice in the same map; keep only one of them.` });
  } else {
    seen.set(key, pair);
  }
}
