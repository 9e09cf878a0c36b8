import * as vscode from 'vscode';
import { ApplyReviewRequest, ChangesSinceReviewRequest, ReviewChecklistRequest } from '../../../server/src/lsp/protocol';
import type { ReviewAnswers } from '../../../server/src/core/review';
import { changeSummary } from '../history/describeChanges';
import type { CareerplanServer } from '../languageClient';
import { planFileName } from '../views/describe';
import { commitPlan, repositoryOf } from './gitCommit';
import { Cancelled } from './quickInput';
import { walkThrough } from './walkthrough';

type Since = ChangesSinceReviewRequest.Result;

/**
 * The guided review of one plan: asks everything first (Escape at any step changes nothing),
 * then applies every answer as ONE edit built by the server — one undo step — with the log entry
 * summing up what git says changed since the last review, saves the plan, and offers to commit
 * it through VS Code's git extension. Returns whether the review was recorded.
 */
export async function runReview(server: CareerplanServer, planUri: string): Promise<boolean> {
  const uri = vscode.Uri.parse(planUri);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  const first = await server.request(ReviewChecklistRequest.type, { uri: planUri, version: document.version });
  if (!first.checklist) {
    void vscode.window.showWarningMessage(first.error ?? vscode.l10n.t('The review cannot start.'));
    return false;
  }

  // Git runs while the user answers; its summary is merged into the log entry at the end.
  let since: Since | null = null;
  const sinceRead = server.request(ChangesSinceReviewRequest.type, { uri: planUri }).then(
    (result) => (since = result),
    (error) => {
      server.output.warn(`${ChangesSinceReviewRequest.method}: ${String(error)}`);
      return null;
    },
  );

  let answers: ReviewAnswers;
  try {
    answers = await walkThrough(first.checklist, {
      checklistAfter: async (actionsDone) => {
        const again = await server.request(ReviewChecklistRequest.type, { uri: planUri, version: document.version, actionsDoneNow: actionsDone });
        return again.checklist ?? first.checklist!;
      },
      sinceSummary: () => (since?.kind === 'ok' ? changeSummary(since.changes) : undefined),
    });
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    vscode.window.setStatusBarMessage(vscode.l10n.t('Review cancelled: the plan was not changed.'), 5000);
    return false;
  }

  const sinceResult = await sinceRead;
  if (sinceResult?.kind === 'ok') answers.since = { changes: sinceResult.changes, commits: sinceResult.commits };
  if (!(await applyAnswers(server, document, answers))) return false;
  await document.save();
  await offerCommit(uri, answers.date);
  return true;
}

/** Applies the review's edit; the user may have typed while answering, so a stale version is asked for again once. */
async function applyAnswers(server: CareerplanServer, document: vscode.TextDocument, answers: ReviewAnswers): Promise<boolean> {
  const planUri = document.uri.toString();
  for (let attempt = 0; ; attempt++) {
    const version = document.version;
    const result = await server.request(ApplyReviewRequest.type, { uri: planUri, version, answers });
    if (!result.edit) {
      if (attempt === 0 && document.version !== version) continue;
      void vscode.window.showWarningMessage(result.error ?? vscode.l10n.t('The review could not be recorded.'));
      return false;
    }
    if (document.version !== version) {
      if (attempt === 0) continue;
      void vscode.window.showWarningMessage(vscode.l10n.t('The plan changed while the review was being recorded: try again.'));
      return false;
    }
    const client = await server.start();
    const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
    if (await vscode.workspace.applyEdit(edit)) return true;
    void vscode.window.showWarningMessage(vscode.l10n.t('VS Code could not apply the change to {0}.', vscode.workspace.asRelativePath(document.uri)));
    return false;
  }
}

/** Offers to commit the reviewed plan when VS Code's git extension has a repository for it; says nothing otherwise. */
async function offerCommit(uri: vscode.Uri, date: string): Promise<void> {
  const name = planFileName(uri.toString());
  const repository = await repositoryOf(uri);
  if (!repository) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The review is recorded in {0}.', name));
    return;
  }
  const commit = vscode.l10n.t('Commit');
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('The review is recorded in {0}. Commit the plan?', name), commit, vscode.l10n.t('Not now'));
  if (choice !== commit) return;
  const outcome = await commitPlan(repository, uri, vscode.l10n.t('Review career plan ({0})', date));
  if (outcome.kind === 'committed') void vscode.window.showInformationMessage(vscode.l10n.t('Committed {0}.', name));
  else if (outcome.kind === 'other-staged') void vscode.window.showWarningMessage(vscode.l10n.t('Not committed: other changes are staged ({0}). Commit or unstage them, then commit the plan.', outcome.files.join(', ')));
  else void vscode.window.showWarningMessage(vscode.l10n.t('The plan could not be committed: {0}', outcome.message));
}
