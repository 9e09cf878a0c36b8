/**
 * A BlockText is read where a string was (the parser, the line index, completion): after chains
 * of edits over texts of several blocks, every read must answer what the same read of the edited
 * string answers, at block boundaries, with negative and out-of-range arguments, for searches
 * that straddle two blocks.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { BlockText } from '../src/core/text/blockText';

const piece = fc.constantFrom('a', 'bc', '\n', '\r\n', '\r', '中', '  x: 1\n', '😀', '- ', ': ');
const editAt = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.oneof(fc.nat(40), fc.nat(40_000)), insert: fc.array(piece, { maxLength: 8 }) });
const probe = fc.double({ min: -0.2, max: 1.2, noNaN: true });

function baseText(lines: number): string {
  return Array.from({ length: lines }, (_, i) => (i % 7 === 3 ? `  key-${i}: 中文 ${i}\r\n` : i % 1000 < 600 ? `    deep ${i}\n` : `- line ${i}\n`)).join('');
}

/** Applies the edits to a string and to a BlockText, and returns both. */
function edited(lines: number, edits: Array<{ at: number; remove: number; insert: string[] }>): { text: string; blocks: BlockText } {
  let text = baseText(lines);
  let blocks = BlockText.of(text);
  for (const { at, remove, insert } of edits) {
    const start = Math.floor(at * text.length);
    const end = Math.min(text.length, start + remove);
    text = text.slice(0, start) + insert.join('') + text.slice(end);
    blocks = blocks.edit(start, end, insert.join(''));
  }
  return { text, blocks };
}

/** The last `\n` before `end` not followed by `indent` spaces, read character by character. */
function lastBreakBefore(text: string, end: number, indent: number): number {
  for (let at = Math.min(end, text.length) - 1; at >= 0; at--) {
    if (text[at] === '\n' && !text.startsWith(' '.repeat(indent), at + 1)) return at;
  }
  return -1;
}

describe('BlockText reads as a string does', () => {
  it('after chains of edits: length, characters, slices, searches, toString', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6000 }), fc.array(editAt, { maxLength: 30 }), fc.array(probe, { minLength: 6, maxLength: 6 }), fc.integer({ min: 1, max: 12 }), (lines, edits, probes, width) => {
        const { text, blocks } = edited(lines, edits);
        assert.equal(blocks.length, text.length);
        const at = (p: number) => Math.floor(p * text.length);
        for (const p of probes) {
          const i = at(p);
          assert.equal(blocks.charCodeAt(i), text.charCodeAt(i), `charCodeAt(${i})`);
          assert.equal(blocks.charAt(i), text.charAt(i));
          for (const q of probes) {
            const j = at(q);
            assert.equal(blocks.slice(i, j), text.slice(i, j), `slice(${i}, ${j})`);
            // A search for a piece of the text itself (often across a block boundary) and for one that may not occur.
            const needle = text.slice(Math.max(0, j), Math.max(0, j) + width);
            for (const search of [needle, '\n', '\r', 'key-', '中文 1', '😀', '', '#nothing']) {
              assert.equal(blocks.indexOf(search, i), text.indexOf(search, i), `indexOf(${JSON.stringify(search)}, ${i})`);
              assert.equal(blocks.lastIndexOf(search, i), text.lastIndexOf(search, i), `lastIndexOf(${JSON.stringify(search)}, ${i})`);
              assert.equal(blocks.includes(search, i), text.includes(search, i));
              assert.equal(blocks.startsWith(search, i), text.startsWith(search, i));
            }
          }
          assert.equal(blocks.slice(i), text.slice(i));
          // The backward search for a less indented line, blocks passed over by their memo.
          for (const indent of [0, 1, 2, 4]) assert.equal(blocks.lastBreakBefore(i, indent), lastBreakBefore(text, i, indent), `lastBreakBefore(${i}, ${indent})`);
        }
        assert.equal(blocks.lastIndexOf('\n'), text.lastIndexOf('\n'));
        assert.equal(blocks.indexOf('\n'), text.indexOf('\n'));
        assert.equal(blocks.slice(), text);
        assert.equal(String(blocks), text);
      }),
      { numRuns: 120 },
    );
  });

  it('keeps blocks within bounds through a long typing session, so no read grows with the edits', () => {
    let text = baseText(20_000);
    let blocks = BlockText.of(text);
    for (let step = 0; step < 2000; step++) {
      const start = (step * 7919) % text.length;
      const end = step % 3 === 0 ? Math.min(text.length, start + 50) : start;
      const insert = step % 5 === 0 ? '' : 'typed\n';
      text = text.slice(0, start) + insert + text.slice(end);
      blocks = blocks.edit(start, end, insert);
    }
    assert.equal(String(blocks), text);
    const sizes = (blocks as unknown as { blocks: string[] }).blocks.map((b) => b.length);
    assert.ok(Math.max(...sizes) <= 32_768, `largest block ${Math.max(...sizes)}`);
    assert.ok(sizes.length <= Math.ceil(text.length / 4096) + 1, `${sizes.length} blocks`);
  });

  it('refuses an edit outside the text', () => {
    const blocks = BlockText.of('abc');
    assert.throws(() => blocks.edit(2, 1, 'x'), RangeError);
    assert.throws(() => blocks.edit(0, 4, 'x'), RangeError);
    assert.equal(String(blocks.edit(0, 3, '')), '');
    assert.equal(String(blocks.edit(0, 3, '').edit(0, 0, 'new')), 'new');
  });
});
