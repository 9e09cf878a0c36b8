import { addMonths } from '../dates';
import { addNestedEntry } from '../edits/structureEdits';
import { dataString, editAction, type QuickFix } from './quickFix';

/** The cheapest test of a path: talk to someone who walks it, within a month. */
const EXPERIMENT_ID = 'informational-interview';
const EXPERIMENT_MONTHS = 1;

/** no-experiment: add a planned experiment with dates to the backup plan. */
export const noExperimentFix: QuickFix = {
  codes: ['no-experiment'],
  fixes(context, finding) {
    const { analysis, today, format } = context;
    const planId = dataString(finding, 'plan');
    const plan = planId ? analysis.model.planById.get(planId) : undefined;
    if (!plan?.map) return [];
    const to = addMonths(today, EXPERIMENT_MONTHS);
    const result = addNestedEntry(analysis, plan.map, 'experiments', EXPERIMENT_ID, [
      ['kind', 'informational-interview'],
      ['from', today],
      ['to', to],
      ['status', 'planned'],
    ]);
    return editAction(context, format('fix.add-experiment', { id: EXPERIMENT_ID, plan: plan.id, from: today, to }), result, true);
  },
};
