/**
 * The stdio writer's encoder (lsp/messageJson.ts) builds a diagnostics push from the texts of
 * diagnostics it serialized before. Whatever the push holds — quotes, backslashes, line
 * separators, Chinese and astral characters in messages and data, a version or none, a
 * diagnostic object sent again — its JSON must read back as the message; so must a pull's full
 * report built the same way; any other message is encoded as the library does.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver';
import { MessageJson } from '../../src/lsp/messageJson';

const text = fc.string({ unit: fc.constantFrom('a', '"', '\\', '\n', '\u2028', '中', '😀', '\u0000', '}', ']', ',') });
const position = fc.record({ line: fc.nat(), character: fc.nat() });
const diagnostic: fc.Arbitrary<Diagnostic> = fc.record(
  {
    range: fc.record({ start: position, end: position }),
    severity: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>,
    code: text,
    source: fc.constant('careerplan'),
    message: text,
    data: fc.dictionary(text, fc.oneof(text, fc.array(text), fc.integer())),
    tags: fc.constant([1 as const]),
  },
  { requiredKeys: ['range', 'message'] },
);

describe('message JSON of the stdio writer', () => {
  it('reads back as the message, for pushes and pull reports that send diagnostics again and for other messages', async () => {
    const json = new MessageJson();
    await fc.assert(
      fc.asyncProperty(fc.array(diagnostic, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 6 }), fc.option(fc.integer()), text, fc.oneof(fc.nat(), text), fc.option(text), async (fresh, again, version, uri, id, resultId) => {
        const first = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, ...(version === null ? {} : { version }), diagnostics: fresh } };
        // A second push reuses some objects of the first, in another order.
        const reused = again.filter(() => fresh.length > 0).map((i) => fresh[i % fresh.length]);
        const second = { ...first, params: { ...first.params, diagnostics: [...reused, ...fresh.slice(1)] } };
        const other = { jsonrpc: '2.0', id: 1, result: { diagnostics: fresh, uri } };
        const report = { jsonrpc: '2.0', id, result: { kind: 'full', ...(resultId === null ? {} : { resultId }), items: second.params.diagnostics } };
        const unchanged = { jsonrpc: '2.0', id, result: { kind: 'unchanged', resultId: resultId ?? '1' } };
        for (const message of [first, second, other, report, unchanged]) {
          const buffer = await json.encode(message as never, { charset: 'utf-8' });
          assert.deepEqual(JSON.parse(Buffer.from(buffer).toString('utf8')), JSON.parse(JSON.stringify(message)));
        }
      }),
      { numRuns: 300 },
    );
  });
});
