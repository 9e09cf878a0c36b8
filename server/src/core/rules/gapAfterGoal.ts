import { skillGaps, type SkillGap } from '../insights/skillGaps';
import type { Rule } from './rule';

/**
 * gap-after-goal (SPEC §3, §7): a goal of plan P, still ahead, is due before a skill gap of P
 * closes. One finding per goal, on its `by`, naming the gap that closes last and what sets it.
 */
export const gapAfterGoalRule: Rule = {
  code: 'gap-after-goal',
  check({ model, today }, report) {
    const gaps = skillGaps(model);
    for (const goal of model.goals) {
      const by = goal.by;
      const planId = goal.plan?.id;
      if (!planId || !by?.valid || by.text < today) continue;
      let latest: SkillGap | undefined;
      for (const gap of gaps) {
        const closesOn = gap.closing?.date;
        if (gap.plan.id !== planId || !closesOn || closesOn <= by.text) continue;
        if (!latest || closesOn > latest.closing!.date!) latest = gap;
      }
      if (!latest) continue;
      const closer = latest.closing!;
      const args = { goal: goal.id, by: by.text, skill: latest.skill, closesOn: closer.date!, closer: closer.id, closerKind: closer.kind };
      report(by.node, 'gap-after-goal', args, { goal: goal.id, plan: planId, skill: latest.skill, closesOn: closer.date!, closer: closer.id, closerKind: closer.kind });
    }
  },
};
