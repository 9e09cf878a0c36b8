import { mayCloseGap, skillGaps, skillGapInputs } from '../insights/skillGaps';
import type { Action } from '../model/types';
import { KeptReports, kept } from './kept';
import type { Rule } from './rule';

/**
 * skill-gap (SPEC §3): a plan needs a skill above your level and nothing dated is closing the
 * gap. What closes a gap is decided in insights/skillGaps.ts, which the plan view reads too.
 * A present but malformed date counts as a date: the schema reports it already.
 */
export const skillGapRule: Rule = {
  code: 'skill-gap',
  reads: (model) => skillGapInputs(model),
  check(context, report) {
    const { model } = context;
    // Kept while skills and plans are the same and the edit made or dropped no action that develops a skill.
    kept(context, 'gaps', () => new KeptReports<Action>()).run(model.actions, [model.skills, model.plans], mayCloseGap, (reportGap) => {
      for (const gap of skillGaps(model)) {
        if (gap.closing) continue;
        const facts = { plan: gap.plan.id, skill: gap.skill, have: gap.have, need: gap.level };
        reportGap(gap.need.pair, 'skill-gap', facts, facts);
      }
    }, report);
  },
};
