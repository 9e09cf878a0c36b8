import { insertPair, replaceValue } from '../edits/mapEdits';
import type { OffsetEdit } from '../edits/textEdits';
import { getPair, type YMap } from '../yaml/tree';

/**
 * Collects the edits of one change made of many (a review): drops edits that change nothing,
 * joins insertions at the same offset into one (in the order they were added, so callers decide
 * which line comes first), and refuses overlapping edits rather than produce a broken file.
 */
export class EditSet {
  private readonly edits: OffsetEdit[] = [];

  constructor(private readonly text: string) {}

  add(...edits: OffsetEdit[]): void {
    for (const edit of edits) {
      if (edit.start === edit.end && edit.newText === '') continue;
      if (edit.start !== edit.end && this.text.slice(edit.start, edit.end) === edit.newText) continue;
      this.edits.push(edit);
    }
  }

  /** The edits sorted by offset, or null when two of them overlap. */
  result(): OffsetEdit[] | null {
    const merged: OffsetEdit[] = [];
    const order = this.edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.index - b.index);
    for (const { edit } of order) {
      const last = merged[merged.length - 1];
      if (last && last.start === last.end && edit.start === edit.end && last.start === edit.start) {
        merged[merged.length - 1] = { ...last, newText: last.newText + edit.newText };
        continue;
      }
      if (last && edit.start < last.end) return null;
      if (last && last.start === edit.start && last.start !== last.end) return null;
      merged.push({ ...edit });
    }
    return merged;
  }
}

/**
 * Sets several keys of one map: existing ones get their value replaced; the missing ones are
 * inserted together, in the given order, after the first key of `after` present (else last).
 */
export function setFields(text: string, map: YMap, fields: Array<[string, string]>, after: string[]): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  const missing: string[] = [];
  for (const [key, value] of fields) {
    const pair = getPair(map, key);
    if (pair) edits.push(...replaceValue(text, pair, value));
    else missing.push(`${key}: ${value}`);
  }
  if (missing.length) edits.push(insertPair(text, map, missing.join('\n'), after));
  return edits;
}
