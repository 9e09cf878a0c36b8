import { getValue } from '../yaml/tree';
import type { Rule } from './rule';

/** no-experiment (SPEC §3): a backup plan that has not been tested on a small scale. */
export const noExperimentRule: Rule = {
  code: 'no-experiment',
  reads: (model) => [model.plans],
  check({ model }, report) {
    for (const plan of model.plans) {
      if (plan.kind?.value !== 'backup' || plan.experiments.length > 0) continue;
      // `experiments:` written as something other than a map is the schema's to report.
      const written = getValue(plan.map, 'experiments');
      const empty = !written || (written.kind === 'scalar' && (written.value === null || written.value === '')) || written.kind === 'map';
      if (empty) report(plan.key, 'no-experiment', { plan: plan.id }, { plan: plan.id });
    }
  },
};
