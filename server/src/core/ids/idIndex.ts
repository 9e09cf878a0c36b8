import type { YNode, YScalar } from '../yaml/tree';
import {
  DEFINITION_SITES, definitionSiteAt, KEY_REFERENCE_SITES, keyReferenceSiteAt, REFERENCE_SITES, referenceSiteAt, scopeOf,
  type IdKind,
} from './idSites';

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

const PATTERNS = [...DEFINITION_SITES.map((s) => s.map), ...KEY_REFERENCE_SITES.map((s) => s.map), ...REFERENCE_SITES.map((s) => s.value)];

function isPrefixOfSite(path: readonly string[]): boolean {
  return PATTERNS.some((pattern) => path.length <= pattern.length && path.every((segment, i) => pattern[i] === '*' || pattern[i] === segment));
}

/**
 * Every id definition and reference of one parsed plan, in text order, with lookups by offset
 * and by id. Built once per analysis (linear in the size of the id-bearing sections).
 */
export class IdIndex {
  readonly occurrences: IdOccurrence[] = [];
  private readonly byId = new Map<string, IdOccurrence[]>();

  constructor(root: YNode | null) {
    if (root) this.visit(root, []);
    this.occurrences.sort((a, b) => a.node.start - b.node.start);
    for (const occurrence of this.occurrences) {
      const key = idKey(occurrence.kind, occurrence.id, occurrence.scope);
      const list = this.byId.get(key);
      if (list) list.push(occurrence);
      else this.byId.set(key, [occurrence]);
    }
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

  private visit(node: YNode, path: string[]): void {
    if (node.kind !== 'map') return;
    const definition = definitionSiteAt(path);
    const keyReference = definition ? undefined : keyReferenceSiteAt(path);
    for (const pair of node.pairs) {
      if (pair.key.kind !== 'scalar' || pair.key.value === null) continue;
      const id = String(pair.key.value);
      if (definition) this.add(definition.kind, id, scopeOf(definition.kind, path), pair.key, 'definition');
      else if (keyReference) this.add(keyReference.kind, id, '', pair.key, 'need');
      if (!pair.value) continue;
      const childPath = [...path, id];
      const reference = referenceSiteAt(childPath);
      if (reference) {
        const items = pair.value.kind === 'seq' ? pair.value.items : [pair.value];
        for (const item of items) {
          if (item.kind === 'scalar' && typeof item.value === 'string' && item.value !== '') this.add(reference.kind, item.value, '', item, 'reference');
        }
      } else if (isPrefixOfSite(childPath)) {
        this.visit(pair.value, childPath);
      }
    }
  }

  private add(kind: IdKind, id: string, scope: string, node: YScalar, role: OccurrenceRole): void {
    this.occurrences.push({ kind, id, scope, node, role });
  }
}

function idKey(kind: IdKind, id: string, scope: string): string {
  return `${kind}\u0000${scope}\u0000${id}`;
}
