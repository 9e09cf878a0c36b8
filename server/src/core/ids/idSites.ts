/**
 * Where ids live in a plan: the maps whose keys define ids, and the values (or keys) that refer
 * to them. Definition, references, rename, hover and completion all read this one table, so a
 * new reference site is added here and every feature knows it.
 */
export type IdKind = 'skill' | 'goal' | 'plan' | 'action' | 'contact' | 'obstacle' | 'experiment' | 'income-stream';

/** A path pattern through the plan's maps: `*` matches any key. */
export type PathPattern = readonly string[];

export interface DefinitionSite {
  /** The map whose keys are the ids. */
  map: PathPattern;
  kind: IdKind;
}

export interface ReferenceSite {
  /** The key whose value names an id (`list`: a list of ids). */
  value: PathPattern;
  kind: IdKind;
  list: boolean;
}

export const DEFINITION_SITES: readonly DefinitionSite[] = [
  { map: ['skills'], kind: 'skill' },
  { map: ['goals'], kind: 'goal' },
  { map: ['plans'], kind: 'plan' },
  { map: ['plans', '*', 'experiments'], kind: 'experiment' },
  { map: ['actions'], kind: 'action' },
  { map: ['network'], kind: 'contact' },
  { map: ['obstacles'], kind: 'obstacle' },
  { map: ['finances', 'income-streams'], kind: 'income-stream' },
];

export const REFERENCE_SITES: readonly ReferenceSite[] = [
  { value: ['goals', '*', 'plan'], kind: 'plan', list: false },
  { value: ['actions', '*', 'plan'], kind: 'plan', list: false },
  { value: ['actions', '*', 'goal'], kind: 'goal', list: false },
  { value: ['actions', '*', 'after'], kind: 'action', list: true },
  { value: ['actions', '*', 'develops'], kind: 'skill', list: true },
  { value: ['plans', '*', 'experiments', '*', 'develops'], kind: 'skill', list: true },
  { value: ['obstacles', '*', 'addressed-by'], kind: 'action', list: true },
  { value: ['network', '*', 'plans'], kind: 'plan', list: true },
  { value: ['review', 'advisors'], kind: 'contact', list: true },
  { value: ['review', 'supporters'], kind: 'contact', list: true },
];

/**
 * Maps whose keys name ids defined elsewhere: a plan's `needs` names skills. A skill that only
 * appears in needs is still a skill (`develops` may name it), so these keys also declare it.
 */
export const KEY_REFERENCE_SITES: readonly DefinitionSite[] = [{ map: ['plans', '*', 'needs'], kind: 'skill' }];

export function matchesPattern(path: readonly string[], pattern: PathPattern): boolean {
  if (path.length !== pattern.length) return false;
  for (let i = 0; i < pattern.length; i++) if (pattern[i] !== '*' && pattern[i] !== path[i]) return false;
  return true;
}

/** The reference site of the value under `path` (the path includes the key), if it names ids. */
export function referenceSiteAt(path: readonly string[]): ReferenceSite | undefined {
  return REFERENCE_SITES.find((site) => matchesPattern(path, site.value));
}

/** The definition site of the map at `path`, if its keys are ids. */
export function definitionSiteAt(path: readonly string[]): DefinitionSite | undefined {
  return DEFINITION_SITES.find((site) => matchesPattern(path, site.map));
}

/** The key-reference site of the map at `path` (a plan's needs), if any. */
export function keyReferenceSiteAt(path: readonly string[]): DefinitionSite | undefined {
  return KEY_REFERENCE_SITES.find((site) => matchesPattern(path, site.map));
}

/** Ids unique only within a parent entry: experiments are scoped by their plan. */
export function scopeOf(kind: IdKind, path: readonly string[]): string {
  return kind === 'experiment' ? path[1] ?? '' : '';
}
