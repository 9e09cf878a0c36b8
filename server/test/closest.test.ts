import * as assert from 'node:assert/strict';
import { boundedEditDistance, closestId } from '../src/core/text/closest';

describe('closestId (did-you-mean)', () => {
  it('suggests the id one typo away', () => {
    assert.equal(closestId('trainr', ['primary', 'trainer']), 'trainer');
    assert.equal(closestId('pirmary', ['primary', 'trainer']), 'primary');
  });

  it('prefers the closest candidate, and the first one on a tie', () => {
    assert.equal(closestId('writing', ['writer', 'writting', 'wrting']), 'writting');
    assert.equal(closestId('abcd', ['abcx', 'abcy']), 'abcx');
  });

  it('allows up to a third of the length in edits for long ids, and 2 for short ones', () => {
    // 15 characters: up to 5 edits.
    assert.equal(closestId('instruct-design', ['instructional-design']), 'instructional-design');
    assert.equal(closestId('sql', ['sqlite']), '');
    assert.equal(closestId('sql', ['sqla']), 'sqla');
    assert.equal(closestId('cv', ['ab']), '');
  });

  it('suggests nothing when nothing is close, or there is nothing to suggest', () => {
    assert.equal(closestId('bob', ['ines-ortega', 'marta']), '');
    assert.equal(closestId('anything', []), '');
    assert.equal(closestId('same', ['same']), '');
  });

  it('stops early once the distance exceeds the limit', () => {
    assert.equal(boundedEditDistance('kitten', 'sitting', 5), 3);
    assert.equal(boundedEditDistance('kitten', 'sitting', 2), 3);
    assert.equal(boundedEditDistance('a'.repeat(50), 'b'.repeat(50), 3), 4);
  });

  it('stays fast over thousands of candidates', () => {
    const candidates = Array.from({ length: 20_000 }, (_, i) => `action-number-${i}`);
    const t0 = performance.now();
    assert.equal(closestId('action-numbr-19999', candidates), 'action-number-19999');
    assert.ok(performance.now() - t0 < 500);
  });
});
