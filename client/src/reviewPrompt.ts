import * as vscode from 'vscode';
import { ClientCommands } from '../../server/src/lsp/protocol';
import { isPlanDocument, type CareerplanServer } from './languageClient';
import type { PlanModels } from './model/planModels';
import { planFileName } from './views/describe';

/** `globalState` key: plan uri → the last day (the analysis's today) the user was told its review is due. */
export const REVIEW_PROMPT_STATE = 'careerplan.reviewPrompt.lastShown';

/**
 * Tells the user, once a day per plan, that a plan's review is due when the plan is shown in an
 * editor (plans shown when the extension starts count too: that is the workspace opening), with
 * "Start review" and "Later". The day is remembered in the extension's global state, never in
 * the plan. Switched off by `careerplan.reviewPrompt.enabled`.
 */
export function registerReviewPrompt(context: vscode.ExtensionContext, server: CareerplanServer, models: PlanModels): void {
  const asking = new Set<string>();
  /** Plan uri → the day this session already decided about (told, or found told): editors become visible again and again. */
  const decided = new Map<string, string>();

  const consider = async (document: vscode.TextDocument) => {
    if (!isPlanDocument(document)) return;
    const uri = document.uri.toString();
    if (asking.has(uri) || !vscode.workspace.getConfiguration('careerplan', document).get<boolean>('reviewPrompt.enabled', true)) return;
    asking.add(uri);
    try {
      const view = await models.model(uri);
      if (!view?.review?.isDue || decided.get(uri) === view.today) return;
      decided.set(uri, view.today);
      const name = planFileName(uri);
      const shown = context.globalState.get<Record<string, string>>(REVIEW_PROMPT_STATE, {});
      if (shown[uri] === view.today) {
        server.output.info(`review prompt: the review of ${name} is due; already told on ${view.today}`);
        return;
      }
      // Remembered before asking: a reload while the message is up must not ask again.
      await context.globalState.update(REVIEW_PROMPT_STATE, { ...pruned(shown, view.today), [uri]: view.today });
      server.output.info(`review prompt: the review of ${name} is due; telling the user (${view.today})`);
      const start = vscode.l10n.t('Start review');
      const message = view.review.next
        ? vscode.l10n.t('The review of {0} is due since {1}. Review it now?', name, view.review.next)
        : vscode.l10n.t('{0} has a review cadence but no review yet. Review it now?', name);
      const choice = await vscode.window.showInformationMessage(message, start, vscode.l10n.t('Later'));
      if (choice === start) await vscode.commands.executeCommand(ClientCommands.startReview, uri);
    } catch (error) {
      server.output.warn(`review prompt: ${String(error)}`);
    } finally {
      asking.delete(uri);
    }
  };

  // Shown in an editor, not merely opened: the views open other plans in the background to read them.
  const considerVisible = (editors: readonly vscode.TextEditor[]) => editors.forEach((editor) => void consider(editor.document));
  context.subscriptions.push(vscode.window.onDidChangeVisibleTextEditors(considerVisible));
  considerVisible(vscode.window.visibleTextEditors);
}

/** Drops the days before `today`: the state holds one date per plan that was due recently, not a growing log. */
function pruned(shown: Record<string, string>, today: string): Record<string, string> {
  return Object.fromEntries(Object.entries(shown).filter(([, day]) => day >= today));
}
