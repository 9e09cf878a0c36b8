import * as vscode from 'vscode';
import { PlanAtCommitRequest, type HistoryRequest } from '../../../server/src/lsp/protocol';
import type { CareerplanServer } from '../languageClient';
import { planFileName } from '../views/describe';

/** Read-only documents holding a plan as it was at a commit, served by the language server (which runs git). */
export const PLAN_VERSION_SCHEME = 'careerplan-history';

/**
 * The address of one past version: the plan's own path (so the editor picks the plan's language
 * and icon) with the plan and the blob in the query.
 */
export function planVersionUri(planUri: string, blob: string, commit: string): vscode.Uri {
  const plan = vscode.Uri.parse(planUri);
  const query = new URLSearchParams({ plan: planUri, blob, commit }).toString();
  return plan.with({ scheme: PLAN_VERSION_SCHEME, query, fragment: '' });
}

export function registerPlanVersions(context: vscode.ExtensionContext, server: CareerplanServer): void {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri, token) {
      const query = new URLSearchParams(uri.query);
      const plan = query.get('plan') ?? '';
      const blob = query.get('blob') ?? '';
      const result = await server.request(PlanAtCommitRequest.type, { uri: plan, blob }, token);
      if (result.kind === 'ok') return result.text;
      throw new Error(vscode.l10n.t('This version of the plan could not be read: {0}', result.message));
    },
  };
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(PLAN_VERSION_SCHEME, provider));
}

/** Opens VS Code's diff editor: the plan at a commit on the left, the working copy (with unsaved edits) on the right. */
export async function compareWithWorkingCopy(planUri: string, row: HistoryRequest.Row): Promise<void> {
  if (!row.blob) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The plan did not exist at commit {0}.', row.commit.slice(0, 7)));
    return;
  }
  const left = planVersionUri(planUri, row.blob, row.commit);
  const right = vscode.Uri.parse(planUri);
  const title = vscode.l10n.t('{0} ({1}) ↔ working copy', planFileName(planUri), row.commit.slice(0, 7));
  await vscode.commands.executeCommand('vscode.diff', left, right, title, { preview: true });
}
