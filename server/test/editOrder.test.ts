/**
 * Insertions at the same offset: LSP clients apply them in array order, and so does applyEdits,
 * so an edit that inserts two things at one place must list them in reading order.
 */
import * as assert from 'node:assert/strict';
import { PlanAnalyzer } from '../src/core/analyze';
import { markDone } from '../src/core/edits/planEdits';
import { applyEdits } from '../src/core/edits/textEdits';

describe('edits at the same offset', () => {
  it('applyEdits keeps array order for insertions at one offset, as LSP clients do', () => {
    assert.equal(applyEdits('ab', [{ start: 1, end: 1, newText: 'X' }, { start: 1, end: 1, newText: 'Y' }]), 'aXYb');
  });

  it('marks done an action whose last key is an empty done:', () => {
    const text = 'careerplan: 1\nactions:\n  a:\n    done:\n';
    const result = markDone(new PlanAnalyzer().analyze(text, { today: '2026-11-24' }), 'a', '2026-11-24');
    assert.ok(result.ok);
    assert.equal(applyEdits(text, result.edits), 'careerplan: 1\nactions:\n  a:\n    done: 2026-11-24\n    status: done\n');
  });
});
