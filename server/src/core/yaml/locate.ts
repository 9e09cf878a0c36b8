import { keyText, type YNode, type YPair } from './tree';

export interface LocationStep {
  /** The node entered at this step (a value, or the key when the offset is on a key). */
  node: YNode;
  /** The pair whose key or value `node` is (absent for the root and list items). */
  pair?: YPair;
  /** The map key or list index this step went through (absent for the root). */
  segment?: string | number;
}

export interface Location {
  /** From the root down to the innermost node that contains the offset. */
  steps: LocationStep[];
  /** The keys and list indexes from the root to the innermost node (including the key under the offset). */
  path: Array<string | number>;
  /** The pair whose key the offset is on, if any. */
  onKey?: YPair;
}

/**
 * Finds the chain of nodes that contain an offset (ends included, so a cursor just after a word
 * still finds it). Maps and lists are searched by binary search on their (sorted) offsets, so a
 * lookup in a 50,000-line plan costs a few dozen comparisons.
 */
export function locate(root: YNode | null, offset: number): Location {
  const location: Location = { steps: [], path: [] };
  if (!root || offset < root.start || offset > root.end) return location;
  location.steps.push({ node: root });
  let node: YNode = root;
  for (;;) {
    if (node.kind === 'map') {
      const pair = findLast(node.pairs, offset, (p) => p.start);
      if (!pair || offset > pair.end) return location;
      const segment = keyText(pair);
      if (offset <= pair.key.end && offset >= pair.key.start) {
        location.steps.push({ node: pair.key, pair, segment });
        location.path.push(segment);
        location.onKey = pair;
        return location;
      }
      if (!pair.value || offset < pair.value.start || offset > pair.value.end) return location;
      location.steps.push({ node: pair.value, pair, segment });
      location.path.push(segment);
      node = pair.value;
    } else if (node.kind === 'seq') {
      const index = findLastIndex(node.items, offset, (item) => item.start);
      const item = node.items[index];
      if (!item || offset > item.end) return location;
      location.steps.push({ node: item, segment: index });
      location.path.push(index);
      node = item;
    } else {
      return location;
    }
  }
}

function findLast<T>(items: T[], offset: number, start: (item: T) => number): T | undefined {
  return items[findLastIndex(items, offset, start)];
}

/** The index of the last item that starts at or before `offset` (-1 when none). */
function findLastIndex<T>(items: T[], offset: number, start: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (start(items[mid]) <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
