/** Names a place in the plan the way a person would ("action \"pick-course\""), for messages. */
const ENTRY_KINDS: Record<string, string> = {
  skills: 'skill',
  goals: 'goal',
  plans: 'plan',
  actions: 'action',
  network: 'contact',
  obstacles: 'obstacle',
};

/**
 * `listItems[i]` tells that `path[i]` is a position in a list (ids may be digits too, so only the
 * document can tell `after/0` from `skills/2026`); without it, digits count as positions only in
 * the review log.
 */
export function describePath(path: readonly string[], listItems: readonly boolean[] = []): string {
  if (path.length === 0) return 'the plan';
  const last = path.length - 1;
  if (listItems[last] && !(path.length === 3 && path[0] === 'review' && path[1] === 'log')) {
    return `item ${Number(path[last]) + 1} of ${describePath(path.slice(0, -1), listItems)}`;
  }
  if (path.length >= 4 && path[0] === 'plans' && path[2] === 'experiments') {
    return path.length === 4 ? `experiment "${path[3]}"` : `${field(path.slice(4))} of experiment "${path[3]}"`;
  }
  if (path.length >= 3 && path[0] === 'plans' && path[2] === 'needs') {
    return path.length === 3 ? `the needs of plan "${path[1]}"` : `needed skill "${path[3]}" of plan "${path[1]}"`;
  }
  if (path.length >= 2 && path[0] === 'review' && path[1] === 'log') {
    if (path.length === 2) return 'the review log';
    const entry = `review log entry ${Number(path[2]) + 1}`;
    return path.length === 3 ? entry : `${field(path.slice(3))} of ${entry}`;
  }
  const kind = ENTRY_KINDS[path[0]];
  if (kind && path.length === 1) return `"${path[0]}"`;
  if (kind && path.length === 2) return `${kind} "${path[1]}"`;
  if (kind) return `${field(path.slice(2))} of ${kind} "${path[1]}"`;
  return field(path);
}

/**
 * The place of a value, for "… must be …" messages: like describePath, except that a skill or a
 * need written as a bare number is that skill's level.
 */
export function describeValuePlace(path: readonly string[], data: unknown, listItems: readonly boolean[] = []): string {
  const bare = typeof data === 'number';
  if (bare && path.length === 2 && path[0] === 'skills') return `the level of skill "${path[1]}"`;
  if (bare && path.length === 4 && path[0] === 'plans' && path[2] === 'needs') return `the level plan "${path[1]}" needs in skill "${path[3]}"`;
  return describePath(path, listItems);
}

function field(path: readonly string[]): string {
  return `"${path.join('.')}"`;
}
