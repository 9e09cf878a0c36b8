import * as vscode from 'vscode';
import { compareDueDates } from '../../../server/src/core/dates';
import { isOpenStatus } from '../../../server/src/core/model/types';
import type { ActionView, PlanView } from '../../../server/src/lsp/protocol';
import { isPlanDocument } from '../languageClient';
import type { PlanModels } from '../model/planModels';
import { actionDescription } from '../views/describe';
import type { PlanNode } from '../views/nodes';

/** The action a command acts on. */
export interface ActionTarget {
  uri: string;
  actionId: string;
}

function isLensArgument(arg: unknown): arg is ActionTarget {
  return typeof arg === 'object' && arg !== null && typeof (arg as ActionTarget).uri === 'string' && typeof (arg as ActionTarget).actionId === 'string';
}

function isActionNode(arg: unknown): arg is Extract<PlanNode, { kind: 'action' }> {
  return typeof arg === 'object' && arg !== null && (arg as PlanNode).kind === 'action' && typeof (arg as PlanNode).uri === 'string';
}

/**
 * Works out which action a command is about, from wherever it was run: a code lens passes
 * `{ uri, actionId }`, a view item passes its element, the palette passes nothing — then the
 * open action under the cursor is used, else the user picks one of the plan's open actions.
 */
export async function resolveActionTarget(arg: unknown, models: PlanModels, placeHolder: string): Promise<ActionTarget | undefined> {
  if (isLensArgument(arg)) return { uri: arg.uri, actionId: arg.actionId };
  if (isActionNode(arg)) return { uri: arg.uri, actionId: arg.action.id };
  const editor = vscode.window.activeTextEditor;
  let view: PlanView | null = null;
  if (isPlanDocument(editor?.document)) {
    view = await currentView(editor.document, models);
    const at = editor.selection.active;
    const hit = view?.actions.find((a) => isOpenStatus(a.status) && contains(a.range, at));
    if (view && hit) return { uri: view.uri, actionId: hit.id };
  } else {
    const { focus } = await models.focus();
    if (focus) view = await models.model(focus.uri);
  }
  if (!view) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a career plan first.'));
    return undefined;
  }
  return pickAction(view, placeHolder);
}

/** The view model of the document's current version (the cached one may predate the last keystroke). */
async function currentView(document: vscode.TextDocument, models: PlanModels): Promise<PlanView | null> {
  const uri = document.uri.toString();
  let view = await models.model(uri);
  if (view && view.version !== document.version) {
    models.invalidate(uri);
    view = await models.model(uri);
  }
  return view;
}

async function pickAction(view: PlanView, placeHolder: string): Promise<ActionTarget | undefined> {
  const open = view.actions.filter((a) => isOpenStatus(a.status)).sort((a, b) => compareDueDates(a.due, b.due));
  if (!open.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This plan has no open actions.'));
    return undefined;
  }
  type Item = vscode.QuickPickItem & { action: ActionView };
  const items: Item[] = open.map((action) => ({
    label: `${action.overdue ? '$(warning) ' : ''}${action.do ?? action.id}`,
    description: actionDescription(action, view.today),
    detail: action.id,
    action,
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true });
  return picked ? { uri: view.uri, actionId: picked.action.id } : undefined;
}

function contains(range: ActionView['range'], at: vscode.Position): boolean {
  const afterStart = at.line > range.start.line || (at.line === range.start.line && at.character >= range.start.character);
  const beforeEnd = at.line < range.end.line || (at.line === range.end.line && at.character <= range.end.character);
  return afterStart && beforeEnd;
}
