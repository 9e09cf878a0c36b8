import type { Action, Ref } from '../model/types';
import { KeptReports, kept } from './kept';
import type { Rule } from './rule';

/**
 * dependency-cycle (SPEC §3): `after` links that go round in a circle. One finding per strongly
 * connected component (and one per action that waits for itself), on the `after` entry that
 * closes the cycle through the component's first action in the file, so the finding stays put
 * while the user edits elsewhere.
 */
export const dependencyCycleRule: Rule = {
  code: 'dependency-cycle',
  reads: (model) => [model.actions],
  check(context, report) {
    const { model } = context;
    // The graph has the actions that wait for something only: an edit that made or dropped none of them leaves the cycles as they were.
    const state = kept(context, 'graph', () => ({ reports: new KeptReports<Action>(), onCycles: new Set<Action>() }));
    // An action typed in (its title, its date) that keeps its id and what it waits for, and is on no
    // cycle found (whose finding points into it), leaves the graph and the findings as they were.
    const standsFor = (before: Action, after: Action) => before.id === after.id && sameWaits(before, after) && !state.onCycles.has(before);
    state.reports.run(model.actions, [], waits, (reportCycle) => {
      const graph = new ActionGraph(model.actions);
      state.onCycles = new Set();
      const onCycle = (indexes: number[]) => indexes.forEach((i) => state.onCycles.add(graph.actions[i]));
      for (const component of stronglyConnectedComponents(graph)) {
        if (component.length < 2) continue;
        const cycle = shortestCycleThrough(graph, component);
        if (!cycle) continue;
        onCycle(component);
        reportCycle(cycle.closing.node, 'dependency-cycle', { cycle: spell(graph, cycle.path) }, { actions: cycle.path.map((i) => graph.actions[i].id) });
      }
      graph.actions.forEach((action, index) => {
        const self = graph.edges[index].find((edge) => edge.target === index);
        if (!self) return;
        onCycle([index]);
        reportCycle(self.ref.node, 'dependency-cycle.self', { id: action.id }, { actions: [action.id] });
      });
    }, report, standsFor);
  },
};

function waits(action: Action): boolean {
  return action.after.length > 0;
}

function sameWaits(before: Action, after: Action): boolean {
  return before.after.length === after.after.length && before.after.every((ref, i) => ref.id === after.after[i].id);
}

interface Edge {
  target: number;
  ref: Ref;
}

/**
 * Actions that wait for something as nodes (in file order), `after` references to them as edges.
 * Only such an action can be on a cycle, so the others are left out: most of a large plan's
 * actions wait for nothing, and every edit rebuilds the graph.
 */
class ActionGraph {
  readonly actions: Action[] = [];
  readonly edges: Edge[][] = [];

  constructor(all: readonly Action[]) {
    const indexById = new Map<string, number>();
    for (const action of all) {
      if (!waits(action)) continue;
      if (!indexById.has(action.id)) indexById.set(action.id, this.actions.length);
      this.actions.push(action);
    }
    for (const action of this.actions) {
      const out: Edge[] = [];
      for (const ref of action.after) {
        const target = indexById.get(ref.id);
        if (target !== undefined) out.push({ target, ref });
      }
      this.edges.push(out);
    }
  }
}

/** Tarjan's algorithm with an explicit stack: action lists can be deep enough to overflow recursion. */
function stronglyConnectedComponents(graph: ActionGraph): number[][] {
  const count = graph.actions.length;
  const order = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const components: number[][] = [];
  let next = 0;
  // The depth-first path: each frame is a node and the index of the next edge to follow from it.
  const frameNode = new Int32Array(count);
  const frameEdge = new Int32Array(count);
  let depth = 0;

  for (let root = 0; root < count; root++) {
    if (order[root] !== -1) continue;
    frameNode[0] = root;
    frameEdge[0] = 0;
    depth = 1;
    order[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = 1;
    while (depth > 0) {
      const node = frameNode[depth - 1];
      const edges = graph.edges[node];
      const edgeIndex = frameEdge[depth - 1];
      if (edgeIndex < edges.length) {
        frameEdge[depth - 1]++;
        const target = edges[edgeIndex].target;
        if (order[target] === -1) {
          order[target] = low[target] = next++;
          stack.push(target);
          onStack[target] = 1;
          frameNode[depth] = target;
          frameEdge[depth] = 0;
          depth++;
        } else if (onStack[target]) {
          low[node] = Math.min(low[node], order[target]);
        }
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = frameNode[depth - 1];
        low[parent] = Math.min(low[parent], low[node]);
      }
      if (low[node] === order[node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          component.push(member);
        } while (member !== node);
        components.push(component);
      }
    }
  }
  return components;
}

/**
 * The shortest cycle (of two or more actions) through the component's first action, found by a
 * breadth-first search inside the component: `path` lists the actions in order, and `closing`
 * is the `after` reference that leads back to the first one.
 */
function shortestCycleThrough(graph: ActionGraph, component: number[]): { path: number[]; closing: Ref } | undefined {
  // parent[i]: -2 outside the component, -1 not reached yet, else the node it was reached from.
  const parent = new Int32Array(graph.actions.length).fill(-2);
  for (const member of component) parent[member] = -1;
  const start = component.reduce((a, b) => Math.min(a, b));
  parent[start] = start;
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const edge of graph.edges[node]) {
      if (edge.target === start && node !== start) {
        const path: number[] = [];
        for (let at = node; at !== start; at = parent[at]) path.push(at);
        path.push(start);
        return { path: path.reverse(), closing: edge.ref };
      }
      if (parent[edge.target] === -1) {
        parent[edge.target] = node;
        queue.push(edge.target);
      }
    }
  }
  return undefined;
}

const SPELLED_OUT = 12;

/** `a → b → a`: each action waits for the next. Very long cycles keep their ends readable. */
function spell(graph: ActionGraph, path: number[]): string {
  const id = (i: number) => graph.actions[i].id;
  const closed = [...path, path[0]];
  if (closed.length <= SPELLED_OUT) return closed.map(id).join(' → ');
  const half = SPELLED_OUT / 2;
  return `${closed.slice(0, half).map(id).join(' → ')} → … → ${closed.slice(-half).map(id).join(' → ')} (${path.length} actions)`;
}
