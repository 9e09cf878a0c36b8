import { isIsoDate } from '../dates';
import { asMap, asSeq, keyText, type YMap, type YNode, type YPair } from '../yaml/tree';
import { changedRun, spliceRun } from './listChange';
import { OverlayMap } from './overlayMap';
import type {
  Action, ActionStatus, Contact, ContactLogEntry, DateField, EntryBase, Experiment, ExperimentStatus, Finances, Goal, IncomeKind, IncomeStream, Located,
  Market, Need, Obstacle, Plan, PlanModel, Ref, Review, ReviewLogEntry, RuleSetting, Skill,
} from './types';

const ACTION_STATUSES = new Set<string>(['todo', 'doing', 'blocked', 'done', 'dropped']);
const EXPERIMENT_STATUSES = new Set<string>(['planned', 'running', 'done', 'abandoned']);
const INCOME_KINDS = new Set<string>(['job', 'side', 'passive']);

/**
 * What a model built from reused tree objects can take over: the parser reuses the pairs of
 * unchanged entry chunks and the maps of sections an edit did not touch, so after an edit only
 * the edited entries are read again, and only the edited section's lists and lookups are rebuilt.
 * Keyed by tree objects, which are unique to one document: entries vanish with their trees.
 */
export interface EntryCache {
  /** An entry by its pair (a chunk re-parsed after an edit has new pairs, so it misses). */
  entries: WeakMap<YPair, { read: unknown; entry: EntryBase }>;
  /** A section's entries (duplicates dropped) by the section's map. */
  sections: WeakMap<YMap, { read: unknown; entries: EntryBase[] }>;
  /** The lookup by id of a list of entries. */
  byId: WeakMap<readonly EntryBase[], ReadonlyMap<string, EntryBase>>;
  /** Sections read as one object (finances, review) by their pair. */
  singles: WeakMap<YPair, { read: unknown; value: unknown }>;
  /**
   * One document's last list of each id-keyed section, by reader: an edited section differs from
   * it in a run of pairs, and only those are read again (see `spliced`). Absent: every section
   * that is not reused whole is read in full.
   */
  lists?: Map<unknown, SectionList>;
}

/** A section's pairs and the entries read from them, one entry a pair (no id twice). */
interface SectionList {
  pairs: readonly YPair[];
  entries: EntryBase[];
}

export function newEntryCache(): EntryCache {
  return { entries: new WeakMap(), sections: new WeakMap(), byId: new WeakMap(), singles: new WeakMap() };
}

/**
 * Builds the typed model from the YAML tree in one pass. Never throws on any tree. A key written
 * twice in one map (reported as a `yaml-syntax` error) counts by its last occurrence, as YAML
 * readers that accept duplicates and the schema check (which validates the JSON) read it.
 */
export function buildModel(root: YNode | null, cache?: EntryCache): PlanModel {
  const rootMap = asMap(root);
  const sections = new Map<string, YPair>();
  for (const pair of rootMap?.pairs ?? []) {
    sections.set(keyText(pair), pair);
  }
  const section = (name: string): YPair | undefined => sections.get(name);
  const sectionMap = (name: string): YMap | null => asMap(section(name)?.value);

  const skills = entries(sectionMap('skills'), readSkill, cache);
  const goals = entries(sectionMap('goals'), readGoal, cache);
  const plans = entries(sectionMap('plans'), readPlan, cache);
  const actions = entries(sectionMap('actions'), readAction, cache);
  const contacts = entries(sectionMap('network'), readContact, cache);
  const obstacles = entries(sectionMap('obstacles'), readObstacle, cache);
  const financesPair = section('finances');
  const reviewPair = section('review');
  const resume = sectionMap('resume');

  return {
    root: rootMap,
    sections,
    version: section('careerplan')?.value ? { value: scalarValue(section('careerplan')!.value), node: section('careerplan')!.value! } : undefined,
    owner: str(rootMap, 'owner'),
    skills,
    goals,
    plans,
    actions,
    contacts,
    obstacles,
    finances: financesPair ? single(financesPair, readFinances, cache) : undefined,
    review: reviewPair ? single(reviewPair, readReview, cache) : undefined,
    resumeUpdated: date(resume, 'updated'),
    ruleSettings: readRuleSettings(sectionMap('rules')),
    skillById: byId(skills, cache),
    goalById: byId(goals, cache),
    planById: byId(plans, cache),
    actionById: byId(actions, cache),
    contactById: byId(contacts, cache),
  };
}

function entries<T extends EntryBase>(map: YMap | null, read: (base: EntryBase) => T, cache?: EntryCache): T[] {
  if (!map) return [];
  const section = cache?.sections.get(map);
  // The same map can move to another section (a renamed section key): check the reader too.
  const list = section && section.read === read ? (section.entries as T[]) : (spliced(map, read, cache) ?? readAll(map, read, cache));
  cache?.sections.set(map, { read, entries: list });
  if (cache?.lists) {
    if (list.length === map.pairs.length) cache.lists.set(read, { pairs: map.pairs, entries: list });
    else cache.lists.delete(read);
  }
  return list;
}

function readAll<T extends EntryBase>(map: YMap, read: (base: EntryBase) => T, cache?: EntryCache): T[] {
  return lastOfEach(map.pairs.map((pair) => readEntry(pair, read, cache)), (entry) => entry.id);
}

function readEntry<T extends EntryBase>(pair: YPair, read: (base: EntryBase) => T, cache?: EntryCache): T {
  const hit = cache?.entries.get(pair);
  if (hit && hit.read === read) return hit.entry as T;
  const entry = read({ id: keyText(pair), key: pair.key, pair, map: asMap(pair.value) });
  cache?.entries.set(pair, { read, entry });
  return entry;
}

/**
 * The section's entries from the document's last list of it, when the pairs that differ (a run,
 * found by comparing objects from both ends) have the ids the replaced ones had: the entries
 * around them are taken over in two block copies, and the lookup by id is the last one with the
 * new entries put in. Null when ids changed (then the section is read in full).
 */
function spliced<T extends EntryBase>(map: YMap, read: (base: EntryBase) => T, cache?: EntryCache): T[] | null {
  const previous = cache?.lists?.get(read);
  if (!previous) return null;
  const change = changedRun(previous.pairs, map.pairs);
  if (change.oldEnd !== change.newEnd) return null;
  const old = previous.entries as T[];
  if (change.start === change.newEnd) return old;
  const fresh: T[] = [];
  for (let i = change.start; i < change.newEnd; i++) {
    const entry = readEntry(map.pairs[i], read, cache);
    if (entry.id !== old[i].id) return null;
    fresh.push(entry);
  }
  const list = spliceRun(old, change, fresh);
  const oldById = cache!.byId.get(old);
  // The ids are those of the last list: the lookup is the last one with the new entries put in.
  if (oldById) cache!.byId.set(list, OverlayMap.replacing(oldById, fresh.map((entry): [string, EntryBase] => [entry.id, entry])));
  return list;
}

/** The items whose key is not written again later (a duplicate key counts by its last occurrence). */
function lastOfEach<T>(items: T[], keyOf: (item: T) => string): T[] {
  const last = new Map<string, T>();
  for (const item of items) last.set(keyOf(item), item);
  return last.size === items.length ? items : items.filter((item) => last.get(keyOf(item)) === item);
}

/** A section read as one object; the same pair (a section the parser reused whole) gives the same object. */
function single<T>(pair: YPair, read: (pair: YPair) => T, cache?: EntryCache): T {
  const hit = cache?.singles.get(pair);
  if (hit && hit.read === read) return hit.value as T;
  const value = read(pair);
  cache?.singles.set(pair, { read, value });
  return value;
}

function byId<T extends EntryBase>(items: T[], cache?: EntryCache): ReadonlyMap<string, T> {
  const cached = cache?.byId.get(items);
  if (cached) return cached as ReadonlyMap<string, T>;
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  cache?.byId.set(items, map);
  return map;
}

function scalarValue(node: YNode | null): unknown {
  return node && node.kind === 'scalar' ? node.value : undefined;
}

function field(map: YMap | null, key: string): YPair | undefined {
  if (!map) return undefined;
  for (let i = map.pairs.length - 1; i >= 0; i--) {
    const pair = map.pairs[i];
    if (pair.key.kind === 'scalar' && pair.key.value === key) return pair;
  }
  return undefined;
}

function str(map: YMap | null, key: string): Located<string> | undefined {
  const node = field(map, key)?.value;
  const value = scalarValue(node ?? null);
  return node && typeof value === 'string' ? { value, node } : undefined;
}

function num(map: YMap | null, key: string): Located<number> | undefined {
  const node = field(map, key)?.value;
  const value = scalarValue(node ?? null);
  return node && typeof value === 'number' && Number.isFinite(value) ? { value, node } : undefined;
}

function date(map: YMap | null, key: string): DateField | undefined {
  const node = field(map, key)?.value;
  if (!node || node.kind !== 'scalar' || node.value === null || node.value === '') return undefined;
  const text = String(node.value);
  return { text, valid: isIsoDate(text), node };
}

function ref(map: YMap | null, key: string): Ref | undefined {
  const node = field(map, key)?.value;
  if (!node || node.kind !== 'scalar' || typeof node.value !== 'string' || node.value === '') return undefined;
  return { id: node.value, node };
}

function refs(map: YMap | null, key: string): Ref[] {
  const node = field(map, key)?.value ?? null;
  const seq = asSeq(node);
  if (seq) {
    const out: Ref[] = [];
    for (const item of seq.items) if (item.kind === 'scalar' && typeof item.value === 'string' && item.value !== '') out.push({ id: item.value, node: item });
    return out;
  }
  // A single id where a list is expected is reported by the schema; still resolve it.
  if (node && node.kind === 'scalar' && typeof node.value === 'string' && node.value !== '') return [{ id: node.value, node }];
  return [];
}

function level(node: YNode | null | undefined): number | undefined {
  const value = scalarValue(node ?? null);
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

// The readers below write an entry's four base fields (id, key, pair, map) out instead of
// spreading `base`: object spread is about five times slower in V8 here, and this runs for every
// entry of the plan (measured on a 50,000-line plan: ~80 ms with spread, ~15 ms without).
// They stay one object literal per entry, not one table-driven reader: each names other keys with other readers, and the literal is what the entry's type checks field by field.
function readSkill(base: EntryBase): Skill {
  if (base.map) {
    const levelPair = field(base.map, 'level');
    return { id: base.id, key: base.key, pair: base.pair, map: base.map, level: level(levelPair?.value), levelNode: levelPair?.value ?? null, kind: str(base.map, 'kind') };
  }
  return { id: base.id, key: base.key, pair: base.pair, map: base.map, level: level(base.pair.value), levelNode: base.pair.value };
}

function readGoal(base: EntryBase): Goal {
  const m = base.map;
  return { id: base.id, key: base.key, pair: base.pair, map: base.map, title: str(m, 'title'), by: date(m, 'by'), horizon: str(m, 'horizon'), plan: ref(m, 'plan') };
}

function readPlan(base: EntryBase): Plan {
  const m = base.map;
  const needsPair = field(m, 'needs');
  const needs: Need[] = lastOfEach((asMap(needsPair?.value)?.pairs ?? []).map((pair) => ({ skill: keyText(pair), key: pair.key, pair, level: level(pair.value) })), (need) => need.skill);
  const experimentsPair = field(m, 'experiments');
  const experiments = entries(asMap(experimentsPair?.value), (e) => readExperiment(e, base.id));
  return {
    id: base.id,
    key: base.key,
    pair: base.pair,
    map: base.map,
    title: str(m, 'title'),
    kind: str(m, 'kind'),
    model: str(m, 'model'),
    why: str(m, 'why'),
    trigger: str(m, 'trigger'),
    needs,
    needsKey: needsPair?.key ?? null,
    experiments,
    experimentsKey: experimentsPair?.key ?? null,
    market: readMarket(field(m, 'market')),
  };
}

function readMarket(pair: YPair | undefined): Market | undefined {
  if (!pair) return undefined;
  const m = asMap(pair.value);
  return { key: pair.key, demand: str(m, 'demand'), researched: date(m, 'researched') };
}

function readExperiment(base: EntryBase, planId: string): Experiment {
  const m = base.map;
  const status = str(m, 'status');
  return {
    id: base.id,
    key: base.key,
    pair: base.pair,
    map: base.map,
    planId,
    kind: str(m, 'kind'),
    from: date(m, 'from'),
    to: date(m, 'to'),
    status: status && EXPERIMENT_STATUSES.has(status.value) ? (status.value as ExperimentStatus) : 'planned',
    statusNode: status?.node ?? null,
    develops: refs(m, 'develops'),
    interest: num(m, 'interest'),
    learned: str(m, 'learned'),
  };
}

function readAction(base: EntryBase): Action {
  const m = base.map;
  const status = str(m, 'status');
  return {
    id: base.id,
    key: base.key,
    pair: base.pair,
    map: base.map,
    do: str(m, 'do'),
    plan: ref(m, 'plan'),
    goal: ref(m, 'goal'),
    due: date(m, 'due'),
    status: status && ACTION_STATUSES.has(status.value) ? (status.value as ActionStatus) : 'todo',
    statusNode: status?.node ?? null,
    done: date(m, 'done'),
    develops: refs(m, 'develops'),
    after: refs(m, 'after'),
    phase: num(m, 'phase'),
  };
}

function readContact(base: EntryBase): Contact {
  const m = base.map;
  const logPair = field(m, 'log');
  return {
    id: base.id,
    key: base.key,
    pair: base.pair,
    map: base.map,
    name: str(m, 'name'),
    role: str(m, 'role'),
    field: str(m, 'field'),
    plans: refs(m, 'plans'),
    lastContact: date(m, 'last-contact'),
    nextContact: date(m, 'next-contact'),
    every: str(m, 'every'),
    log: (asSeq(logPair?.value)?.items ?? []).map(readContactLogEntry),
    logKey: logPair?.key ?? null,
  };
}

function readContactLogEntry(node: YNode): ContactLogEntry {
  const entry = asMap(node);
  return { node, date: date(entry, 'date'), got: str(entry, 'got'), gave: str(entry, 'gave') };
}

function readObstacle(base: EntryBase): Obstacle {
  return { id: base.id, key: base.key, pair: base.pair, map: base.map, text: str(base.map, 'text'), addressedBy: refs(base.map, 'addressed-by') };
}

function readFinances(pair: YPair): Finances {
  const m = asMap(pair.value);
  return {
    key: pair.key,
    map: m,
    currency: str(m, 'currency'),
    monthlyExpenses: num(m, 'monthly-expenses'),
    emergencyFund: num(m, 'emergency-fund'),
    targetMonths: num(m, 'target-months'),
    incomeStreams: readIncomeStreams(asMap(field(m, 'income-streams')?.value)),
  };
}

/** Streams whose amount is a number (a plain one, or `amount:` of a map); others are the schema's finding. */
function readIncomeStreams(map: YMap | null): IncomeStream[] {
  const streams: IncomeStream[] = [];
  for (const pair of map?.pairs ?? []) {
    const details = asMap(pair.value);
    const amount = details ? num(details, 'amount')?.value : scalarValue(pair.value);
    if (typeof amount !== 'number' || !Number.isFinite(amount)) continue;
    const kind = details ? str(details, 'kind')?.value : undefined;
    streams.push({ id: keyText(pair), key: pair.key, amount, kind: kind && INCOME_KINDS.has(kind) ? (kind as IncomeKind) : undefined });
  }
  return streams;
}

function readReview(pair: YPair): Review {
  const m = asMap(pair.value);
  const advisorsPair = field(m, 'advisors');
  const logPair = field(m, 'log');
  const log: ReviewLogEntry[] = (asSeq(logPair?.value)?.items ?? []).map((node) => {
    const entry = asMap(node);
    return { node, date: date(entry, 'date'), notes: str(entry, 'notes') };
  });
  return {
    key: pair.key,
    map: m,
    every: str(m, 'every'),
    last: date(m, 'last'),
    advisors: refs(m, 'advisors'),
    advisorsKey: advisorsPair?.key ?? null,
    supporters: refs(m, 'supporters'),
    supportersKey: field(m, 'supporters')?.key ?? null,
    log,
    logKey: logPair?.key ?? null,
  };
}

function readRuleSettings(map: YMap | null): RuleSetting[] {
  if (!map) return [];
  return map.pairs.map((pair) => ({ code: keyText(pair), level: String(scalarValue(pair.value) ?? ''), key: pair.key, valueNode: pair.value }));
}
