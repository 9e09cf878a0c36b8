import * as vscode from 'vscode';
import { ClientCommands, type BackupPlanReadiness, type PlanView, type ReadinessCommandArgs } from '../../../server/src/lsp/protocol';
import type { PlanNode } from '../views/nodes';
import { criterionLabel, criterionState, stateIcon, stateLabel } from '../views/readiness';
import type { CommandContext, CommandFactory } from './context';

function isLensArgument(arg: unknown): arg is ReadinessCommandArgs {
  return typeof arg === 'object' && arg !== null && typeof (arg as ReadinessCommandArgs).uri === 'string' && typeof (arg as ReadinessCommandArgs).planId === 'string';
}

/** The plan and backup plan the command is about: from the lens, a Plans view item, or the user's pick. */
async function resolveTarget(arg: unknown, ctx: CommandContext): Promise<{ view: PlanView; readiness: BackupPlanReadiness } | undefined> {
  let uri: string | undefined;
  let planId: string | undefined;
  if (isLensArgument(arg)) ({ uri, planId } = arg);
  else if (typeof arg === 'object' && arg !== null && (arg as PlanNode).kind === 'plan') {
    const node = arg as Extract<PlanNode, { kind: 'plan' }>;
    ({ uri, planId } = { uri: node.uri, planId: node.plan.id });
  } else uri = (await ctx.models.focus()).focus?.uri;
  const view = uri ? await ctx.models.model(uri) : null;
  if (!view) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a career plan first.'));
    return undefined;
  }
  const plans = view.insights.backupPlans;
  if (!plans.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This plan has no backup plan: add a plan with kind: backup.'));
    return undefined;
  }
  let readiness = plans.find((p) => p.id === planId);
  if (!readiness) {
    const titles = new Map(view.plans.map((p) => [p.id, p.title]));
    const picked = await vscode.window.showQuickPick(
      plans.map((p) => ({ label: titles.get(p.id) ?? p.id, description: vscode.l10n.t('readiness {0}%', p.readiness), readiness: p })),
      { placeHolder: vscode.l10n.t('Which backup plan?') },
    );
    readiness = picked?.readiness;
  }
  return readiness ? { view, readiness } : undefined;
}

/**
 * `careerplan.showReadiness` (the readiness lens): the seven criteria of a backup plan (SPEC §7)
 * in a quick pick, each met, half or missing with the core's detail. Picking one goes to the
 * place in the plan that raises it (the plan's `why`, its `needs`, its experiments, the network,
 * its market research, its trigger, the emergency fund).
 */
export const showReadiness: CommandFactory = (ctx) => async (arg) => {
  const target = await resolveTarget(arg, ctx);
  if (!target) return;
  const { view, readiness } = target;
  const places = view.readinessPlaces[readiness.id];
  type Item = vscode.QuickPickItem & { place: (typeof places)[keyof typeof places] | undefined };
  const items: Item[] = readiness.criteria.map((criterion) => {
    const state = criterionState(criterion);
    return {
      label: `${stateIcon(state)} ${criterionLabel(criterion.id)}`,
      description: stateLabel(state),
      detail: criterion.detail,
      place: places?.[criterion.id],
    };
  });
  const title = view.plans.find((p) => p.id === readiness.id)?.title ?? readiness.id;
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Readiness of "{0}": {1}%', title, readiness.readiness),
    placeHolder: vscode.l10n.t('Pick a criterion to go to the place in the plan that raises it'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked?.place) await vscode.commands.executeCommand(ClientCommands.reveal, view.uri, picked.place);
};
