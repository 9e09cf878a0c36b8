import { changedRun, sameItems, spliceRun, type ListChange } from '../model/listChange';
import type { Report, RuleContext } from './rule';

/**
 * What rules carry from one analysis of a document to the next. The model reuses the entry
 * objects of text an edit did not touch, so what a rule found for such an entry still holds as
 * long as nothing else it depends on changed; only the entries the edit made are checked again.
 */

/** A rule's own store for one document (RuleContext.kept); `create` runs on its first use. */
export function kept<T>(context: RuleContext, name: string, create: () => T): T {
  const store = context.kept;
  if (!store) return create();
  let value = store.get(name) as T | undefined;
  if (value === undefined) {
    value = create();
    store.set(name, value);
  }
  return value;
}

/** The reports of an entry with no findings (most entries): one shared empty list. */
const NONE: Array<Parameters<Report>> = [];

/** A report that keeps each call in `calls`, to be replayed later. */
export function recordInto(calls: Array<Parameters<Report>>): Report {
  return ((...call: Parameters<Report>) => calls.push(call)) as Report;
}

/** Reports kept calls again (their spans are tree nodes, read now). */
export function replay(calls: ReadonlyArray<Parameters<Report>>, report: Report): void {
  for (const call of calls) report(...call);
}

/**
 * Per-entry findings of one list (a plan's actions), kept between analyses: entries that are the
 * same objects as last time keep their reports while `token` (what else the findings depend on,
 * compared item by item by identity) is unchanged; the others are checked again. Reports are
 * kept as given and replayed, so their spans (tree nodes, moved with their text) say where the
 * findings are now.
 */
export class EntryFindings<E extends object> {
  private entries: readonly E[] = [];
  private reports: Array<Array<Parameters<Report>>> = [];
  private token: readonly unknown[] | null = null;
  /** The entries the last update checked again, and those it dropped. */
  readonly last = { checked: [] as E[], dropped: [] as E[] };

  /**
   * Brings the kept reports up to `entries`, then reports all of them (in list order).
   * `recheck`: unchanged entries to check again all the same (what they depend on outside
   * themselves changed), asked of each entry outside the changed run.
   */
  update(entries: readonly E[], token: readonly unknown[], check: (entry: E, report: Report) => void, report: Report, recheck?: (entry: E) => boolean): void {
    const sameToken = this.token !== null && sameItems(this.token, token);
    const change: ListChange = sameToken ? changedRun(this.entries, entries) : { start: 0, oldEnd: this.entries.length, newEnd: entries.length };
    const checkOne = (entry: E): Array<Parameters<Report>> => {
      const calls: Array<Parameters<Report>> = [];
      check(entry, recordInto(calls));
      return calls.length ? calls : NONE;
    };
    const fresh: Array<Array<Parameters<Report>>> = [];
    for (let i = change.start; i < change.newEnd; i++) fresh.push(checkOne(entries[i]));
    this.last.checked = entries.slice(change.start, change.newEnd);
    this.last.dropped = this.entries.slice(change.start, change.oldEnd);
    // Unchanged runs are spliced, not copied entry by entry: a 20,000-action list moves as two block copies.
    this.reports = change.start === 0 && change.oldEnd === this.entries.length ? fresh : spliceRun(this.reports, change, fresh);
    if (recheck) {
      for (let i = 0; i < entries.length; i++) {
        if (i === change.start) i = change.newEnd;
        if (i < entries.length && recheck(entries[i])) this.reports[i] = checkOne(entries[i]);
      }
    }
    this.entries = entries;
    this.token = token;
    // Most entries have no findings (the shared NONE): passed over without a call.
    const reports = this.reports;
    for (let i = 0; i < reports.length; i++) if (reports[i] !== NONE) replay(reports[i], report);
  }
}

/**
 * The ids of the entries that differ between two versions of a list (made or dropped).
 * `alike(before, after)`: an entry replaced at its place by one of the same id for which it
 * holds changed nothing the caller depends on (an action typed in whose date and status stayed),
 * and its id is left out.
 */
export function idsOfChanged<E extends { id: string }>(before: readonly E[], after: readonly E[], alike?: (before: E, after: E) => boolean): Set<string> {
  const ids = new Set<string>();
  if (before === after) return ids;
  const change = changedRun(before, after);
  const inPlace = alike !== undefined && change.oldEnd - change.start === change.newEnd - change.start;
  const kept = (i: number) => inPlace && before[i].id === after[i].id && alike(before[i], after[i]);
  for (let i = change.start; i < change.oldEnd; i++) if (!kept(i)) ids.add(before[i].id);
  for (let i = change.start; i < change.newEnd; i++) if (!kept(i)) ids.add(after[i].id);
  return ids;
}

/**
 * An object that stays the same while a list's ids stay the same (in order), so findings that
 * depend only on which ids exist can use it in a token. Comparing ids costs a string comparison
 * an entry, and nothing when the list is the very list of last time.
 */
export class IdsToken {
  private list: readonly { id: string }[] | null = null;
  private ids: string[] = [];
  private token: object = {};

  of(list: readonly { id: string }[]): object {
    if (list === this.list) return this.token;
    const same = list.length === this.ids.length && list.every((entry, i) => entry.id === this.ids[i]);
    this.list = list;
    if (!same) {
      this.ids = list.map((entry) => entry.id);
      this.token = {};
    }
    return this.token;
  }

  /** The same for a list of names made afresh each time (compared name by name). */
  ofNames(names: readonly string[]): object {
    if (names.length !== this.ids.length || names.some((name, i) => name !== this.ids[i])) {
      this.ids = [...names];
      this.token = {};
    }
    this.list = null;
    return this.token;
  }
}

/**
 * A rule's whole report over a list, kept while neither `token` nor any entry that `matters` to
 * it changed: when the entries the edit made and those it dropped all do not matter (an action
 * without `after` for the dependency graph), what the rule found last time still holds and is
 * reported again; otherwise the rule computes afresh.
 */
export class KeptReports<E extends object> {
  private entries: readonly E[] | null = null;
  private token: readonly unknown[] = [];
  private reports: Array<Parameters<Report>> = [];

  /**
   * `standsFor(before, after)`: whether an entry that matters, replaced by a new object at the
   * same place, changed nothing the computation reads or its reports point into (an action
   * whose title was typed in keeps its id, its `after` and its place off every cycle).
   */
  run(entries: readonly E[], token: readonly unknown[], matters: (entry: E) => boolean, compute: (report: Report) => void, report: Report, standsFor?: (before: E, after: E) => boolean): void {
    const previous = this.entries;
    this.entries = entries;
    if (previous && sameItems(this.token, token)) {
      const change = changedRun(previous, entries);
      const unchanged =
        (!someIn(previous, change.start, change.oldEnd, matters) && !someIn(entries, change.start, change.newEnd, matters)) ||
        (standsFor !== undefined && replacedInPlace(previous, entries, change, matters, standsFor));
      if (unchanged) {
        replay(this.reports, report);
        return;
      }
    }
    this.token = token;
    const reports: Array<Parameters<Report>> = [];
    compute(recordInto(reports));
    this.reports = reports;
    replay(reports, report);
  }
}

/** Whether the changed run replaced each entry by one at the same place that matters as it did and stands for it. */
function replacedInPlace<E>(before: readonly E[], after: readonly E[], change: ListChange, matters: (entry: E) => boolean, standsFor: (before: E, after: E) => boolean): boolean {
  if (change.oldEnd - change.start !== change.newEnd - change.start) return false;
  for (let i = change.start; i < change.oldEnd; i++) {
    const was = matters(before[i]);
    if (was !== matters(after[i]) || (was && !standsFor(before[i], after[i]))) return false;
  }
  return true;
}

function someIn<E>(list: readonly E[], start: number, end: number, test: (entry: E) => boolean): boolean {
  for (let i = start; i < end; i++) if (test(list[i])) return true;
  return false;
}
