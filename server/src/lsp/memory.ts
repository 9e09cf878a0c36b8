import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How far the heap may grow past what the last collection left, at least and at most. */
const MIN_BUDGET = 64 * 1024 * 1024;
const MAX_BUDGET = 160 * 1024 * 1024;
/** The heap the budget keeps the server under where it can (a 200,000-line plan lives in about 200 MB). */
const HEAP_CEILING = 256 * 1024 * 1024;

/**
 * Bounds the garbage the server keeps between analyses. Every version of a big plan leaves some
 * behind (the chunks an edit parsed again, the version's findings and diagnostics), and V8 lets
 * that pile up to several times the live heap before it collects. An editor runs many language
 * servers at once, so before an analysis (diagnostics.ts says why then) the server collects
 * itself once the heap has grown by a budget since the last collection. A full collection blocks
 * for about as long as an analysis, so the budget is as large as the ceiling allows.
 */
export class GarbageBudget {
  private baseline = getHeapStatistics().used_heap_size;

  constructor(
    private readonly budgetOf = (baseline: number) => Math.min(MAX_BUDGET, Math.max(MIN_BUDGET, HEAP_CEILING - baseline)),
    private readonly collect: (() => void) | undefined = exposeGc(),
  ) {}

  /** Call between pieces of work: collects when over budget, or now when `now`. */
  settle(now = false): void {
    if (!this.collect) return;
    if (!now && getHeapStatistics().used_heap_size - this.baseline < this.budgetOf(this.baseline)) return;
    this.collect();
    this.baseline = getHeapStatistics().used_heap_size;
  }
}

/** `gc()` when node runs with --expose-gc, else exposed at run time (the flag only adds the function). */
function exposeGc(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === 'function') return existing;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}
