/**
 * The edit tracker turns the editor's change events into the region the parser re-reads
 * (lsp/editTracker.ts). Whatever changes arrive — several per notification, reversed ranges,
 * positions past a line's end, ranges splitting `\r\n`, full-text replacements — the region it
 * reports must leave outside it exactly the text of the version marked; and an analysis told
 * that region must equal one that compared the texts.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { ChunkedYamlParser } from '../../src/core/yaml/chunkedParser';
import { EditTracker } from '../../src/lsp/editTracker';
import { generatePlan } from '../../../scripts/genplan.mjs';

const piece = fc.constantFrom('', 'a', 'bc', '\n', '\r\n', '\r', '中', '😀', '  x: 1\n', '- ');
const position = fc.record({ line: fc.nat(60), character: fc.nat(30) });
const change: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text: fc.array(piece, { maxLength: 4 }).map((xs) => xs.join('')) }) },
  { weight: 1, arbitrary: fc.array(piece, { maxLength: 8 }).map((xs) => ({ text: xs.join('') })) },
);
/** One notification: its changes, and whether the analysis parses (and marks) the text after it. */
const notification = fc.record({ changes: fc.array(change, { minLength: 1, maxLength: 3 }), parse: fc.boolean() });

describe('edit tracker', () => {
  it('reports a region outside which the text is the marked version\'s', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), fc.array(notification, { minLength: 1, maxLength: 30 }), (start, notifications) => {
        const tracker = new EditTracker();
        let document = tracker.create('file:///a.careerplan.yaml', 'careerplan', 1, start.join(''));
        tracker.mark(document);
        let markedText = document.getText();
        let markedVersion = 1;
        for (const [i, { changes, parse }] of notifications.entries()) {
          document = tracker.update(document, changes, i + 2);
          const text = document.getText();
          assert.ok(Number.isInteger(document.offsetAt({ line: document.lineCount - 1, character: 1 })), 'a range past the end does not spoil the line offsets');
          const known = tracker.since(document, markedVersion);
          if (known) {
            assert.ok(known.prefix + known.suffix <= Math.min(text.length, markedText.length), 'the region fits both texts');
            assert.equal(text.slice(0, known.prefix), markedText.slice(0, known.prefix), 'before the region');
            assert.equal(text.slice(text.length - known.suffix), markedText.slice(markedText.length - known.suffix), 'after the region');
          }
          assert.equal(tracker.since(document, markedVersion - 1), undefined, 'no region for a version not marked');
          if (parse) {
            tracker.mark(document);
            markedText = text;
            markedVersion = i + 2;
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('lets a warm parse of a plan equal a fresh one, notification after notification', () => {
    const tracker = new EditTracker();
    const text = generatePlan({ lines: 400, seed: 21 });
    fc.assert(
      fc.property(fc.array(notification, { minLength: 1, maxLength: 12 }), (notifications) => {
        let document = tracker.create('file:///b.careerplan.yaml', 'careerplan', 1, text);
        const parser = new ChunkedYamlParser();
        parser.parse(document.getText());
        tracker.mark(document);
        let parsedVersion = 1;
        for (const [i, { changes, parse }] of notifications.entries()) {
          document = tracker.update(document, changes.map(spread), i + 2);
          if (!parse && i < notifications.length - 1) continue;
          const warm = parser.parse(document.getText(), tracker.since(document, parsedVersion));
          tracker.mark(document);
          parsedVersion = i + 2;
          const fresh = new ChunkedYamlParser().parse(document.getText());
          assert.deepEqual(JSON.stringify(warm.json), JSON.stringify(fresh.json));
          assert.deepEqual(warm.problems, fresh.problems);
        }
      }),
      { numRuns: 60 },
    );
  });
});

/** The arbitraries' small line numbers spread over the 400-line plan. */
function spread(change: TextDocumentContentChangeEvent): TextDocumentContentChangeEvent {
  if (!('range' in change) || !change.range) return change;
  const { start, end } = change.range;
  return { ...change, range: { start: { ...start, line: start.line * 7 }, end: { ...end, line: end.line * 7 } } };
}
