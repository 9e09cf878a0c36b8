/**
 * Drives the built server with many random edits (incremental, often leaving the YAML broken),
 * interleaved with completions, hovers and other requests at random places, and checks that it
 * never crashes, answers every request, and ends with the diagnostics of a fresh analysis.
 */
import * as assert from 'node:assert/strict';
import type { Position } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PlanAnalyzer } from '../../src/core/analyze';
import { TestClient } from './client';
import { EXAMPLE, TODAY } from './suite';

const EDITS = Number(process.env.CAREERPLAN_SOAK_EDITS ?? 600);
const SNIPPETS = ['x', ' ', '\n', ': ', '- ', '[', ']', '{', '}', ',', '#', '"', "'", '\t', '  status: done\n', 'after: [a, b]', '<<<<<<< HEAD\n', '2026-02-30', '\u00e9\u4e2d', '&a ', '*a', '|\n', '\r\n', '---\n'];

describe('language server: soak', function () {
  this.timeout(Math.max(120_000, EDITS * 100));
  let client: TestClient;
  after(async () => client?.stop());

  it(`survives ${EDITS} random edits with requests in between, and ends with the diagnostics of a fresh analysis`, async () => {
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY } });
    const uri = 'file:///plans/soak.careerplan.yaml';
    let text = EXAMPLE;
    await client.open(uri, text);
    let seed = Number(process.env.CAREERPLAN_SOAK_SEED ?? 20261124);
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    // Positions as LSP counts them (a lone \r ends a line too), exactly as the server's documents do.
    let mirror = TextDocument.create(uri, 'careerplan', 1, text);
    const positionAt = (offset: number): Position => mirror.positionAt(offset);
    const pending: Array<Promise<unknown>> = [];
    let version = 1;
    for (let i = 0; i < EDITS; i++) {
      // Offsets that are positions (never between the \r and \n of a line break).
      const snap = (offset: number) => mirror.offsetAt(mirror.positionAt(offset));
      const start = snap(Math.floor(random() * (text.length + 1)));
      const end = Math.max(start, snap(Math.min(text.length, start + (random() < 0.4 ? Math.floor(random() * 12) : 0))));
      const insert = random() < 0.7 ? SNIPPETS[Math.floor(random() * SNIPPETS.length)] : '';
      const range = { start: positionAt(start), end: positionAt(end) };
      text = text.slice(0, start) + insert + text.slice(end);
      version = await client.change(uri, [{ range, text: insert }]);
      mirror = TextDocument.update(mirror, [{ range, text: insert }], version);
      assert.equal(mirror.getText(), text);
      // Keep the plan recognisable: now and then, go back to the example.
      if (random() < 0.02) {
        text = EXAMPLE;
        version = await client.change(uri, [{ text }]);
        mirror = TextDocument.update(mirror, [{ text }], version);
      }
      const position = positionAt(Math.floor(random() * (text.length + 1)));
      const textDocument = { uri };
      const method = ['textDocument/completion', 'textDocument/hover', 'textDocument/definition', 'textDocument/documentSymbol', 'textDocument/references', 'textDocument/prepareRename', 'textDocument/codeAction', 'textDocument/codeLens'][Math.floor(random() * 8)];
      const params = method === 'textDocument/references' ? { textDocument, position, context: { includeDeclaration: true } }
        : method === 'textDocument/codeAction' ? { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }
          : { textDocument, position };
      // prepareRename refuses with an error off an id: that is an answer too.
      pending.push(client.request(method, params).catch((error: Error) => {
        if (method !== 'textDocument/prepareRename') throw new Error(`${method} failed: ${error.message}`);
      }));
      if (pending.length >= 20) await Promise.all(pending.splice(0));
      if (process.env.CAREERPLAN_SOAK_TRACE && i % 200 === 0) console.log(i, text.length, new Date().toISOString());
    }
    await Promise.all(pending);
    const last = await client.waitForDiagnostics(uri, version, 30_000);
    assert.equal(client.hasExited, false);
    const fresh = new PlanAnalyzer().analyze(text, { today: TODAY });
    assert.deepEqual(
      last.diagnostics.map((d) => [d.code, d.message, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]),
      fresh.findings.map((f) => {
        const r = fresh.lines.rangeOf(f);
        return [f.code, f.message, r.start.line, r.start.character, r.end.line, r.end.character];
      }),
    );
    assert.ok(!/failed:/.test(client.logs.join('\n')), client.logs.filter((l) => /failed:/.test(l)).join('\n'));
  });
});
