import type { EntryKind, Place } from '../messages/terms';

/** The place a key path names, for messages ("action \"pick-course\""); the catalogues put it into words. */
const ENTRY_KINDS: Record<string, EntryKind> = {
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
export function describePath(path: readonly string[], listItems: readonly boolean[] = []): Place {
  if (path.length === 0) return { at: 'plan' };
  const last = path.length - 1;
  if (listItems[last] && !(path.length === 3 && path[0] === 'review' && path[1] === 'log')) {
    return { at: 'item', index: Number(path[last]) + 1, of: describePath(path.slice(0, -1), listItems) };
  }
  if (path.length >= 4 && path[0] === 'plans' && path[2] === 'experiments') {
    const experiment: Place = { at: 'experiment', id: path[3] };
    return path.length === 4 ? experiment : field(path.slice(4), experiment);
  }
  if (path.length >= 3 && path[0] === 'plans' && path[2] === 'needs') {
    return path.length === 3 ? { at: 'needs', plan: path[1] } : { at: 'need', plan: path[1], skill: path[3] };
  }
  if (path.length >= 2 && path[0] === 'review' && path[1] === 'log') {
    if (path.length === 2) return { at: 'review-log' };
    const entry: Place = { at: 'review-log-entry', index: Number(path[2]) + 1 };
    return path.length === 3 ? entry : field(path.slice(3), entry);
  }
  const kind = ENTRY_KINDS[path[0]];
  if (kind && path.length === 1) return { at: 'section', section: path[0] };
  if (kind && path.length === 2) return { at: 'entry', kind, id: path[1] };
  if (kind) return field(path.slice(2), { at: 'entry', kind, id: path[1] });
  return field(path);
}

/**
 * The place of a value, for "… must be …" messages: like describePath, except that a skill or a
 * need written as a bare number is that skill's level.
 */
export function describeValuePlace(path: readonly string[], data: unknown, listItems: readonly boolean[] = []): Place {
  const bare = typeof data === 'number';
  if (bare && path.length === 2 && path[0] === 'skills') return { at: 'skill-level', skill: path[1] };
  if (bare && path.length === 4 && path[0] === 'plans' && path[2] === 'needs') return { at: 'need-level', plan: path[1], skill: path[3] };
  return describePath(path, listItems);
}

function field(path: readonly string[], of?: Place): Place {
  return { at: 'field', path: path.join('.'), of };
}
