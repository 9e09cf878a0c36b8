/**
 * The server's collection budget (lsp/memory.ts): how far the heap may grow before a push is
 * followed by a full collection, and the collection right after a document's first analysis.
 */
import * as assert from 'node:assert/strict';
import { GarbageBudget } from '../../src/lsp/memory';

const MB = 1024 * 1024;

describe('garbage budget', () => {
  it('collects only past the budget, and at once when asked', () => {
    let collections = 0;
    // A budget no heap reaches: only `settle(true)` collects.
    const budget = new GarbageBudget(() => Number.MAX_SAFE_INTEGER, () => collections++);
    budget.settle();
    assert.equal(collections, 0);
    budget.settle(true);
    assert.equal(collections, 1);
    // A budget every heap has passed: each push collects.
    const eager = new GarbageBudget(() => -1, () => collections++);
    eager.settle();
    eager.settle();
    assert.equal(collections, 3);
  });

  it('lets a small heap grow by up to 160 MB and keeps a large one near its ceiling', () => {
    const budget = new GarbageBudget(undefined, () => {}) as unknown as { budgetOf: (baseline: number) => number };
    assert.equal(budget.budgetOf(20 * MB), 160 * MB);
    assert.equal(budget.budgetOf(150 * MB), 106 * MB);
    assert.equal(budget.budgetOf(230 * MB), 64 * MB);
  });
});
