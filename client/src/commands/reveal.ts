import * as vscode from 'vscode';
import type { Range as LspRange } from 'vscode-languageserver-protocol';
import type { CommandFactory } from './context';

/** `careerplan.reveal` (internal, run by a click on a view item): shows a range of a plan and selects it. */
export const reveal: CommandFactory = () => async (uri, range) => {
  if (typeof uri !== 'string') return;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const r = range as LspRange | undefined;
  const selection = r ? new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character) : undefined;
  const editor = await vscode.window.showTextDocument(document, { selection, preview: true });
  if (selection) editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
};
