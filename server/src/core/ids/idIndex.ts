import type { YNode, YPair, YScalar } from '../yaml/tree';
import { DEFINITION_SITES, KEY_REFERENCE_SITES, REFERENCE_SITES, scopeOf, type IdKind } from './idSites';

/**
 * `definition`: the id's own key (`actions: { pick-course: ... }`); `need`: a key of a plan's
 * needs, which names a skill and declares it when `skills` does not; `reference`: a value that
 * names an id.
 */
export type OccurrenceRole = 'definition' | 'need' | 'reference';

export interface IdOccurrence {
  kind: IdKind;
  id: string;
  /** For ids unique only within a parent (an experiment: its plan's id); '' otherwise. */
  scope: string;
  node: YScalar;
  role: OccurrenceRole;
}

/** The id sites as a trie over path segments (`*` for any key), so the walk costs one lookup per key. */
interface SiteTrie {
  children: Map<string, SiteTrie>;
  any?: SiteTrie;
  definition?: IdKind;
  keyReference?: IdKind;
  reference?: { kind: IdKind; list: boolean };
  /** The kinds some map at or below this node declares (definitions and needs): which branches `declaredIds` enters. */
  declares: Set<IdKind>;
}

const SITES: SiteTrie = buildTrie();

function buildTrie(): SiteTrie {
  const root: SiteTrie = { children: new Map(), declares: new Set() };
  const node = (pattern: readonly string[], declares?: IdKind): SiteTrie => {
    let current = root;
    if (declares) root.declares.add(declares);
    for (const segment of pattern) {
      let next = segment === '*' ? current.any : current.children.get(segment);
      if (!next) {
        next = { children: new Map(), declares: new Set() };
        if (segment === '*') current.any = next;
        else current.children.set(segment, next);
      }
      current = next;
      if (declares) current.declares.add(declares);
    }
    return current;
  };
  for (const site of DEFINITION_SITES) node(site.map, site.kind).definition = site.kind;
  for (const site of KEY_REFERENCE_SITES) node(site.map, site.kind).keyReference = site.kind;
  for (const site of REFERENCE_SITES) node(site.value).reference = { kind: site.kind, list: site.list };
  return root;
}

/**
 * Every id definition and reference of one parsed plan, in text order, with lookups by offset
 * and by id. Built once per analysis (linear in the size of the id-bearing sections).
 */
export class IdIndex {
  readonly occurrences: IdOccurrence[] = [];
  private byIdCache: Map<string, IdOccurrence[]> | undefined;

  constructor(root: YNode | null) {
    if (root) this.visit(root, SITES, []);
    // The walk follows the text, so this is already sorted unless the tree is unusual.
    const list = this.occurrences;
    for (let i = 1; i < list.length; i++) {
      if (list[i].node.start < list[i - 1].node.start) {
        list.sort((a, b) => a.node.start - b.node.start);
        break;
      }
    }
  }

  private get byId(): Map<string, IdOccurrence[]> {
    if (!this.byIdCache) {
      this.byIdCache = new Map();
      for (const occurrence of this.occurrences) {
        const key = idKey(occurrence.kind, occurrence.id, occurrence.scope);
        const list = this.byIdCache.get(key);
        if (list) list.push(occurrence);
        else this.byIdCache.set(key, [occurrence]);
      }
    }
    return this.byIdCache;
  }

  /** The occurrence whose text contains `offset` (its end included, where a cursor after a word stands). */
  at(offset: number): IdOccurrence | undefined {
    const list = this.occurrences;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const node = list[mid].node;
      if (offset < node.start) high = mid - 1;
      else if (offset > node.end) low = mid + 1;
      else return list[mid];
    }
    return undefined;
  }

  /** Every occurrence of an id, definitions and references, in text order. */
  all(kind: IdKind, id: string, scope = ''): IdOccurrence[] {
    return this.byId.get(idKey(kind, id, scope)) ?? [];
  }

  /** Where an id is defined: its key; for a skill missing from `skills`, the needs that name it. */
  definitions(kind: IdKind, id: string, scope = ''): IdOccurrence[] {
    const all = this.all(kind, id, scope);
    const own = all.filter((o) => o.role === 'definition');
    return own.length > 0 ? own : all.filter((o) => o.role === 'need');
  }

  /** True when an id of this kind exists (defined, or for skills declared by a need). */
  has(kind: IdKind, id: string, scope = ''): boolean {
    return this.all(kind, id, scope).some((o) => o.role !== 'reference');
  }

  /** The ids of a kind that exist, in text order of their first definition. */
  ids(kind: IdKind, scope?: string): string[] {
    const seen = new Set<string>();
    for (const o of this.occurrences) {
      if (o.kind === kind && o.role !== 'reference' && (scope === undefined || o.scope === scope)) seen.add(o.id);
    }
    return [...seen];
  }

  /** `path` keeps the first two keys only: the section and entry (a plan's id scopes its experiments). */
  private visit(node: YNode, trie: SiteTrie, path: string[]): void {
    if (node.kind !== 'map') return;
    for (const pair of node.pairs) {
      if (pair.key.kind !== 'scalar' || pair.key.value === null) continue;
      const id = String(pair.key.value);
      if (trie.definition) this.add(trie.definition, id, scopeOf(trie.definition, path), pair.key, 'definition');
      else if (trie.keyReference) this.add(trie.keyReference, id, '', pair.key, 'need');
      const child = trie.children.get(id) ?? trie.any;
      if (!child || !pair.value) continue;
      if (child.reference) {
        const items = pair.value.kind === 'seq' ? pair.value.items : [pair.value];
        for (const item of items) {
          if (item.kind === 'scalar' && typeof item.value === 'string' && item.value !== '') this.add(child.reference.kind, item.value, '', item, 'reference');
        }
      } else if (child.children.size || child.any || child.definition || child.keyReference) {
        this.visit(pair.value, child, path.length < 2 ? [...path, id] : path);
      }
    }
  }

  private add(kind: IdKind, id: string, scope: string, node: YScalar, role: OccurrenceRole): void {
    this.occurrences.push({ kind, id, scope, node, role });
  }
}

/**
 * The ids of a kind that exist, in text order: what `new IdIndex(root).ids(kind)` gives, without
 * building the index. Only the maps that can declare the kind are read (for actions, the keys of
 * `actions:`), so completion can list the ids of a plan version nobody has indexed yet.
 */
export function declaredIds(root: YNode | null, kind: IdKind): string[] {
  const seen = new Set<string>();
  const walk = (node: YNode, trie: SiteTrie): void => {
    if (node.kind !== 'map') return;
    for (const pair of node.pairs) {
      if (pair.key.kind !== 'scalar' || pair.key.value === null) continue;
      const id = String(pair.key.value);
      if ((trie.definition ?? trie.keyReference) === kind) seen.add(id);
      const child = trie.children.get(id) ?? trie.any;
      if (child && pair.value && child.declares.has(kind)) walk(pair.value, child);
    }
  };
  if (root) walk(root, SITES);
  return [...seen];
}

/**
 * The id occurrence whose text contains `offset`, as `new IdIndex(root).at(offset)` finds it,
 * without indexing the plan: the walk enters only the pair at the offset in each map (found by
 * bisection), so a hover in a 50,000-line plan reads a few dozen nodes, not every id.
 */
export function occurrenceAt(root: YNode | null, offset: number): IdOccurrence | undefined {
  return root ? occurrenceIn(root, SITES, [], offset) : undefined;
}

function occurrenceIn(node: YNode, trie: SiteTrie, path: string[], offset: number): IdOccurrence | undefined {
  if (node.kind !== 'map') return undefined;
  // The pair starting at or before the offset; where it starts just where the one before ends, that one too.
  const at = lastPairFrom(node.pairs, offset);
  for (let i = at; i >= 0 && i >= at - 1; i--) {
    const pair = node.pairs[i];
    if (pair.end < offset && i < at) break;
    const found = occurrenceInPair(pair, trie, path, offset);
    if (found) return found;
  }
  return undefined;
}

function occurrenceInPair(pair: YPair, trie: SiteTrie, path: string[], offset: number): IdOccurrence | undefined {
  if (pair.key.kind !== 'scalar' || pair.key.value === null) return undefined;
  const id = String(pair.key.value);
  if (contains(pair.key, offset)) {
    if (trie.definition) return { kind: trie.definition, id, scope: scopeOf(trie.definition, path), node: pair.key, role: 'definition' };
    if (trie.keyReference) return { kind: trie.keyReference, id, scope: '', node: pair.key, role: 'need' };
  }
  const child = trie.children.get(id) ?? trie.any;
  if (!child || !pair.value) return undefined;
  if (child.reference) {
    const items = pair.value.kind === 'seq' ? pair.value.items : [pair.value];
    const item = items.find((x) => x.kind === 'scalar' && typeof x.value === 'string' && x.value !== '' && contains(x, offset));
    return item ? { kind: child.reference.kind, id: String((item as YScalar).value), scope: '', node: item as YScalar, role: 'reference' } : undefined;
  }
  return occurrenceIn(pair.value, child, path.length < 2 ? [...path, id] : path, offset);
}

function contains(node: YNode, offset: number): boolean {
  return node.start <= offset && offset <= node.end;
}

/** The index of the last pair of a map (pairs in text order) that starts at or before `offset`, or -1. */
function lastPairFrom(pairs: readonly YPair[], offset: number): number {
  let low = 0;
  let high = pairs.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (pairs[mid].key.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

function idKey(kind: IdKind, id: string, scope: string): string {
  return `${kind}\u0000${scope}\u0000${id}`;
}
