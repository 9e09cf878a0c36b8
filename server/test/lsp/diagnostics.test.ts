import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { PlanAnalyzer } from '../../src/core/analyze';
import { positionOf, TestClient } from './client';
import { EXAMPLE, TODAY } from './suite';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code)).sort();

describe('language server: diagnostics', function () {
  let client: TestClient;
  afterEach(async () => client?.stop());

  it('publishes the findings of an opened plan with its version, at the exact places', async () => {
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY } });
    const uri = 'file:///plans/ada.careerplan.yaml';
    await client.open(uri, EXAMPLE);
    const published = await client.waitForDiagnostics(uri, 1);
    assert.deepEqual(codes(published.diagnostics), ['overdue', 'skill-gap', 'unrated-experiment']);
    const overdue = published.diagnostics.find((d) => d.code === 'overdue')!;
    const due = positionOf(EXAMPLE, '2026-11-01', 1);
    assert.deepEqual(overdue.range, { start: due, end: { line: due.line, character: due.character + 10 } });
    assert.equal(overdue.source, 'careerplan');
    assert.equal(overdue.severity, 2);
  });

  it('never publishes a stale version after a newer one: the last push is for the last edit', async () => {
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY } });
    const uri = 'file:///plans/quick.careerplan.yaml';
    await client.open(uri, EXAMPLE);
    await client.waitForDiagnostics(uri, 1);
    // Type "x" into the owner's name ten times, as fast as the pipe takes it.
    const owner = positionOf(EXAMPLE, 'Ada Lovelace', 0, 3);
    let version = 1;
    let text = EXAMPLE;
    for (let i = 0; i < 10; i++) {
      version = await client.change(uri, [{ range: { start: owner, end: owner }, text: 'x' }]);
      const offset = EXAMPLE.indexOf('Ada Lovelace') + 3;
      text = text.slice(0, offset) + 'x' + text.slice(offset);
    }
    // Then break the YAML, so the final diagnostics differ from every earlier push.
    const at = positionOf(text, 'careerplan: 1');
    version = await client.change(uri, [{ range: { start: at, end: at }, text: '  bad: [\n' }]);
    text = '  bad: [\n' + text;
    const last = await client.waitForDiagnostics(uri, version);
    assert.ok(codes(last.diagnostics).includes('yaml-syntax'));
    const seen = client.published.filter((p) => p.uri === uri).map((p) => p.version ?? -1);
    const ordered = [...seen].sort((a, b) => a - b);
    assert.deepEqual(seen, ordered, `pushes out of order: ${seen}`);
    assert.equal(seen[seen.length - 1], version);
    // The pushed diagnostics equal a fresh analysis of the final text.
    const fresh = new PlanAnalyzer().analyze(text, { today: TODAY });
    assert.deepEqual(last.diagnostics.map((d) => [d.code, d.message, d.range.start.line, d.range.start.character]),
      fresh.findings.map((f) => [f.code, f.message, fresh.lines.positionAt(f.start).line, fresh.lines.positionAt(f.start).character]));
  });

  it('takes rule levels and today from workspace/configuration, and the file\'s rules: win', async () => {
    client = await TestClient.start({ settings: { careerplan: { today: TODAY, rules: { 'unrated-experiment': 'off', 'skill-gap': 'error' } } } });
    const uri = 'file:///plans/settings.careerplan.yaml';
    await client.open(uri, EXAMPLE);
    let published = await client.waitForDiagnostics(uri, 1);
    assert.deepEqual(codes(published.diagnostics), ['overdue', 'skill-gap']);
    assert.equal(published.diagnostics.find((d) => d.code === 'skill-gap')!.severity, 1);

    // The file says skill-gap is a hint and unrated-experiment a warning: the file wins.
    const end = positionOf(EXAMPLE + '\n', '\n', EXAMPLE.split('\n').length - 1);
    const version = await client.change(uri, [{ range: { start: end, end }, text: '\nrules:\n  skill-gap: hint\n  unrated-experiment: warning\n' }]);
    published = await client.waitForDiagnostics(uri, version);
    assert.deepEqual(codes(published.diagnostics), ['overdue', 'skill-gap', 'unrated-experiment']);
    assert.equal(published.diagnostics.find((d) => d.code === 'skill-gap')!.severity, 4);

    // New settings re-validate open plans: with today a month earlier nothing is overdue.
    const next = client.nextDiagnostics(uri);
    await client.changeSettings({ careerplan: { today: '2026-10-20' } });
    published = await next;
    assert.equal(published.version, version);
    assert.ok(!codes(published.diagnostics).includes('overdue'));
  });

  it('reads settings from initializationOptions when the client has no workspace/configuration', async () => {
    client = await TestClient.start({
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: { careerplan: { today: TODAY, rules: { overdue: 'off' } } },
    });
    const uri = 'file:///plans/init-options.careerplan.yaml';
    await client.open(uri, EXAMPLE);
    const published = await client.waitForDiagnostics(uri, 1);
    assert.deepEqual(codes(published.diagnostics), ['skill-gap', 'unrated-experiment']);
  });

  it('writes messages in the language of careerplan.locale', async () => {
    client = await TestClient.start({ settings: { careerplan: { today: TODAY, locale: 'zh-cn' } } });
    const uri = 'file:///plans/zh.careerplan.yaml';
    await client.open(uri, EXAMPLE);
    const published = await client.waitForDiagnostics(uri, 1);
    assert.match(published.diagnostics.find((d) => d.code === 'overdue')!.message, /[\u4e00-\u9fff]/);
  });

  it('answers every request on binary garbage, merge conflicts and half-typed YAML', async () => {
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY } });
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const garbage = Array.from({ length: 3000 }, () => String.fromCharCode(Math.floor(random() * 0xffff))).join('');
    const conflict = EXAMPLE.replace('owner: Ada Lovelace\n', '<<<<<<< HEAD\nowner: Ada Lovelace\n=======\nowner: Ada King\n>>>>>>> theirs\n');
    const halfTyped = EXAMPLE.replace('    status: todo\n', '    status: [todo\n    pla\n');
    const longLine = `careerplan: 1\nowner: ${'x'.repeat(200_000)}\n`;
    const texts = { garbage, conflict, halfTyped, longLine, empty: '', nul: '\u0000\u0000careerplan: 1' };
    for (const [name, text] of Object.entries(texts)) {
      const uri = `file:///plans/${name}.careerplan.yaml`;
      await client.open(uri, text);
      await client.waitForDiagnostics(uri, 1);
      const textDocument = { uri };
      const position = { line: 3, character: 4 };
      await client.request('textDocument/hover', { textDocument, position });
      await client.request('textDocument/completion', { textDocument, position });
      await client.request('textDocument/definition', { textDocument, position });
      await client.request('textDocument/references', { textDocument, position, context: { includeDeclaration: true } });
      assert.ok(Array.isArray(await client.request('textDocument/documentSymbol', { textDocument })), name);
      assert.ok(Array.isArray(await client.request('textDocument/foldingRange', { textDocument })), name);
      assert.ok(Array.isArray(await client.request('textDocument/selectionRange', { textDocument, positions: [position, { line: 0, character: 0 }] })), name);
      await client.request('careerplan/planModel', { uri });
    }
    const conflictDiagnostics = client.diagnostics.get('file:///plans/conflict.careerplan.yaml')!.diagnostics;
    assert.deepEqual(codes(conflictDiagnostics).filter((c) => c === 'merge-conflict'), ['merge-conflict']);
    assert.equal(client.hasExited, false);
  });

  it('clears the diagnostics of a closed plan', async () => {
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY } });
    const uri = 'file:///plans/closed.careerplan.yaml';
    await client.open(uri, EXAMPLE);
    await client.waitForDiagnostics(uri, 1);
    const cleared = client.nextDiagnostics(uri);
    await client.close(uri);
    assert.deepEqual((await cleared).diagnostics, []);
  });
});
