import * as vscode from 'vscode';
import { isPlanDocument } from '../languageClient';
import type { PlanModels } from './planModels';

/**
 * The plan a command is about: the `uri` a code lens or a view item passes (a string, a
 * `vscode.Uri`, or an element with `uri`), else the plan in the active editor, else the plan the
 * views follow. Undefined (after telling the user) when there is none.
 */
export async function resolvePlanUri(arg: unknown, models: PlanModels): Promise<string | undefined> {
  if (typeof arg === 'string' && arg) return arg;
  if (arg instanceof vscode.Uri) return arg.toString();
  if (typeof arg === 'object' && arg !== null && typeof (arg as { uri?: unknown }).uri === 'string') return (arg as { uri: string }).uri;
  const editor = vscode.window.activeTextEditor;
  if (isPlanDocument(editor?.document)) return editor.document.uri.toString();
  const { focus } = await models.focus();
  if (focus) return focus.uri;
  void vscode.window.showInformationMessage(vscode.l10n.t('Open a career plan first.'));
  return undefined;
}
