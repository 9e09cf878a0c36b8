import type { PlanView } from '../../../server/src/lsp/protocol';
import type { PlanNode } from './nodes';
import { PlanTreeProvider } from './planTree';

/** Each skill gap, grouped by the plan that needs the skill: have/need and what closes it (the core decides), or "no action". */
export class SkillGapsProvider extends PlanTreeProvider {
  protected content(view: PlanView): PlanNode[] {
    const byPlan = new Map<string, PlanNode[]>();
    for (const gap of view.skillGaps) {
      const node: PlanNode = { kind: 'skillGap', uri: view.uri, gap };
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
