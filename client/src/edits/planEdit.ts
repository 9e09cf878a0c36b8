import * as vscode from 'vscode';
import { PlanEditRequest } from '../../../server/src/lsp/protocol';
import type { CareerplanServer } from '../languageClient';
import type { ActionTarget } from './actionTarget';

/**
 * Asks the server for an edit built by the core (the same code as the quick fixes) and applies
 * it as one undoable step. The server's refusal (syntax errors, merge conflicts, an action that
 * is gone) is shown as it is. Returns whether the plan was changed.
 */
export async function applyPlanEdit(server: CareerplanServer, target: ActionTarget, edit: PlanEditRequest.Edit): Promise<boolean> {
  const uri = vscode.Uri.parse(target.uri);
  // Opening the document (a no-op when it is open) makes the server analyse its current text.
  const document = await vscode.workspace.openTextDocument(uri);
  const result = await server.request(PlanEditRequest.type, { uri: target.uri, version: document.version, edit });
  if (!result.edit) {
    void vscode.window.showWarningMessage(result.error ?? vscode.l10n.t('The plan could not be changed.'));
    return false;
  }
  const expected = result.edit.documentChanges?.find((c) => 'textDocument' in c)?.textDocument.version;
  if (typeof expected === 'number' && expected !== document.version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The plan changed while the edit was being prepared: try again.'));
    return false;
  }
  const client = await server.start();
  const workspaceEdit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
  if (!(await vscode.workspace.applyEdit(workspaceEdit))) {
    void vscode.window.showWarningMessage(vscode.l10n.t('VS Code could not apply the change to {0}.', vscode.workspace.asRelativePath(uri)));
    return false;
  }
  if (vscode.workspace.getConfiguration('careerplan', uri).get<boolean>('saveAfterEdit', false)) await document.save();
  return true;
}
