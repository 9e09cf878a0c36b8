import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { cursorContext, previousLineToCheck } from '../src/core/cursor/cursorContext';
import { BlockText } from '../src/core/text/blockText';
import { takeCursor } from './cursorMarker';

/** The context at the `|` of a marked text. */
function at(marked: string) {
  const { text, offset } = takeCursor(marked);
  return cursorContext(text, offset);
}

describe('cursorContext', () => {
  it('finds the map of a key being typed by indentation, siblings included', () => {
    const context = at('careerplan: 1\nactions:\n  pick:\n    do: x\n    st|\n    due: 2026-01-01\n  other:\n    do: y\n');
    assert.equal(context.kind, 'key');
    if (context.kind !== 'key') return;
    assert.deepEqual(context.path, ['actions', 'pick']);
    assert.equal(context.prefix, 'st');
    assert.deepEqual(context.siblings.sort(), ['do', 'due']);
  });

  it('reads values, flow lists and flow maps', () => {
    assert.deepEqual(at('actions:\n  a:\n    plan: tech-w|\n'), { kind: 'value', path: ['actions', 'a', 'plan'], prefix: 'tech-w', start: 24, end: 30, flow: false, listItem: false, siblings: [], quote: undefined });
    const list = at('actions:\n  a:\n    after: [b, "c", d|]\n');
    assert.equal(list.kind, 'value');
    if (list.kind === 'value') {
      assert.deepEqual([list.path, list.prefix, list.listItem, list.siblings], [['actions', 'a', 'after'], 'd', true, ['b', 'c']]);
    }
    const map = at('skills:\n  w: { level: 2, ki|');
    assert.equal(map.kind, 'key');
    if (map.kind === 'key') assert.deepEqual([map.path, map.prefix, map.siblings, map.flow], [['skills', 'w'], 'ki', ['level'], true]);
    const inner = at('skills:\n  w: { level: 2, kind: dig|}');
    assert.equal(inner.kind, 'value');
    if (inner.kind === 'value') assert.deepEqual(inner.path, ['skills', 'w', 'kind']);
  });

  it('follows list items, compact lists included', () => {
    for (const text of ['review:\n  log:\n    - date: 2026-01-01\n      no|\n', 'review:\n  log:\n  - date: 2026-01-01\n    no|\n']) {
      const context = at(text);
      assert.equal(context.kind, 'key');
      if (context.kind === 'key') assert.deepEqual([context.path, context.siblings], [['review', 'log', 0], ['date']]);
    }
    const item = at('actions:\n  a:\n    after:\n      - b\n      - |\n');
    assert.equal(item.kind, 'key');
    if (item.kind === 'key') assert.deepEqual([item.path, item.listItem, item.siblings], [['actions', 'a', 'after', 0], true, ['b']]);
  });

  it('gives up inside comments, multi-line text and closed quotes', () => {
    assert.equal(at('goals:\n  # a note |\n').kind, 'none');
    assert.equal(at('actions:\n  a:\n    do: a long\n      text that goes on|\n').kind, 'none');
    assert.equal(at('actions:\n  a:\n    do: "closed" |\n').kind, 'none');
    assert.equal(at('actions:\n  a:\n    notes: >\n      free text here|\n').kind, 'none');
  });

  it('handles CRLF line ends and the edges of the text', () => {
    const context = at('careerplan: 1\r\nactions:\r\n  pick:\r\n    do: x\r\n    st|\r\n    due: 2026-01-01\r\n');
    assert.equal(context.kind, 'key');
    if (context.kind === 'key') assert.deepEqual([context.path, context.siblings.sort()], [['actions', 'pick'], ['do', 'due']]);
    assert.equal(at('|').kind, 'key');
    assert.equal(at('\r\n\r\n|').kind, 'key');
    assert.deepEqual(at('a:\r\n  b|\r').kind, 'key');
  });
});

describe('previousLineToCheck', () => {
  /** The walk it replaces: back line by line while lines start with `indent` spaces. */
  function walkBack(text: string, lineStart: number, indent: number): number {
    for (let start = lineStart; start > 0; ) {
      start = start < 2 ? 0 : text.lastIndexOf('\n', start - 2) + 1;
      if (!text.startsWith(' '.repeat(indent), start)) return start;
    }
    return 0;
  }

  it('finds the line a walk back line by line finds, across its search windows', () => {
    const line = fc.tuple(fc.nat(6), fc.constantFrom('a: 1', '- x', '# c', '', '\t', 'b:', '\r', 'x\r'), fc.constantFrom('\n', '\r\n'));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 60 }), fc.nat(7), fc.nat(), fc.nat(3000), (lines, indent, pick, filler) => {
        // Long runs of deeper lines make the search cross windows.
        const deep = `${' '.repeat(indent + 1)}deep: line\n`.repeat(filler);
        const text = deep + lines.map(([n, body, end]) => ' '.repeat(n) + body + end).join('') + deep;
        const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)].filter((s) => s <= text.length);
        const lineStart = starts[pick % starts.length];
        const expected = walkBack(text, lineStart, indent);
        assert.equal(previousLineToCheck(text, lineStart, indent), expected);
        // The same text in blocks (their boundaries moved by a deleted head) passes blocks over.
        const shift = pick % 20_000;
        const blocks = BlockText.of('#'.repeat(shift) + text).edit(0, shift, '');
        assert.equal(previousLineToCheck(blocks, lineStart, indent), expected);
      }),
      { numRuns: 300 },
    );
  });

  it('ends on a text that starts with a line break', () => {
    // lineAt(text, 0) once took the line after the first break for the first line, and the walk back never ended.
    assert.deepEqual(previousLineToCheck('\n  a: 1\n', 1, 2), 0);
    assert.equal(cursorContext('\n  a: 1\n  b', 11).kind, 'none');
    assert.equal(cursorContext('\nplan:\n  b', 10).kind, 'key');
  });

  it('answers at the end of a 100,000-line section in milliseconds', () => {
    const text = 'actions:\n' + '  a:\n    do: x\n'.repeat(50_000) + '  b:\n';
    const started = performance.now();
    for (let i = 0; i < 20; i++) assert.equal(previousLineToCheck(text, text.length - 5, 2), 0);
    assert.ok(performance.now() - started < 2000);
    // In blocks, each of which it passes over unread.
    const blocks = BlockText.of(text);
    const inBlocks = performance.now();
    for (let i = 0; i < 200; i++) assert.equal(previousLineToCheck(blocks, text.length - 5, 2), 0);
    assert.ok(performance.now() - inBlocks < 200);
  });
});
