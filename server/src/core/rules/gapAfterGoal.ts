import { closingCloser, gapClosers, skillGapsOf } from '../insights/skillGaps';
import type { Rule } from './rule';

/**
 * gap-after-goal (SPEC §3, §7): a goal of plan P, still ahead, is due before a skill gap of P
 * closes. One finding per goal, on its `by`, naming the gap that closes last.
 */
export const gapAfterGoalRule: Rule = {
  code: 'gap-after-goal',
  check({ model, today }, report) {
    const closers = gapClosers(model);
    const gaps = skillGapsOf(model, closers);
    for (const goal of model.goals) {
      const by = goal.by;
      const planId = goal.plan?.id;
      if (!planId || !by?.valid || by.text < today) continue;
      let latest: { skill: string; closesOn: string } | undefined;
      for (const gap of gaps) {
        if (gap.plan !== planId || gap.closesOn === null || gap.closesOn <= by.text) continue;
        if (!latest || gap.closesOn > latest.closesOn) latest = { skill: gap.skill, closesOn: gap.closesOn };
      }
      if (!latest) continue;
      const closer = closingCloser(closers.get(latest.skill) ?? []);
      const args = { goal: goal.id, by: by.text, skill: latest.skill, closesOn: latest.closesOn, closer: closer?.id ?? '', closerKind: closer?.kind ?? 'action' };
      report(by.node, 'gap-after-goal', args, { goal: goal.id, plan: planId, skill: latest.skill, closesOn: latest.closesOn, closer: closer?.id ?? null, closerKind: closer?.kind ?? null });
    }
  },
};
