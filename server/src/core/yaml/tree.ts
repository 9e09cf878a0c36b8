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
  return pair.key.kind === 'scalar' ? String(pair.key.value) : '';
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

/** Moves every offset of a tree by `delta` (used when a cached chunk moved in the text). */
export function shiftTree(node: YNode, delta: number): void {
  node.start += delta;
  node.end += delta;
  if (node.kind === 'map') {
    for (const pair of node.pairs) {
      pair.start += delta;
      pair.end += delta;
      shiftTree(pair.key, delta);
      if (pair.value) shiftTree(pair.value, delta);
    }
  } else if (node.kind === 'seq') {
    for (const item of node.items) shiftTree(item, delta);
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
      for (const pair of node.pairs) out[pair.key.kind === 'scalar' ? String(pair.key.value) : JSON.stringify(toJson(pair.key))] = toJson(pair.value);
      return out;
    }
  }
}
