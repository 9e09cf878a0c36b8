import * as assert from 'node:assert/strict';
import { cursorContext } from '../src/core/cursor/cursorContext';
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
