import * as vscode from 'vscode';
import type { PlanView } from '../../server/src/lsp/protocol';
import { isPlanDocument } from './languageClient';
import type { PlanModels } from './model/planModels';
import { md, planFileName } from './views/describe';

/**
 * `$(calendar) 2 overdue · review due` for the plan the views follow. Shown while a plan is
 * the active editor or the workspace has plans; a click opens the Next Actions view.
 */
export function registerStatusBar(context: vscode.ExtensionContext, models: PlanModels): void {
  const item = vscode.window.createStatusBarItem('careerplan.status', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Career Plan');
  item.command = { command: 'careerplan.nextActions.focus', title: vscode.l10n.t('Show next actions') };
  context.subscriptions.push(item);

  let generation = 0;
  const update = async () => {
    const mine = ++generation;
    const { focus } = await models.focus();
    const view = focus ? await models.model(focus.uri) : null;
    if (mine !== generation) return;
    if (!view && !isPlanDocument(vscode.window.activeTextEditor?.document)) {
      item.hide();
      return;
    }
    render(item, view);
    item.show();
  };
  void update();
  context.subscriptions.push(
    models.onDidChange(() => void update()),
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
  );
}

function render(item: vscode.StatusBarItem, view: PlanView | null): void {
  if (!view) {
    item.text = `$(calendar) ${vscode.l10n.t('Career plan')}`;
    item.tooltip = vscode.l10n.t('The plan is being analysed.');
    item.backgroundColor = undefined;
    return;
  }
  const reviewDue = view.review?.isDue ?? false;
  const parts: string[] = [];
  if (view.overdueCount) parts.push(vscode.l10n.t('{0} overdue', view.overdueCount));
  if (reviewDue) parts.push(vscode.l10n.t('review due'));
  item.text = parts.length ? `$(calendar) ${parts.join(' · ')}` : `$(calendar) ${vscode.l10n.t('on track')}`;
  item.backgroundColor = view.overdueCount || reviewDue ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  const tip = new vscode.MarkdownString();
  tip.appendMarkdown(`**${md(planFileName(view.uri))}**\n\n`);
  tip.appendMarkdown(md(view.overdueCount === 1 ? vscode.l10n.t('1 overdue action') : vscode.l10n.t('{0} overdue actions', view.overdueCount)));
  tip.appendMarkdown('\n\n');
  if (!view.review?.every) tip.appendMarkdown(md(vscode.l10n.t('No review cadence set.')));
  else if (reviewDue) tip.appendMarkdown(md(view.review.next ? vscode.l10n.t('Review due since {0}.', view.review.next) : vscode.l10n.t('Review due: none recorded yet.')));
  else if (view.review.next) tip.appendMarkdown(md(vscode.l10n.t('Next review on {0}.', view.review.next)));
  for (const line of insightLines(view)) tip.appendMarkdown(`\n\n${md(line)}`);
  tip.appendMarkdown(`\n\n${md(vscode.l10n.t('Click to show the next actions.'))}`);
  item.tooltip = tip;
}

/** The runway and the least ready backup plan (SPEC §7), as the core computed them. */
function insightLines(view: PlanView): string[] {
  const lines: string[] = [];
  const { runway, backupPlans } = view.insights;
  if (runway?.covered) lines.push(vscode.l10n.t('Runway if you lost your job: covered by the income that goes on.'));
  else if (runway?.months !== null && runway?.months !== undefined) lines.push(vscode.l10n.t('Runway if you lost your job: ≈ {0} months.', runway.months.toFixed(1)));
  const least = backupPlans.reduce<(typeof backupPlans)[number] | undefined>((min, p) => (!min || p.readiness < min.readiness ? p : min), undefined);
  if (least) {
    const title = view.plans.find((p) => p.id === least.id)?.title ?? least.id;
    lines.push(vscode.l10n.t('Least ready backup plan: {0} ({1}%).', title, least.readiness));
  }
  return lines;
}
