import { isActiveExperiment, isOpen, type Action, type Goal, type Plan } from '../model/types';
import { EntryFindings, kept } from './kept';
import type { Rule } from './rule';

/**
 * missing-timeline (SPEC §3): an action plan needs a timetable. A date that is present but
 * malformed counts as present here: the schema already reports it, once.
 */
export const missingTimelineRule: Rule = {
  code: 'missing-timeline',
  reads: (model) => [model.actions, model.goals, model.plans],
  check(context, report) {
    const { model } = context;
    // An action's finding depends on that action only: an edit checks the actions it made.
    const actions = kept(context, 'actions', () => new EntryFindings<Action>());
    actions.update(model.actions, [], (action, reportAction) => {
      if (isOpen(action) && !action.due) {
        reportAction(action.key, 'missing-timeline.action', { id: action.id }, { kind: 'action', id: action.id, field: 'due' });
      }
    }, report);
    // A goal's and a plan's experiments' findings depend on them only: kept the same way.
    kept(context, 'goals', () => new EntryFindings<Goal>()).update(model.goals, [], (goal, reportGoal) => {
      if (!goal.by) reportGoal(goal.key, 'missing-timeline.goal', { id: goal.id }, { kind: 'goal', id: goal.id, field: 'by' });
    }, report);
    kept(context, 'experiments', () => new EntryFindings<Plan>()).update(model.plans, [], (plan, reportPlan) => {
      for (const experiment of plan.experiments) {
        if (isActiveExperiment(experiment) && !experiment.to) {
          reportPlan(experiment.key, 'missing-timeline.experiment', { id: experiment.id }, { kind: 'experiment', id: experiment.id, plan: plan.id, field: 'to' });
        }
      }
    }, report);

    // How many open, dated actions each plan has, counted again only for the actions checked again.
    const datedActions = kept(context, 'dated actions by plan', () => new Map<string, number>());
    for (const [list, step] of [[actions.last.dropped, -1], [actions.last.checked, 1]] as const) {
      for (const action of list) {
        if (!action.plan || !isOpen(action) || !action.due) continue;
        const count = (datedActions.get(action.plan.id) ?? 0) + step;
        if (count === 0) datedActions.delete(action.plan.id);
        else datedActions.set(action.plan.id, count);
      }
    }
    for (const plan of model.plans) {
      if (plan.kind?.value !== 'backup' || datedActions.has(plan.id)) continue;
      if (plan.experiments.some((experiment) => experiment.from || experiment.to)) continue;
      report(plan.key, 'missing-timeline.plan', { id: plan.id }, { kind: 'plan', id: plan.id, field: 'due' });
    }
  },
};
