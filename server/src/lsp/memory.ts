import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Bounds the garbage the server keeps between analyses. Every version of a big plan leaves a
 * few megabytes behind (its text alone is 3 MB for a 50,000-line plan with Chinese in it), and
 * V8 lets that pile up to several times the live heap before it collects. An editor runs many
 * language servers at once, so after a push the server collects itself once the heap has grown
 * by a budget since the last collection: a full collection of a big plan's heap costs about as
 * much as one analysis, once every several edits.
 */
export class GarbageBudget {
  private baseline = getHeapStatistics().used_heap_size;

  constructor(
    private readonly budgetBytes = 64 * 1024 * 1024,
    private readonly collect: (() => void) | undefined = exposeGc(),
  ) {}

  /** Call when a piece of work is done (a diagnostics push): collects when over budget. */
  settle(): void {
    if (!this.collect) return;
    if (getHeapStatistics().used_heap_size - this.baseline < this.budgetBytes) return;
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
