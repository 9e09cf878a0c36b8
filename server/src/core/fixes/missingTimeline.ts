import type { CodeAction } from 'vscode-languageserver-types';
import type { Finding } from '../analyze';
import { addDays, addMonths, type IsoDate } from '../dates';
import { addEntry, setEntryField } from '../edits/planEdits';
import type { PlanModel } from '../model/types';
import type { YMap } from '../yaml/tree';
import { editAction, uniqueId, type QuickFix } from './quickFix';

/** Default dates: a near step for actions, a year for goals, a season for experiments; the user edits them after. */
export const ACTION_DAYS = 14;
const GOAL_MONTHS = 12;
const EXPERIMENT_MONTHS = 3;

interface Target {
  kind: 'action' | 'goal' | 'experiment' | 'plan';
  id: string;
  map: YMap | null;
  /** For an experiment: its start date, when valid. */
  from?: IsoDate;
}

/** missing-timeline: add the missing `due` / `by` / `to`, or a dated next step for a backup plan. */
export const missingTimelineFix: QuickFix = {
  codes: ['missing-timeline'],
  fixes(context, finding) {
    const { analysis, today, format } = context;
    const target = locate(analysis.model, finding);
    if (!target) return [];
    const add = (key: string, date: IsoDate, after: string[]): CodeAction[] =>
      editAction(context, format('fix.add-date', { key, date }), setEntryField(analysis, target.map, key, date, after), true);
    switch (target.kind) {
      case 'action':
        return add('due', addDays(today, ACTION_DAYS), ['goal', 'plan', 'do']);
      case 'goal':
        return add('by', addMonths(today, GOAL_MONTHS), ['title']);
      case 'experiment':
        return add('to', addMonths(target.from ?? today, EXPERIMENT_MONTHS), ['from', 'kind']);
      case 'plan': {
        const due = addDays(today, ACTION_DAYS);
        const id = uniqueId(`${target.id}-next-step`, analysis.model.actionById);
        const plan = analysis.model.planById.get(target.id);
        const result = addEntry(analysis, 'actions', id, [
          ['do', format('fix.text.next-step', { plan: plan?.title?.value ?? target.id })],
          ['plan', target.id],
          ['due', due],
        ]);
        return editAction(context, format('fix.add-next-step', { plan: target.id, date: due }), result, true);
      }
    }
  },
};

/** The entry whose key the finding is on (the rule reports on the entry's key). */
function locate(model: PlanModel, finding: Finding): Target | null {
  const at = (key: { start: number }) => key.start === finding.start;
  for (const action of model.actions) if (at(action.key)) return { kind: 'action', id: action.id, map: action.map };
  for (const goal of model.goals) if (at(goal.key)) return { kind: 'goal', id: goal.id, map: goal.map };
  for (const plan of model.plans) {
    if (at(plan.key)) return { kind: 'plan', id: plan.id, map: plan.map };
    for (const experiment of plan.experiments) {
      if (at(experiment.key)) return { kind: 'experiment', id: experiment.id, map: experiment.map, from: experiment.from?.valid ? experiment.from.text : undefined };
    }
  }
  return null;
}
