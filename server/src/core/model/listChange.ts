/**
 * How two versions of a list differ, for work kept from one analysis to the next: the model and
 * the rules reuse the objects of text an edit did not touch, so the entries that differ are a run.
 */

/** The run of entries that differs between two versions of a list: `[start, oldEnd)` of the old one became `[start, newEnd)` of the new one. */
export interface ListChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * Compares two lists from both ends: by object identity (a few pointer comparisons an entry), and
 * where `same` is given, also by it, for lists of new objects that may say the same as old ones
 * (a push's diagnostics). Identity is tested inline first: a comparator called for every entry
 * of every list would cost more than the comparisons themselves.
 */
export function changedRun<T>(before: readonly T[], after: readonly T[], same?: (a: T, b: T) => boolean): ListChange {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && (before[start] === after[start] || (same !== undefined && same(before[start], after[start])))) start++;
  let common = 0;
  for (; common < shorter - start; common++) {
    const a = before[before.length - 1 - common];
    const b = after[after.length - 1 - common];
    if (a !== b && (same === undefined || !same(a, b))) break;
  }
  return { start, oldEnd: before.length - common, newEnd: after.length - common };
}

/**
 * Appends every item of `items` to `list`. `list.push(...items)` passes the items as arguments,
 * and past about a hundred thousand of them (a section of that many entries, as many schema
 * errors) the engine throws "Maximum call stack size exceeded".
 */
export function appendAll<T>(list: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) list.push(items[i]);
}

/**
 * How many of the first items satisfy `test`, which holds for a first run of them and then never
 * (a binary search: items in order, `test` a comparison with a bound).
 */
export function countWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (test(items[mid])) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A new version of a list from the old one: its items outside the run kept, the run replaced by `middle`. */
export function spliceRun<T>(before: readonly T[], change: ListChange, middle: readonly T[]): T[] {
  return before.slice(0, change.start).concat(middle, before.slice(change.oldEnd));
}

/** Whether two lists hold the same objects in the same order (what kept work depended on is unchanged). */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
