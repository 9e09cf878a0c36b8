/**
 * "Did you mean" for ids: the candidate nearest to an unknown id by edit distance, offered only
 * when it is close enough to be a plausible typo (at most max(2, length / 3) edits, and never a
 * rewrite of every character). Ties go to the earliest candidate, so suggestions are stable.
 */
export interface ClosestOptions {
  /**
   * Shared allowance of candidate comparisons, decremented as they are made; when it runs out
   * the search stops with the best found so far. Lets a caller that looks up many ids against
   * many candidates bound its total work on pathological documents.
   */
  budget?: { remaining: number };
}

export function closestId(id: string, candidates: Iterable<string>, options: ClosestOptions = {}): string {
  let limit = Math.min(Math.max(2, Math.floor(id.length / 3)), id.length - 1);
  let best = '';
  const rows = new EditRows(id.length + limit + 1);
  const budget = options.budget;
  for (const candidate of candidates) {
    if (limit < 1) break;
    if (candidate === id || Math.abs(candidate.length - id.length) > limit) continue;
    if (budget && budget.remaining-- <= 0) break;
    const distance = rows.distance(id, candidate, limit);
    if (distance <= limit) {
      best = candidate;
      // Only a strictly closer candidate can replace this one (and none is closer than 1).
      limit = distance - 1;
    }
  }
  return best;
}

/** Levenshtein distance, or `limit + 1` as soon as it is known to exceed `limit`. */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  return new EditRows(b.length + 1).distance(a, b, limit);
}

/** Two reusable dynamic-programming rows, so comparing against thousands of ids allocates once. */
class EditRows {
  private previous: Int32Array;
  private current: Int32Array;

  constructor(size: number) {
    this.previous = new Int32Array(size);
    this.current = new Int32Array(size);
  }

  distance(a: string, b: string, limit: number): number {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    if (this.previous.length <= b.length) {
      this.previous = new Int32Array(b.length + 1);
      this.current = new Int32Array(b.length + 1);
    }
    let previous = this.previous;
    let current = this.current;
    for (let j = 0; j <= b.length; j++) previous[j] = j;
    for (let i = 1; i <= a.length; i++) {
      current[0] = i;
      let rowMin = i;
      const ch = a.charCodeAt(i - 1);
      for (let j = 1; j <= b.length; j++) {
        const substitute = previous[j - 1] + (ch === b.charCodeAt(j - 1) ? 0 : 1);
        const remove = previous[j] + 1;
        const insert = current[j - 1] + 1;
        const value = substitute < remove ? (substitute < insert ? substitute : insert) : remove < insert ? remove : insert;
        current[j] = value;
        if (value < rowMin) rowMin = value;
      }
      // Row minima never decrease, so once over the limit the distance stays over it.
      if (rowMin > limit) return limit + 1;
      const swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length], limit + 1);
  }
}

/**
 * The one candidate nearest to `id` (within `max` edits, else closestId's allowance), or "" when
 * none is near or two are equally near: what an automatic fix may pick without asking.
 */
export function onlyNearest(id: string, candidates: Iterable<string>, max?: number): string {
  const limit = max ?? Math.min(Math.max(2, Math.floor(id.length / 3)), id.length - 1);
  if (limit < 1) return '';
  let best = '';
  let bestDistance = limit + 1;
  let ties = 0;
  for (const candidate of candidates) {
    if (candidate === id) continue;
    const distance = boundedEditDistance(id, candidate, limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      ties = 0;
    } else if (distance === bestDistance && candidate !== best) {
      ties++;
    }
  }
  return best && ties === 0 ? best : '';
}
