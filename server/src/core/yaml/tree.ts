/**
 * A plain-data view of a YAML document with absolute source offsets (UTF-16 code units).
 * Rules and features read this tree instead of the `yaml` package's node classes, so the
 * parse can be split into chunks, cached and moved (ChunkPlace) without the rest of the core
 * noticing.
 */
export type YNode = YScalar | YMap | YSeq;

export interface YScalar {
  kind: 'scalar';
  start: number;
  end: number;
  /** The resolved value (string, number, boolean or null under the YAML 1.2 core schema). */
  value: unknown;
  /** True when the scalar was written in quotes. */
  quoted: boolean;
}

export interface YPair {
  key: YNode;
  /** Null when the key has no value node at all (`key:` at the end of a flow map, say). */
  value: YNode | null;
  start: number;
  end: number;
}

export interface YMap {
  kind: 'map';
  start: number;
  end: number;
  flow: boolean;
  pairs: YPair[];
}

export interface YSeq {
  kind: 'seq';
  start: number;
  end: number;
  flow: boolean;
  items: YNode[];
}

export interface SyntaxProblem {
  start: number;
  end: number;
  message: string;
  /** The `yaml` package's error code, or our own for problems found between chunks. */
  code: string;
}

/** The key of a pair as text (ids are always map keys). */
export function keyText(pair: YPair): string {
  return keyString(pair.key);
}

/** A key as the JSON of the document spells it, exactly as `yaml.parse` does (`~:` and `:` are ""). */
export function keyString(key: YNode): string {
  if (key.kind !== 'scalar') return JSON.stringify(toJson(key));
  return key.value === null || key.value === undefined ? '' : String(key.value);
}

/** The value node of `key` in a map, if any. Linear in the map's size, which is small for fixed keys. */
export function getPair(map: YMap, key: string): YPair | undefined {
  for (const pair of map.pairs) if (pair.key.kind === 'scalar' && pair.key.value === key) return pair;
  return undefined;
}

export function getValue(map: YMap | null | undefined, key: string): YNode | null {
  if (!map) return null;
  return getPair(map, key)?.value ?? null;
}

export function asMap(node: YNode | null | undefined): YMap | null {
  return node && node.kind === 'map' ? node : null;
}

export function asSeq(node: YNode | null | undefined): YSeq | null {
  return node && node.kind === 'seq' ? node : null;
}

export function asScalar(node: YNode | null | undefined): YScalar | null {
  return node && node.kind === 'scalar' ? node : null;
}

/**
 * Where a parsed chunk sits in the text. The chunk's nodes (made by the functions below) keep
 * the offsets they were parsed at and read them through their place's `shift`, so a chunk that
 * moves after an edit moves with one addition instead of a walk of its tree: at every keystroke
 * all of a plan after the edit moves, half of a 50,000-line plan on average. The nodes are the
 * very objects they were, so everything derived from them and keyed by them (model entries,
 * schema results, kept rule reports) stays valid. The contract that follows: a parse's tree
 * describes the latest text given to its parser; an older result keeps its values but not its
 * offsets. The offsets are accessors: a span is copied by naming `start` and `end`, never by
 * spreading a node (`{ ...node }` has no offsets).
 */
export class ChunkPlace {
  shift = 0;
}

/** A node's offsets, as parsed plus its chunk's shift (written offsets are stored the same way). */
class Placed {
  private s: number;
  private e: number;

  constructor(
    private readonly place: ChunkPlace,
    start: number,
    end: number,
  ) {
    this.s = start - place.shift;
    this.e = end - place.shift;
  }

  get start(): number {
    return this.s + this.place.shift;
  }

  set start(offset: number) {
    this.s = offset - this.place.shift;
  }

  get end(): number {
    return this.e + this.place.shift;
  }

  set end(offset: number) {
    this.e = offset - this.place.shift;
  }
}

class PlacedScalar extends Placed implements YScalar {
  readonly kind = 'scalar';
  constructor(place: ChunkPlace, start: number, end: number, public value: unknown, public quoted: boolean) {
    super(place, start, end);
  }
}

class PlacedMap extends Placed implements YMap {
  readonly kind = 'map';
  constructor(place: ChunkPlace, start: number, end: number, public flow: boolean, public pairs: YPair[]) {
    super(place, start, end);
  }
}

class PlacedSeq extends Placed implements YSeq {
  readonly kind = 'seq';
  constructor(place: ChunkPlace, start: number, end: number, public flow: boolean, public items: YNode[]) {
    super(place, start, end);
  }
}

class PlacedPair extends Placed implements YPair {
  constructor(place: ChunkPlace, public key: YNode, public value: YNode | null, start: number, end: number) {
    super(place, start, end);
  }
}

/** A chunk's scalar at [start, end) of the text as it is now. */
export function scalarAt(place: ChunkPlace, start: number, end: number, value: unknown, quoted: boolean): YScalar {
  return new PlacedScalar(place, start, end, value, quoted);
}

export function mapAt(place: ChunkPlace, start: number, end: number, flow: boolean, pairs: YPair[]): YMap {
  return new PlacedMap(place, start, end, flow, pairs);
}

export function seqAt(place: ChunkPlace, start: number, end: number, flow: boolean, items: YNode[]): YSeq {
  return new PlacedSeq(place, start, end, flow, items);
}

export function pairAt(place: ChunkPlace, key: YNode, value: YNode | null, start: number, end: number): YPair {
  return new PlacedPair(place, key, value, start, end);
}

/** The plain JSON value of a tree, for schema validation. */
export function toJson(node: YNode | null): unknown {
  if (!node) return null;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toJson);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const pair of node.pairs) setJsonKey(out, keyString(pair.key), toJson(pair.value));
      return out;
    }
  }
}

/** Keys that plain assignment would not make own properties (`__proto__`, `constructor`, …). */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * `obj[key] = value`, except that a key like `__proto__` becomes an own property, as in
 * `yaml.parse`. The set is checked rather than `key in obj`: on an object with many keys (a big
 * section) the `in` lookup, which also searches the prototype, cost as much as the assignment.
 */
export function setJsonKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (INHERITED.has(key) && !Object.prototype.hasOwnProperty.call(obj, key)) {
    Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}
