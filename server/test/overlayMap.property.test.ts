/**
 * The model's lookups by id after an edit that kept the ids are overlays of the last lookup
 * (core/model/overlayMap.ts). Through any chain of replacements — including the copy into a
 * plain map once the replacements outgrow the base — an overlay must read exactly as a map
 * copied and updated would: every lookup, the size, and iteration in the base's order.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { OverlayMap } from '../src/core/model/overlayMap';

describe('OverlayMap', () => {
  it('reads as a copied and updated map through chains of replacements', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.array(fc.array(fc.tuple(fc.nat(), fc.integer()), { maxLength: 5 }), { maxLength: 30 }), (size, steps) => {
        const keys = Array.from({ length: size }, (_, i) => `id-${i}`);
        let plain = new Map(keys.map((key, i) => [key, i]));
        let overlay: ReadonlyMap<string, number> = new Map(plain);
        for (const step of steps) {
          const replaced = step.map(([at, value]): [string, number] => [keys[at % size], value]);
          plain = new Map(plain);
          for (const [key, value] of replaced) plain.set(key, value);
          overlay = OverlayMap.replacing(overlay, replaced);
          assert.equal(overlay.size, plain.size);
          assert.deepEqual([...overlay], [...plain]);
          assert.deepEqual([...overlay.keys()], [...plain.keys()]);
          assert.deepEqual([...overlay.values()], [...plain.values()]);
          for (const key of [...keys, 'missing']) {
            assert.equal(overlay.get(key), plain.get(key));
            assert.equal(overlay.has(key), plain.has(key));
          }
          const seen: Array<[string, number]> = [];
          overlay.forEach((value, key) => seen.push([key, value]));
          assert.deepEqual(seen, [...plain]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
