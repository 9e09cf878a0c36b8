import { mayCloseGap, skillGaps, type SkillGap, skillGapInputs } from '../insights/skillGaps';
import type { IsoDate } from '../dates';
import type { Action, PlanModel } from '../model/types';
import { KeptReports, kept } from './kept';
import type { Report, Rule } from './rule';

/**
 * gap-after-goal (SPEC §3, §7): a goal of plan P, still ahead, is due before a skill gap of P
 * closes. One finding per goal, on its `by`, naming the gap that closes last and what sets it.
 */
export const gapAfterGoalRule: Rule = {
  code: 'gap-after-goal',
  reads: (model) => [model.goals, ...skillGapInputs(model)],
  check(context, report) {
    const { model, today } = context;
    // Kept while goals, skills, plans and today are the same and the edit made or dropped no action that develops a skill.
    kept(context, 'goals', () => new KeptReports<Action>()).run(model.actions, [model.goals, model.skills, model.plans, today], mayCloseGap, (reportGoal) => checkGoals(model, today, reportGoal), report);
  },
};

/** The goals due before their plan's last gap closes. */
function checkGoals(model: PlanModel, today: IsoDate, report: Report): void {
  const latestByPlan = latestClosingGapByPlan(skillGaps(model));
  for (const goal of model.goals) {
    const by = goal.by;
    const planId = goal.plan?.id;
    if (!planId || !by?.valid || by.text < today) continue;
    // Only the plan's gap that closes last matters: if it closes by the goal's date, every gap does.
    const latest = latestByPlan.get(planId);
    if (!latest || latest.closing!.date! <= by.text) continue;
    const closer = latest.closing!;
    const args = { goal: goal.id, by: by.text, skill: latest.skill, closesOn: closer.date!, closer: closer.id, closerKind: closer.kind };
    report(by.node, 'gap-after-goal', args, { goal: goal.id, plan: planId, skill: latest.skill, closesOn: closer.date!, closer: closer.id, closerKind: closer.kind });
  }
}

/** Per plan id, the gap with the latest real closing date (the first in order on a tie). */
function latestClosingGapByPlan(gaps: readonly SkillGap[]): Map<string, SkillGap> {
  const latest = new Map<string, SkillGap>();
  for (const gap of gaps) {
    const closesOn = gap.closing?.date;
    if (!closesOn) continue;
    const current = latest.get(gap.plan.id);
    if (!current || closesOn > current.closing!.date!) latest.set(gap.plan.id, gap);
  }
  return latest;
}
