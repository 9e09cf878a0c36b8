/**
 * The line index after an edit shares blocks of line starts with the index before it (see
 * LineStarts). Chains of edits over texts of thousands of lines, with every line break LSP knows
 * (`\n`, `\r\n`, lone `\r`), must leave an index equal to one built from the text afresh: the
 * same line starts, and the same position for every offset looked up.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { LineIndex } from '../src/core/text/lineIndex';
import { unchangedEnds } from '../src/core/yaml/chunkedParser';

const piece = fc.constantFrom('a', 'bc', '\n', '\r\n', '\r', '中', '  x: 1\n', '\n\n', '😀');

const editAt = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(40), insert: fc.array(piece, { maxLength: 6 }) });

describe('line index after edits', () => {
  it('equals a fresh index after chains of edits over many blocks of lines', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.array(editAt, { minLength: 1, maxLength: 40 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }), (lines, edits, probes) => {
        let text = Array.from({ length: lines }, (_, i) => (i % 7 === 3 ? `line ${i}\r\n` : i % 11 === 5 ? `r ${i}\r` : `line ${i}\n`)).join('');
        let index = new LineIndex(text);
        for (const { at, remove, insert } of edits) {
          const start = Math.floor(at * text.length);
          const after = text.slice(0, start) + insert.join('') + text.slice(Math.min(text.length, start + remove));
          const { prefix, suffix } = unchangedEnds(text, after);
          index = LineIndex.afterEdit(index, after, prefix, suffix);
          text = after;
        }
        const fresh = new LineIndex(text);
        assert.equal(index.lineCount, fresh.lineCount);
        for (let line = 0; line < fresh.lineCount; line++) assert.equal(index.lineStart(line), fresh.lineStart(line), `line ${line}`);
        for (const probe of probes) {
          const offset = Math.floor(probe * text.length);
          assert.deepEqual(index.positionAt(offset), fresh.positionAt(offset));
          const position = fresh.positionAt(offset);
          assert.equal(index.offsetAt(position), fresh.offsetAt(position));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a long typing session at one place and then all over the file equal to a fresh index', () => {
    let text = Array.from({ length: 20_000 }, (_, i) => `  key-${i}: value\n`).join('');
    let index = new LineIndex(text);
    for (let step = 0; step < 600; step++) {
      const at = step < 300 ? 100_000 + step : (step * 7919) % text.length;
      const insert = step % 5 === 0 ? '\n' : 'x';
      const after = text.slice(0, at) + insert + text.slice(at);
      const { prefix, suffix } = unchangedEnds(text, after);
      index = LineIndex.afterEdit(index, after, prefix, suffix);
      text = after;
    }
    const fresh = new LineIndex(text);
    assert.equal(index.lineCount, fresh.lineCount);
    for (let line = 0; line < fresh.lineCount; line += 1) assert.equal(index.lineStart(line), fresh.lineStart(line));
  });
});
