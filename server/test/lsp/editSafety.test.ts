/**
 * Edits over real JSON-RPC on the YAML that used to be damaged: positions and edits after a lone
 * `\r` land where the editor shows them, an unsafe edit comes back as an error (careerplan/edit)
 * or a disabled code action with its reason, and a rename keeps a block scalar's header comment.
 */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { PlanEditRequest } from '../../src/lsp/protocol';
import { TestClient } from './client';
import { applyWorkspaceEdit as applyEdit, capabilitiesWith, TODAY } from './suite';

const URI = 'file:///plans/safe.careerplan.yaml';
const CAPABILITIES = capabilitiesWith({
  codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true, disabledSupport: true },
});

const applyWorkspaceEdit = (text: string, version: number, edit: WorkspaceEdit | undefined) => applyEdit(text, edit, { uri: URI, version });

describe('language server: edits on unusual YAML', function () {
  let client: TestClient;

  beforeEach(async () => {
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY }, capabilities: CAPABILITIES });
  });
  afterEach(async () => client?.stop());

  async function open(text: string): Promise<Diagnostic[]> {
    await client.open(URI, text);
    return (await client.waitForDiagnostics(URI, 1)).diagnostics;
  }
  const ask = (edit: PlanEditRequest.Edit) => client.request<PlanEditRequest.Result>(PlanEditRequest.method, { uri: URI, version: 1, edit });

  it('puts diagnostics and edits after a lone \\r where the editor shows them', async () => {
    const text = 'careerplan: 1\nowner: A\n# saved on an old Mac\rsecond line\nactions:\n  a:\n    do: x\n    due: 2026-01-01\n';
    const diagnostics = await open(text);
    const document = TextDocument.create(URI, 'careerplan', 1, text);
    const overdue = diagnostics.find((d) => d.code === 'overdue')!;
    assert.deepEqual(overdue.range.start, document.positionAt(text.indexOf('2026-01-01')));
    const snoozed = await ask({ kind: 'snooze', actionId: 'a' });
    assert.equal(applyWorkspaceEdit(text, 1, snoozed.edit), text.replace('2026-01-01', '2026-01-08'));
  });

  it('answers an unsafe edit with its reason, and changes nothing', async () => {
    await open('careerplan: 1\nowner: A\nactions:\n  a: &t { do: x, due: 2027-01-01 }\n  b: *t\n');
    const result = await ask({ kind: 'markDone', actionId: 'a' });
    assert.equal(result.edit, undefined);
    assert.match(result.error!, /anchor and alias/);
  });

  it('offers a refused fix disabled, with its reason', async () => {
    const long = 'g'.repeat(1100);
    const diagnostics = await open(`careerplan: 1\nowner: A\nactions:\n  a: { do: x, due: 2027-01-01, goal: ${long} }\n`);
    const unknown = diagnostics.find((d) => d.code === 'unknown-reference')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: unknown.range, context: { diagnostics: [unknown] } });
    const create = actions.find((a) => a.title.startsWith('Add goal'))!;
    assert.equal(create.edit, undefined);
    assert.match(create.disabled?.reason ?? '', /1,024 characters/);
  });

  it('renames an id written as a block scalar, keeping its header comment', async () => {
    const text = 'careerplan: 1\nowner: A\nplans:\n  alt: { title: Alt, kind: backup }\ngoals:\n  g:\n    title: G\n    by: 2027-01-01\n    plan: >- # the plan\n      alt\n';
    await open(text);
    const at = TextDocument.create(URI, 'careerplan', 1, text).positionAt(text.lastIndexOf('alt'));
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: URI }, position: at, newName: 'teaching' });
    const changes = edit.documentChanges ? (edit.documentChanges[0] as TextDocumentEdit).edits : edit.changes![URI];
    const renamed = TextDocument.applyEdits(TextDocument.create(URI, 'careerplan', 1, text), changes as never);
    assert.equal(renamed, text.replace('  alt: {', '  teaching: {').replace('      alt\n', '      teaching\n'));
  });
});
