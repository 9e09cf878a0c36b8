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

/** Compares two lists by object identity from both ends (a few pointer comparisons an entry). */
export function changedRun<T>(before: readonly T[], after: readonly T[]): ListChange {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  let common = 0;
  while (common < shorter - start && before[before.length - 1 - common] === after[after.length - 1 - common]) common++;
  return { start, oldEnd: before.length - common, newEnd: after.length - common };
}
