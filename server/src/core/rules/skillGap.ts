import { isActiveExperiment, isOpen, type PlanModel } from '../model/types';
import type { Rule } from './rule';

const MAX_LEVEL = 5;

/**
 * skill-gap (SPEC §3): a plan needs a skill above your level and nothing dated is closing the
 * gap. A present but malformed date counts as a date: the schema reports it already.
 */
export const skillGapRule: Rule = {
  code: 'skill-gap',
  check({ model }, report) {
    const developed = skillsBeingDeveloped(model);
    for (const plan of model.plans) {
      for (const need of plan.needs) {
        if (need.level === undefined || developed.has(need.skill)) continue;
        const skill = model.skillById.get(need.skill);
        // A skill written with a broken level is the schema's finding; guessing a level here would mislead.
        if (skill && (skill.level === undefined || skill.level < 0 || skill.level > MAX_LEVEL)) continue;
        const have = skill?.level ?? 0;
        if (have >= need.level) continue;
        report(need.pair, 'skill-gap', { plan: plan.id, skill: need.skill, have, need: need.level }, { plan: plan.id, skill: need.skill, have, need: need.level });
      }
    }
  },
};

/** Skills that an open action with a `due`, or a planned/running experiment with a `to`, develops. */
function skillsBeingDeveloped(model: PlanModel): Set<string> {
  const skills = new Set<string>();
  for (const action of model.actions) {
    if (isOpen(action) && action.due) for (const ref of action.develops) skills.add(ref.id);
  }
  for (const plan of model.plans) {
    for (const experiment of plan.experiments) {
      if (isActiveExperiment(experiment) && experiment.to) for (const ref of experiment.develops) skills.add(ref.id);
    }
  }
  return skills;
}
