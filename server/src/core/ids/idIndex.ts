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
    if (root) walkIds(root, SITES, [], (occurrence) => this.occurrences.push(occurrence), () => true);
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
}

/**
 * Walks the id sites of a tree and hands each occurrence to `add`, entering only the pairs
 * `enter` accepts (all of them for the index; those at an offset for `occurrenceAt`). `path`
 * keeps the first two keys only: the section and entry (a plan's id scopes its experiments).
 */
function walkIds(node: YNode, trie: SiteTrie, path: string[], add: (occurrence: IdOccurrence) => void, enter: (pair: YPair) => boolean): void {
  if (node.kind !== 'map') return;
  for (const pair of node.pairs) {
    if (pair.key.kind !== 'scalar' || pair.key.value === null || !enter(pair)) continue;
    const id = String(pair.key.value);
    if (trie.definition) add({ kind: trie.definition, id, scope: scopeOf(trie.definition, path), node: pair.key, role: 'definition' });
    else if (trie.keyReference) add({ kind: trie.keyReference, id, scope: '', node: pair.key, role: 'need' });
    const child = trie.children.get(id) ?? trie.any;
    if (!child || !pair.value) continue;
    if (child.reference) {
      const items = pair.value.kind === 'seq' ? pair.value.items : [pair.value];
      for (const item of items) {
        if (item.kind === 'scalar' && typeof item.value === 'string' && item.value !== '') add({ kind: child.reference.kind, id: item.value, scope: '', node: item, role: 'reference' });
      }
    } else if (child.children.size || child.any || child.definition || child.keyReference) {
      walkIds(pair.value, child, path.length < 2 ? [...path, id] : path, add, enter);
    }
  }
}

/**
 * The ids of a kind that exist, in text order: what `new IdIndex(root).ids(kind)` gives, without
 * building the index. Only the maps that can declare the kind are read (for actions, the keys of
 * `actions:`), so completion can list the ids of a plan version nobody has indexed yet.
 */
export function declaredIds(root: YNode | null, kind: IdKind): string[] {
  const seen = new Set<string>();
  if (root) walkDeclared(root, SITES, kind, seen);
  return [...seen];
}

/** Adds to `seen` the ids of a kind declared in `node` (at the place `trie` stands for), in text order. */
function walkDeclared(node: YNode, trie: SiteTrie, kind: IdKind, seen: Set<string>): void {
  if (node.kind !== 'map') return;
  for (const pair of node.pairs) {
    if (pair.key.kind !== 'scalar' || pair.key.value === null) continue;
    const id = String(pair.key.value);
    if ((trie.definition ?? trie.keyReference) === kind) seen.add(id);
    const child = trie.children.get(id) ?? trie.any;
    if (child && pair.value && child.declares.has(kind)) walkDeclared(pair.value, child, kind, seen);
  }
}

/**
 * `declaredIds`, keeping the ids of each section by the section's tree object. The parser takes a
 * section an edit did not touch over whole, its tree objects included, so a completion in a big
 * plan gathers again only the ids of the section being edited (a plan of 200,000 lines has
 * thousands of plans and actions). Trees are never changed in place but for their offsets, so a
 * kept list stays true; entries go with their trees. One per language server serves every document.
 */
export class DeclaredIdsCache {
  private readonly bySection = new WeakMap<YNode, Array<{ trie: SiteTrie; kind: IdKind; ids: readonly string[] }>>();

  of(root: YNode | null, kind: IdKind): string[] {
    // Ids declared by the top-level keys themselves would need the walk from the root.
    if (!root || root.kind !== 'map' || (SITES.definition ?? SITES.keyReference) === kind) return declaredIds(root, kind);
    const seen = new Set<string>();
    for (const pair of root.pairs) {
      if (pair.key.kind !== 'scalar' || pair.key.value === null || !pair.value) continue;
      const child = SITES.children.get(String(pair.key.value)) ?? SITES.any;
      if (!child || !child.declares.has(kind)) continue;
      for (const id of this.under(pair.value, child, kind)) seen.add(id);
    }
    return [...seen];
  }

  private under(section: YNode, trie: SiteTrie, kind: IdKind): readonly string[] {
    let kept = this.bySection.get(section);
    if (!kept) this.bySection.set(section, (kept = []));
    let entry = kept.find((k) => k.trie === trie && k.kind === kind);
    if (!entry) {
      const seen = new Set<string>();
      walkDeclared(section, trie, kind, seen);
      kept.push((entry = { trie, kind, ids: [...seen] }));
    }
    return entry.ids;
  }
}

/**
 * The id occurrence whose text contains `offset`, as `new IdIndex(root).at(offset)` finds it,
 * without indexing the plan: the walk enters only the pairs around the offset, so a hover in a
 * 50,000-line plan builds a few occurrences, not one for every id.
 */
export function occurrenceAt(root: YNode | null, offset: number): IdOccurrence | undefined {
  const around: IdOccurrence[] = [];
  if (root) walkIds(root, SITES, [], (occurrence) => around.push(occurrence), (pair) => pair.start <= offset && offset <= pair.end);
  return around.find((occurrence) => occurrence.node.start <= offset && offset <= occurrence.node.end);
}

function idKey(kind: IdKind, id: string, scope: string): string {
  return `${kind}\u0000${scope}\u0000${id}`;
}
