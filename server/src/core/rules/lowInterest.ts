import type { Rule } from './rule';

const LOW_AVERAGE = 2;

/** low-interest (SPEC §3): the done, rated experiments of a backup plan average 2 or less. */
export const lowInterestRule: Rule = {
  code: 'low-interest',
  reads: (model) => [model.plans],
  check({ model }, report) {
    for (const plan of model.plans) {
      if (plan.kind?.value !== 'backup') continue;
      const ratings = plan.experiments.filter((e) => e.status === 'done' && e.interest !== undefined).map((e) => e.interest!.value);
      if (ratings.length === 0) continue;
      const average = ratings.reduce((sum, r) => sum + r, 0) / ratings.length;
      if (average > LOW_AVERAGE) continue;
      const shown = String(Math.round(average * 10) / 10);
      report(plan.key, 'low-interest', { plan: plan.id, average: shown, count: ratings.length }, { plan: plan.id, average });
    }
  },
};
