/** Names a place in the plan the way a person would ("action \"pick-course\""), for messages. */
const ENTRY_KINDS: Record<string, string> = {
  skills: 'skill',
  goals: 'goal',
  plans: 'plan',
  actions: 'action',
  network: 'contact',
  obstacles: 'obstacle',
  'income-streams': 'income stream',
  needs: 'needed skill',
};

export function describePath(path: string[]): string {
  if (path.length === 0) return 'the plan';
  if (path.length >= 4 && path[0] === 'plans' && path[2] === 'experiments') {
    return path.length === 4 ? `experiment "${path[3]}"` : `${path.slice(4).join('.')} of experiment "${path[3]}"`;
  }
  if (path.length >= 2 && path[0] === 'review' && path[1] === 'log') {
    return path.length === 2 ? 'the review log' : `review log entry ${Number(path[2]) + 1}`;
  }
  const kind = ENTRY_KINDS[path[0]];
  if (kind && path.length === 1) return `"${path[0]}"`;
  if (kind && path.length === 2) return `${kind} "${path[1]}"`;
  if (kind && path.length > 2) return `${path.slice(2).join('.')} of ${kind} "${path[1]}"`;
  return `"${path.join('.')}"`;
}
