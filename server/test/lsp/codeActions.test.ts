/**
 * Code actions, code lenses and `careerplan/edit` over real JSON-RPC against the built server:
 * the edits are applied the way an editor applies them (LSP text edits on the document of the
 * version they name) and the result is compared byte for byte.
 */
import * as assert from 'node:assert/strict';
import type { CodeAction, CodeLens, Diagnostic, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { PlanEditRequest } from '../../src/lsp/protocol';
import { positionOf, TestClient } from './client';
import { applyWorkspaceEdit as applyEdit, capabilitiesWith, EXAMPLE, TODAY } from './suite';

const URI = 'file:///plans/ada.careerplan.yaml';
const CAPABILITIES = capabilitiesWith({
  codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } }, isPreferredSupport: true },
  codeLens: {},
});

/** Applies a workspace edit the way an editor does, checking it names this document and version. */
const applyWorkspaceEdit = (text: string, version: number, edit: WorkspaceEdit | undefined) => applyEdit(text, edit, { uri: URI, version });

describe('language server: code actions, code lenses and careerplan/edit', function () {
  let client: TestClient;
  let diagnostics: Diagnostic[];

  beforeEach(async () => {
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY }, capabilities: CAPABILITIES });
    await client.open(URI, EXAMPLE);
    diagnostics = (await client.waitForDiagnostics(URI, 1)).diagnostics;
  });
  afterEach(async () => client?.stop());

  const codeActions = (diagnostic: Diagnostic, only?: string[]) =>
    client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: diagnostic.range, context: { diagnostics: [diagnostic], only } });

  it('declares quick fixes and code lenses', () => {
    assert.deepEqual(client.initializeResult.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.careerplan'] });
    assert.deepEqual(client.initializeResult.capabilities.codeLensProvider, { resolveProvider: false });
  });

  it('offers the overdue fixes for its diagnostic, and marking done changes exactly two lines', async () => {
    const overdue = diagnostics.find((d) => d.code === 'overdue')!;
    const actions = await codeActions(overdue);
    assert.deepEqual(actions.map((a) => a.title), ['Mark "pitch-guest-post" done', 'Move the due date to 2026-12-01', 'Ignore overdue on this line', 'Ignore overdue in this file']);
    for (const action of actions) {
      assert.equal(action.kind, 'quickfix');
      assert.deepEqual(action.diagnostics, [overdue]);
    }
    const done = applyWorkspaceEdit(EXAMPLE, 1, actions[0].edit);
    assert.equal(done, EXAMPLE.replace('    due: 2026-11-01\n    status: todo\n', '    due: 2026-11-01\n    status: done\n    done: 2026-11-24\n'));
    const moved = applyWorkspaceEdit(EXAMPLE, 1, actions[1].edit);
    assert.equal(moved, EXAMPLE.replace('    due: 2026-11-01\n', '    due: 2026-12-01\n'));
  });

  it('adds the action that closes a skill gap, and the fixed plan reports no gap', async () => {
    const gap = diagnostics.find((d) => d.code === 'skill-gap')!;
    const [add] = await codeActions(gap);
    assert.equal(add.title, 'Add action "develop-instructional-design" that develops instructional-design, due 2026-12-24');
    assert.equal(add.isPreferred, true);
    const fixed = applyWorkspaceEdit(EXAMPLE, 1, add.edit);
    assert.equal(fixed, EXAMPLE.replace('    phase: 2\n\nnetwork:', '    phase: 2\n  develop-instructional-design:\n    do: Develop instructional-design to level 3\n    plan: tech-writer\n    due: 2026-12-24\n    develops: [instructional-design]\n\nnetwork:'));
    const version = await client.change(URI, [{ text: fixed }]);
    const after = await client.waitForDiagnostics(URI, version);
    assert.deepEqual(after.diagnostics.map((d) => d.code).sort(), ['overdue', 'unrated-experiment']);
  });

  it('respects context.only, ignores stale diagnostics and offers nothing while the YAML is broken', async () => {
    const overdue = diagnostics.find((d) => d.code === 'overdue')!;
    assert.deepEqual(await codeActions(overdue, ['source']), []);
    assert.equal((await codeActions(overdue, ['quickfix'])).length, 4);
    const moved = { ...overdue, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } } };
    assert.deepEqual(await codeActions(moved), []);
    const at = positionOf(EXAMPLE, 'careerplan: 1');
    const version = await client.change(URI, [{ range: { start: at, end: at }, text: 'oops: [\n' }]);
    await client.waitForDiagnostics(URI, version);
    const shifted = { ...overdue, range: { start: { ...overdue.range.start, line: overdue.range.start.line + 1 }, end: { ...overdue.range.end, line: overdue.range.end.line + 1 } } };
    assert.deepEqual(await codeActions(shifted), []);
  });

  it('shows the lenses of SPEC §5 with the client\'s command ids', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: URI } });
    const titles = lenses.map((l) => `${l.range.start.line}:${l.command?.title}`);
    const line = (needle: string) => positionOf(EXAMPLE, needle).line;
    assert.ok(titles.includes(`${line('careerplan: 1')}:Next review on 2026-12-15`), titles.join('\n'));
    assert.ok(titles.includes(`${line('  tech-writer:\n    title')}:1/3 actions done`));
    assert.ok(titles.includes(`${line('  tech-writer:\n    title')}:Next: pitch-guest-post (due 2026-11-01)`));
    const markDone = lenses.find((l) => l.command?.command === 'careerplan.markDone' && l.range.start.line === line('  pitch-guest-post:'));
    assert.deepEqual(markDone?.command?.arguments, [{ uri: URI, actionId: 'pitch-guest-post' }]);
    const review = lenses.find((l) => l.command?.command === 'careerplan.startReview');
    assert.deepEqual(review?.command?.arguments, [URI]);
    assert.equal(lenses.filter((l) => l.command?.command === 'careerplan.snooze').length, 3);
  });

  it('careerplan/edit answers from exactly the version asked for', async () => {
    const ask = (version: number, edit: PlanEditRequest.Edit) => client.request<PlanEditRequest.Result>(PlanEditRequest.method, { uri: URI, version, edit });
    const snoozed = await ask(1, { kind: 'snooze', actionId: 'pitch-guest-post' });
    assert.equal(snoozed.error, undefined);
    const text = applyWorkspaceEdit(EXAMPLE, 1, snoozed.edit);
    assert.equal(text, EXAMPLE.replace('    due: 2026-11-01\n', '    due: 2026-11-08\n'));

    const version = await client.change(URI, [{ text }]);
    const stale = await ask(1, { kind: 'markDone', actionId: 'pitch-guest-post' });
    assert.deepEqual(stale, { error: 'The file changed while this edit was being prepared: try again.' });
    const done = await ask(version, { kind: 'markDone', actionId: 'pitch-guest-post' });
    const finished = applyWorkspaceEdit(text, version, done.edit);
    const next = await client.change(URI, [{ text: finished }]);
    const after = await client.waitForDiagnostics(URI, next);
    assert.ok(!after.diagnostics.some((d) => d.code === 'overdue'));

    assert.match((await ask(next, { kind: 'markDone', actionId: 'no-such-action' })).error!, /"no-such-action" was not found/);
    assert.match((await client.request<PlanEditRequest.Result>(PlanEditRequest.method, { uri: 'file:///nowhere.careerplan.yaml', version: 1, edit: { kind: 'markDone', actionId: 'x' } })).error!, /not open/);
  });

  it('source.fixAll.careerplan applies only the unambiguous fixes, in one edit of the asked version', async () => {
    const broken = EXAMPLE.replace('kind: backup', 'kind: backpu').replace('due: 2026-11-01', 'due: 2026-11-31');
    const version = await client.change(URI, [{ text: broken }]);
    await client.waitForDiagnostics(URI, version);
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const ask = (only: string[]) => client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: whole, context: { diagnostics: [], only } });
    // What editor.codeActionsOnSave asks for.
    const [fixAll, ...rest] = await ask(['source.fixAll']);
    assert.deepEqual(rest, []);
    assert.equal(fixAll.kind, 'source.fixAll.careerplan');
    assert.equal(fixAll.title, 'Fix all unambiguous problems (2)');
    assert.equal(applyWorkspaceEdit(broken, version, fixAll.edit), EXAMPLE.replace('due: 2026-11-01', 'due: 2026-11-30'));
    assert.deepEqual(await ask(['quickfix']), []);
    assert.equal((await ask(['source'])).length, 1);
  });
});
