import { getValue } from '../yaml/tree';
import type { Rule } from './rule';

/** unrated-experiment (SPEC §3): an experiment that is over, with no record of how it felt. */
export const unratedExperimentRule: Rule = {
  code: 'unrated-experiment',
  reads: (model) => [model.plans],
  check({ model, today }, report) {
    for (const plan of model.plans) {
      for (const experiment of plan.experiments) {
        const over = experiment.status === 'done' || (experiment.to?.valid === true && experiment.to.text < today);
        if (!over || hasInterest(experiment.map)) continue;
        report(experiment.key, 'unrated-experiment', { id: experiment.id }, { plan: plan.id, experiment: experiment.id });
      }
    }
  },
};

/** An `interest` of the wrong type is still a rating the user wrote; the schema reports its type. */
function hasInterest(map: Parameters<typeof getValue>[0]): boolean {
  const node = getValue(map, 'interest');
  return node !== null && !(node.kind === 'scalar' && (node.value === null || node.value === ''));
}
