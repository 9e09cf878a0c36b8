import { isActiveExperiment, isOpen } from '../model/types';
import type { Rule } from './rule';

/**
 * missing-timeline (SPEC §3): an action plan needs a timetable. A date that is present but
 * malformed counts as present here: the schema already reports it, once.
 */
export const missingTimelineRule: Rule = {
  code: 'missing-timeline',
  reads: (model) => [model.actions, model.goals, model.plans],
  check({ model }, report) {
    for (const action of model.actions) {
      if (isOpen(action) && !action.due) {
        report(action.key, 'missing-timeline.action', { id: action.id }, { kind: 'action', id: action.id, field: 'due' });
      }
    }
    for (const goal of model.goals) {
      if (!goal.by) report(goal.key, 'missing-timeline.goal', { id: goal.id }, { kind: 'goal', id: goal.id, field: 'by' });
    }
    for (const plan of model.plans) {
      for (const experiment of plan.experiments) {
        if (isActiveExperiment(experiment) && !experiment.to) {
          report(experiment.key, 'missing-timeline.experiment', { id: experiment.id }, { kind: 'experiment', id: experiment.id, plan: plan.id, field: 'to' });
        }
      }
    }

    const plansWithDatedAction = new Set<string>();
    for (const action of model.actions) if (action.plan && isOpen(action) && action.due) plansWithDatedAction.add(action.plan.id);
    for (const plan of model.plans) {
      if (plan.kind?.value !== 'backup' || plansWithDatedAction.has(plan.id)) continue;
      if (plan.experiments.some((experiment) => experiment.from || experiment.to)) continue;
      report(plan.key, 'missing-timeline.plan', { id: plan.id }, { kind: 'plan', id: plan.id, field: 'due' });
    }
  },
};
