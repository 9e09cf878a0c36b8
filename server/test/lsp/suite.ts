/**
 * What the language server tests share besides the client: the example plan and the day it is
 * written for, one server for a whole suite, and edits applied the way an editor applies them.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { ClientCapabilities, TextDocumentClientCapabilities } from 'vscode-languageserver-protocol';
import { FULL_CAPABILITIES, TestClient, type ClientOptions } from './client';

export const EXAMPLE = readFileSync(join('server', 'test', 'lsp', 'fixtures', 'software-developer.careerplan.yaml'), 'utf8');
/** The date the example plans are written for (their header comments). */
export const TODAY = '2026-11-24';

/** An editor's full capabilities with these text document capabilities added (or replaced). */
export function capabilitiesWith(textDocument: TextDocumentClientCapabilities): ClientCapabilities {
  return { ...FULL_CAPABILITIES, textDocument: { ...FULL_CAPABILITIES.textDocument, ...textDocument } };
}

export interface SuiteServer {
  /** The client of the running server (set once the suite's `before` has run). */
  readonly client: TestClient;
  /** Opens `text` as a document no test of the suite opened before; returns its uri. */
  openNew(text: string): Promise<string>;
}

/** Call inside `describe`: one server started before the suite's tests (with TODAY as today) and stopped after them. */
export function serverForSuite(name: string, options: ClientOptions = { env: { CAREERPLAN_TODAY: TODAY } }): SuiteServer {
  let client: TestClient | undefined;
  let opened = 0;
  before(async () => {
    client = await TestClient.start(options);
  });
  after(async () => client?.stop());
  return {
    get client() {
      if (!client) throw new Error(`the ${name} server is not started yet: use it inside a test`);
      return client;
    },
    async openNew(text) {
      const uri = `file:///plans/${name}-${opened++}.careerplan.yaml`;
      await this.client.open(uri, text);
      return uri;
    },
  };
}

/** The text after LSP text edits, all made on `text` (as one change, in any order). */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///edited.careerplan.yaml', 'careerplan', 0, text), edits);
}

/** Applies a workspace edit the way an editor does, checking it is one change of `document` at its version. */
export function applyWorkspaceEdit(text: string, edit: WorkspaceEdit | undefined, document: { uri: string; version: number }): string {
  const changes = (edit?.documentChanges ?? []) as TextDocumentEdit[];
  assert.equal(changes.length, 1);
  assert.deepEqual(changes[0].textDocument, document);
  return applyTextEdits(text, changes[0].edits as TextEdit[]);
}
