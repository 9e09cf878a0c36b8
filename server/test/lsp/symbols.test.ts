import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentSymbol, FoldingRange, SelectionRange, SymbolInformation } from 'vscode-languageserver-protocol';
import { fileUri, positionOf, TestClient } from './client';
import { EXAMPLE, TODAY } from './suite';


describe('language server: symbols, folding, selection ranges, plan views', function () {
  let client: TestClient;
  let folder: string;
  afterEach(async () => {
    await client?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** Resolves when the server ends a `$/progress` (the workspace index is built). */
  function indexed(c: TestClient): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the index never finished')), 15_000);
      const check = () => {
        if (c.progress.some((p) => (p as { value?: { kind?: string } }).value?.kind === 'end')) {
          clearTimeout(timer);
          resolve();
        } else setTimeout(check, 10);
      };
      check();
    });
  }

  it('outlines a plan hierarchically: sections, entries, experiments under their plan', async () => {
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY } });
    const uri = 'file:///plans/outline.careerplan.yaml';
    await client.open(uri, EXAMPLE);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['careerplan', 'owner', 'current', 'skills', 'goals', 'plans', 'actions', 'network', 'finances', 'forces', 'obstacles', 'resources', 'resume', 'review']);
    const plans = symbols.find((s) => s.name === 'plans')!;
    const techWriter = plans.children!.find((s) => s.name === 'tech-writer')!;
    assert.deepEqual(techWriter.children!.map((s) => s.name), ['tech-blog', 'docs-volunteering']);
    assert.match(techWriter.detail!, /Technical writer/);
    assert.deepEqual(techWriter.selectionRange.start, positionOf(EXAMPLE, 'tech-writer:', 0));
    const actions = symbols.find((s) => s.name === 'actions')!;
    assert.match(actions.children!.find((s) => s.name === 'pitch-guest-post')!.detail!, /2026-11-01 · todo/);
    const review = symbols.find((s) => s.name === 'review')!;
    assert.deepEqual(review.children!.find((s) => s.name === 'log')!.children!.map((s) => s.name), ['2026-09-15']);
  });

  it('finds symbols across the plans of the workspace folders and follows file changes', async () => {
    folder = mkdtempSync(join(tmpdir(), 'careerplan-ws-'));
    mkdirSync(join(folder, 'team'));
    writeFileSync(join(folder, 'ada.careerplan.yaml'), EXAMPLE);
    writeFileSync(join(folder, 'team', 'bo.careerplan.yml'), 'careerplan: 1\nowner: Bo\nactions:\n  learn-rust:\n    do: Learn Rust\n    due: 2026-01-01\n');
    writeFileSync(join(folder, 'notes.yaml'), 'actions:\n  not-a-plan: {}\n');
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY }, workspaceFolders: [folder] });
    await indexed(client);
    let symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'learn' });
    assert.deepEqual(symbols.map((s) => [s.name, s.location.uri]), [['learn-rust', fileUri(join(folder, 'team', 'bo.careerplan.yml'))]]);
    symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'blog' });
    assert.ok(symbols.some((s) => s.name === 'start-blog' && s.containerName?.startsWith('actions')));
    assert.ok(symbols.some((s) => s.name === 'tech-blog' && s.containerName?.startsWith('tech-writer')));
    assert.ok(!(await client.request<SymbolInformation[]>('workspace/symbol', { query: 'not-a-plan' })).length);
    assert.ok(client.progress.some((p) => (p as { value?: { kind?: string } }).value?.kind === 'begin'));

    let list = await client.request<{ plans: Array<{ uri: string; owner: string | null; overdueCount: number; reviewDue: boolean }>; complete: boolean }>('careerplan/listPlans', {});
    assert.equal(list.complete, true);
    assert.deepEqual(list.plans.map((p) => [p.owner, p.overdueCount]), [['Ada Lovelace', 1], ['Bo', 1]]);

    // A new plan appears through workspace/didChangeWatchedFiles; a deleted one disappears.
    const cy = join(folder, 'cy.careerplan.yaml');
    writeFileSync(cy, 'careerplan: 1\nowner: Cy\ngoals:\n  learn-go: { title: Learn Go }\n');
    rmSync(join(folder, 'team', 'bo.careerplan.yml'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [
      { uri: fileUri(cy), type: 1 }, { uri: fileUri(join(folder, 'team', 'bo.careerplan.yml')), type: 3 },
    ] });
    list = await client.request('careerplan/listPlans', {});
    assert.deepEqual(list.plans.map((p) => p.owner), ['Ada Lovelace', 'Cy']);
    symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'learn' });
    assert.deepEqual(symbols.map((s) => s.name), ['learn-go']);

    // An open plan is searched with its unsaved text.
    await client.open(fileUri(cy), 'careerplan: 1\nowner: Cy\ngoals:\n  learn-zig: { title: Learn Zig }\n');
    symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'learn' });
    assert.deepEqual(symbols.map((s) => s.name), ['learn-zig']);
  });

  it('folds entries and comment blocks, and selects outwards from a word', async () => {
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY } });
    const uri = 'file:///plans/folding.careerplan.yaml';
    await client.open(uri, EXAMPLE);
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    const actionsLine = positionOf(EXAMPLE, 'actions:').line;
    const networkLine = positionOf(EXAMPLE, 'network:').line;
    assert.ok(folds.some((f) => f.startLine === actionsLine && f.endLine === networkLine - 2), JSON.stringify(folds.filter((f) => f.startLine === actionsLine)));
    assert.ok(folds.some((f) => f.startLine === 0 && f.kind === 'comment'));

    const position = positionOf(EXAMPLE, 'status: todo', 0, 9);
    const [selection] = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri }, positions: [position] });
    const chain: string[] = [];
    for (let s: SelectionRange | undefined = selection; s; s = s.parent) {
      const lines = EXAMPLE.split('\n').slice(s.range.start.line, s.range.end.line + 1);
      chain.push(s.range.start.line === s.range.end.line ? lines[0].slice(s.range.start.character, s.range.end.character) : `${s.range.start.line}-${s.range.end.line}`);
    }
    assert.deepEqual(chain.slice(0, 2), ['todo', 'status: todo']);
    assert.ok(chain.length >= 5);
  });

  it('answers careerplan/planModel with the view the client needs', async () => {
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY } });
    const uri = 'file:///plans/view.careerplan.yaml';
    await client.open(uri, EXAMPLE);
    const view = await client.request<import('../../src/lsp/protocol').PlanView>('careerplan/planModel', { uri });
    assert.equal(view.version, 1);
    assert.equal('text' in view, false, 'the view does not carry the document');
    assert.equal(view.overdueCount, 1);
    assert.deepEqual(view.actions.filter((a) => a.overdue).map((a) => a.id), ['pitch-guest-post']);
    const tech = view.plans.find((p) => p.id === 'tech-writer')!;
    assert.deepEqual(tech.actions, { done: 1, total: 3 });
    assert.equal(tech.nextAction, 'pitch-guest-post');
    assert.deepEqual(tech.experiments.map((e) => [e.id, e.status, e.to]), [['tech-blog', 'running', '2027-01-31'], ['docs-volunteering', 'done', '2026-08-31']]);
    assert.deepEqual(view.skillGaps.map((g) => [g.plan, g.skill, g.have, g.need, g.closing && `${g.closing.kind} ${g.closing.id} ${g.closing.date}`]), [
      ['primary', 'typescript', 4, 5, 'action typescript-deep-dive 2027-03-31'],
      ['tech-writer', 'writing', 2, 4, 'action writing-course 2027-02-28'],
      ['tech-writer', 'instructional-design', 0, 3, null],
    ]);
    assert.deepEqual(view.review && { ...view.review, range: undefined }, { every: '3m', last: '2026-09-15', next: '2026-12-15', isDue: false, range: undefined });
    assert.deepEqual(view.actions[0].selectionRange.start, positionOf(EXAMPLE, 'typescript-deep-dive:'));
    assert.equal(await client.request('careerplan/planModel', { uri: 'file:///plans/not-open.careerplan.yaml' }), null);
  });
});
