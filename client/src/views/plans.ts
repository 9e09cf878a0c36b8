import * as vscode from 'vscode';
import type { PlanView } from '../../../server/src/lsp/protocol';
import type { PlanNode } from './nodes';
import { PlanTreeProvider } from './planTree';

/**
 * Each plan (the primary first, then the backups in file order) with its experiments and the
 * actions linked to it, and its progress (done/total actions, dropped ones not counted).
 * Actions linked to no plan are listed in a last group. A backup plan shows its readiness (SPEC
 * §7, from the core), its tooltip the seven criteria.
 */
export class PlansProvider extends PlanTreeProvider {
  protected content(view: PlanView): PlanNode[] {
    const plans = [...view.plans].sort((a, b) => rank(a.kind) - rank(b.kind));
    const known = new Set(view.plans.map((p) => p.id));
    const readiness = new Map(view.insights.backupPlans.map((r) => [r.id, r]));
    const nodes = plans.map((plan): PlanNode => ({
      kind: 'plan',
      uri: view.uri,
      plan,
      readiness: readiness.get(plan.id),
      children: [
        ...plan.experiments.map((experiment): PlanNode => ({ kind: 'experiment', uri: view.uri, planId: plan.id, experiment })),
        ...view.actions
          .filter((a) => a.plan === plan.id)
          .map((action): PlanNode => ({ kind: 'action', uri: view.uri, action, today: view.today })),
      ],
    }));
    const loose = view.actions.filter((a) => !a.plan || !known.has(a.plan));
    if (loose.length) {
      const done = loose.filter((a) => a.status === 'done').length;
      const total = loose.filter((a) => a.status !== 'dropped').length;
      nodes.push({
        kind: 'group',
        uri: view.uri,
        key: 'unlinked',
        label: vscode.l10n.t('Actions without a plan'),
        icon: 'list-unordered',
        description: `${done}/${total}`,
        children: loose.map((action): PlanNode => ({ kind: 'action', uri: view.uri, action, today: view.today })),
      });
    }
    return nodes;
  }
}

function rank(kind: string | null): number {
  return kind === 'primary' ? 0 : kind === 'backup' ? 1 : 2;
}
