import type { IsoDate } from '../dates';
import type { YMap, YNode, YPair, YScalar } from '../yaml/tree';

/**
 * The plan as the rules and editor features see it: typed values that keep the source node they
 * came from, so every finding and edit can point at the exact key or value. Values of the wrong
 * type are left out here (the schema check reports them), so rules never see garbage.
 */
export interface Located<T> {
  value: T;
  node: YNode;
}

/** A date value. `valid` is false for text that is not a real calendar date (reported by the schema). */
export interface DateField {
  text: string;
  valid: boolean;
  node: YNode;
}

/** A reference to an id (`plan: tech-writer`, an item of `after: [...]`). */
export interface Ref {
  id: string;
  node: YScalar;
}

/** Where an entry of an id-keyed section stands in the text. */
export interface EntryBase {
  id: string;
  /** The `id:` key. */
  key: YNode;
  pair: YPair;
  /** The entry's value as a map (null when it is written as something else). */
  map: YMap | null;
}

export type ActionStatus = 'todo' | 'doing' | 'blocked' | 'done' | 'dropped';
export type ExperimentStatus = 'planned' | 'running' | 'done' | 'abandoned';

export interface Skill extends EntryBase {
  /** Undefined when the level is missing or not an integer 0..5. */
  level: number | undefined;
  levelNode: YNode | null;
  kind?: Located<string>;
}

export interface Goal extends EntryBase {
  title?: Located<string>;
  by?: DateField;
  horizon?: Located<string>;
  plan?: Ref;
}

export interface Need {
  skill: string;
  key: YNode;
  pair: YPair;
  /** Undefined when the required level is not an integer. */
  level: number | undefined;
}

export interface Experiment extends EntryBase {
  planId: string;
  kind?: Located<string>;
  from?: DateField;
  to?: DateField;
  status: ExperimentStatus;
  statusNode: YNode | null;
  develops: Ref[];
  interest?: Located<number>;
  learned?: Located<string>;
}

/** A plan's `market` research. */
export interface Market {
  key: YNode;
  demand?: Located<string>;
  researched?: DateField;
}

export interface Plan extends EntryBase {
  title?: Located<string>;
  kind?: Located<string>;
  model?: Located<string>;
  why?: Located<string>;
  trigger?: Located<string>;
  needs: Need[];
  needsKey: YNode | null;
  experiments: Experiment[];
  experimentsKey: YNode | null;
  market?: Market;
}

export interface Action extends EntryBase {
  do?: Located<string>;
  plan?: Ref;
  goal?: Ref;
  due?: DateField;
  status: ActionStatus;
  statusNode: YNode | null;
  done?: DateField;
  develops: Ref[];
  after: Ref[];
  phase?: Located<number>;
}

export interface Contact extends EntryBase {
  name?: Located<string>;
  role?: Located<string>;
  field?: Located<string>;
  plans: Ref[];
  lastContact?: DateField;
  nextContact?: DateField;
  /** The contact cadence (`3m`); checked by the schema. */
  every?: Located<string>;
  log: ContactLogEntry[];
  logKey: YNode | null;
}

/** One entry of a contact's `log`: what passed between you on a day. */
export interface ContactLogEntry {
  node: YNode;
  date?: DateField;
  got?: Located<string>;
  gave?: Located<string>;
}

export type IncomeKind = 'job' | 'side' | 'passive';

/** One of `finances.income-streams`: a monthly amount, with the kind when written as `{ amount, kind }`. */
export interface IncomeStream {
  id: string;
  key: YNode;
  amount: number;
  /** The written kind; undefined for a plain number (SPEC §7 decides it from the amounts). */
  kind?: IncomeKind;
}

export interface Obstacle extends EntryBase {
  text?: Located<string>;
  addressedBy: Ref[];
}

export interface Finances {
  key: YNode;
  map: YMap | null;
  currency?: Located<string>;
  monthlyExpenses?: Located<number>;
  emergencyFund?: Located<number>;
  targetMonths?: Located<number>;
  /** Streams with a readable amount, in the order written. */
  incomeStreams: IncomeStream[];
}

export interface ReviewLogEntry {
  node: YNode;
  date?: DateField;
  notes?: Located<string>;
}

export interface Review {
  key: YNode;
  map: YMap | null;
  every?: Located<string>;
  last?: DateField;
  advisors: Ref[];
  advisorsKey: YNode | null;
  supporters: Ref[];
  supportersKey: YNode | null;
  log: ReviewLogEntry[];
  logKey: YNode | null;
}

export interface RuleSetting {
  code: string;
  level: string;
  key: YNode;
  valueNode: YNode | null;
}

export interface PlanModel {
  /** The root map; null for an empty document or one that is not a map. */
  root: YMap | null;
  /** Top-level keys by name (the first occurrence). */
  sections: Map<string, YPair>;
  version?: Located<unknown>;
  owner?: Located<string>;
  skills: Skill[];
  goals: Goal[];
  plans: Plan[];
  actions: Action[];
  contacts: Contact[];
  obstacles: Obstacle[];
  finances?: Finances;
  review?: Review;
  resumeUpdated?: DateField;
  ruleSettings: RuleSetting[];
  /** Lookups by id (first occurrence wins). */
  skillById: ReadonlyMap<string, Skill>;
  goalById: ReadonlyMap<string, Goal>;
  planById: ReadonlyMap<string, Plan>;
  actionById: ReadonlyMap<string, Action>;
  contactById: ReadonlyMap<string, Contact>;
}

/** "Open" (SPEC §3): todo, doing or blocked, an action that still has to be done. Takes the status alone so views over plain JSON can ask too. */
export function isOpenStatus(status: string): boolean {
  return status === 'todo' || status === 'doing' || status === 'blocked';
}

export function isOpen(action: Action): boolean {
  return isOpenStatus(action.status);
}

/** The highest skill level (0 is none, 5 is expert). */
export const MAX_SKILL_LEVEL = 5;

/** A planned or running experiment. */
export function isActiveExperiment(experiment: Experiment): boolean {
  return experiment.status === 'planned' || experiment.status === 'running';
}

export type { IsoDate };
