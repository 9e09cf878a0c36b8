/**
 * Pulled diagnostics (LSP 3.17), as VS Code asks for them: after each change the editor pulls,
 * naming the list it holds, and is told `unchanged` when the findings say what they said.
 * Editors without pull support get pushes (diagnostics.test.ts).
 */
import * as assert from 'node:assert/strict';
import type { Diagnostic, DocumentDiagnosticReport, FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { PlanAnalyzer } from '../../src/core/analyze';
import { FULL_CAPABILITIES, PULL_CAPABILITIES, positionOf, TestClient } from './client';
import { EXAMPLE, TODAY } from './suite';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code)).sort();

function full(report: DocumentDiagnosticReport): FullDocumentDiagnosticReport {
  assert.equal(report.kind, 'full', `expected a full report, got ${JSON.stringify(report)}`);
  return report as FullDocumentDiagnosticReport;
}

describe('language server: pulled diagnostics', function () {
  let client: TestClient;
  afterEach(async () => client?.stop());

  const start = (settings: Record<string, unknown> = { careerplan: { today: TODAY } }) => TestClient.start({ capabilities: PULL_CAPABILITIES, settings });

  it('offers pulls only to editors that pull and can be asked to pull again', async () => {
    client = await start();
    assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider, { identifier: 'careerplan', interFileDependencies: false, workspaceDiagnostics: false });
    await client.stop();
    client = await TestClient.start({ capabilities: FULL_CAPABILITIES });
    assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined);
    const refreshless = { ...PULL_CAPABILITIES, workspace: FULL_CAPABILITIES.workspace };
    await client.stop();
    client = await TestClient.start({ capabilities: refreshless });
    assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined);
  });

  it('answers a pull with the findings at their places, and pushes nothing', async () => {
    client = await start();
    const uri = 'file:///plans/pulled.careerplan.yaml';
    await client.open(uri, EXAMPLE);
    const report = full(await client.pull(uri));
    assert.deepEqual(codes(report.items), ['overdue', 'skill-gap', 'unrated-experiment']);
    const overdue = report.items.find((d) => d.code === 'overdue')!;
    const due = positionOf(EXAMPLE, '2026-11-01', 1);
    assert.deepEqual(overdue.range, { start: due, end: { line: due.line, character: due.character + 10 } });
    assert.ok(report.resultId);
    // A later request goes through the same connection, after any push the open would have made.
    await client.request('textDocument/hover', { textDocument: { uri }, position: due });
    assert.deepEqual(client.published, []);
  });

  it('says unchanged after an edit that changed no finding, and sends the new list after one that did', async () => {
    client = await start();
    const uri = 'file:///plans/typed.careerplan.yaml';
    await client.open(uri, EXAMPLE);
    const first = full(await client.pull(uri));

    // A letter typed into the owner's name: every finding is where it was and says the same.
    const owner = positionOf(EXAMPLE, 'Ada Lovelace', 0, 3);
    await client.change(uri, [{ range: { start: owner, end: owner }, text: 'x' }]);
    const unchanged = await client.pull(uri, first.resultId);
    assert.deepEqual(unchanged, { kind: 'unchanged', resultId: first.resultId });
    // Asked without naming a list, the editor gets the whole list again, under the same name.
    assert.deepEqual(full(await client.pull(uri)), first);

    // A line added above every finding: same findings, other lines, so a new list.
    const top = { line: 1, character: 0 };
    await client.change(uri, [{ range: { start: top, end: top }, text: '# moved\n' }]);
    const moved = full(await client.pull(uri, first.resultId));
    assert.notEqual(moved.resultId, first.resultId);
    assert.deepEqual(moved.items.map((d) => d.range.start.line), first.items.map((d) => d.range.start.line + 1));

    // Broken YAML, pulled right behind the keystroke: the pull waits for that version's analysis.
    const at = positionOf(EXAMPLE, 'careerplan: 1');
    await client.change(uri, [{ range: { start: at, end: at }, text: 'bad: [\n' }]);
    const broken = full(await client.pull(uri, moved.resultId));
    const text = 'bad: [\n' + EXAMPLE.slice(0, EXAMPLE.indexOf('\n') + 1) + '# moved\n' + EXAMPLE.slice(EXAMPLE.indexOf('\n') + 1);
    const fresh = new PlanAnalyzer().analyze(text, { today: TODAY });
    assert.ok(codes(broken.items).includes('yaml-syntax'));
    assert.deepEqual(broken.items.map((d) => [d.code, d.message, d.range.start.line, d.range.start.character]),
      fresh.findings.map((f) => [f.code, f.message, fresh.lines.positionAt(f.start).line, fresh.lines.positionAt(f.start).character]));
  });

  it('asks the editor to pull again when the settings change, and answers with the new levels', async () => {
    client = await start();
    const uri = 'file:///plans/settings.careerplan.yaml';
    await client.open(uri, EXAMPLE);
    const before = full(await client.pull(uri));
    assert.ok(codes(before.items).includes('unrated-experiment'));
    const refreshed = client.nextRefresh();
    await client.changeSettings({ careerplan: { today: TODAY, rules: { 'unrated-experiment': 'off' } } });
    await refreshed;
    const after = full(await client.pull(uri, before.resultId));
    assert.deepEqual(codes(after.items), ['overdue', 'skill-gap']);
    assert.notEqual(after.resultId, before.resultId);
  });

  it('answers an empty list for a document that is not open, or no longer', async () => {
    client = await start();
    const uri = 'file:///plans/closed.careerplan.yaml';
    assert.deepEqual(await client.pull(uri), { kind: 'full', items: [] });
    await client.open(uri, EXAMPLE);
    full(await client.pull(uri));
    await client.close(uri);
    assert.deepEqual(await client.pull(uri), { kind: 'full', items: [] });
    assert.deepEqual(client.published, []);
  });
});
