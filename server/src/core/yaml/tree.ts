/**
 * A plain-data view of a YAML document with absolute source offsets (UTF-16 code units).
 * Rules and features read this tree instead of the `yaml` package's node classes, so the
 * parse can be split into chunks, cached and shifted without the rest of the core noticing.
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
 * Moves every offset of a tree by `delta`, in place (for a cached chunk that moved in the text).
 * In place on purpose: the chunk keeps its node objects, so everything derived from them and
 * keyed by them (model entries, schema results) stays valid and is reused after an edit, and a
 * 50,000-line plan allocates nothing for the chunks an edit did not touch. The contract that
 * follows: a parse's tree describes the latest text given to its parser; an older result keeps
 * its values but not its offsets. `seen` guards shared nodes of a tree with aliases.
 */
export function shiftTree(node: YNode, delta: number, seen?: Set<YNode>): void {
  if (seen) {
    if (seen.has(node)) return;
    seen.add(node);
  }
  node.start += delta;
  node.end += delta;
  if (node.kind === 'map') {
    for (const pair of node.pairs) {
      pair.start += delta;
      pair.end += delta;
      shiftTree(pair.key, delta, seen);
      if (pair.value !== null) shiftTree(pair.value, delta, seen);
    }
  } else if (node.kind === 'seq') {
    for (const item of node.items) shiftTree(item, delta, seen);
  }
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
