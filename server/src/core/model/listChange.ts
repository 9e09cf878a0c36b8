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
 * Compares two lists from both ends: by object identity (a few pointer comparisons an entry), or
 * by `same` for lists of new objects that may say the same as old ones (a push's diagnostics).
 */
export function changedRun<T>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean = identical): ListChange {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && same(before[start], after[start])) start++;
  let common = 0;
  while (common < shorter - start && same(before[before.length - 1 - common], after[after.length - 1 - common])) common++;
  return { start, oldEnd: before.length - common, newEnd: after.length - common };
}

/** A new version of a list from the old one: its items outside the run kept, the run replaced by `middle`. */
export function spliceRun<T>(before: readonly T[], change: ListChange, middle: readonly T[]): T[] {
  return [...before.slice(0, change.start), ...middle, ...before.slice(change.oldEnd)];
}

/** Whether two lists hold the same objects in the same order (what kept work depended on is unchanged). */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function identical<T>(a: T, b: T): boolean {
  return a === b;
}
