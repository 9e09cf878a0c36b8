import type { PlanView } from '../../../server/src/lsp/protocol';
import type { PlanNode } from './nodes';
import { PlanTreeProvider } from './planTree';

/** Each skill gap, grouped by the plan that needs the skill: have/need and the action closing it, or "no action". */
export class SkillGapsProvider extends PlanTreeProvider {
  protected content(view: PlanView): PlanNode[] {
    const byPlan = new Map<string, PlanNode[]>();
    const actions = new Map(view.actions.map((a) => [a.id, a]));
    for (const gap of view.skillGaps) {
      const node: PlanNode = { kind: 'skillGap', uri: view.uri, gap, closing: gap.closingAction ? actions.get(gap.closingAction) : undefined, today: view.today };
      const list = byPlan.get(gap.plan);
      if (list) list.push(node);
      else byPlan.set(gap.plan, [node]);
    }
    const titles = new Map(view.plans.map((p) => [p.id, p.title]));
    return [...byPlan].map(([plan, children]): PlanNode => ({
      kind: 'group',
      uri: view.uri,
      key: `plan:${plan}`,
      label: titles.get(plan) ?? plan,
      icon: view.plans.find((p) => p.id === plan)?.kind === 'primary' ? 'star-full' : 'git-branch',
      children,
    }));
  }
}
