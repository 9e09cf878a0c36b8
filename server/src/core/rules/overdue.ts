import { daysBetween } from '../dates';
import { isOpen, type Action } from '../model/types';
import { EntryFindings, kept } from './kept';
import type { Rule } from './rule';

/** overdue (SPEC §3): an open action whose due date has passed; due today is still on time. */
export const overdueRule: Rule = {
  code: 'overdue',
  reads: (model) => [model.actions],
  check(context, report) {
    const { model, today } = context;
    // Each action's finding depends on that action and today only: an edit checks the actions it made.
    kept(context, 'actions', () => new EntryFindings<Action>()).update(model.actions, [today], (action, reportAction) => {
      const due = action.due;
      if (!isOpen(action) || !due?.valid || due.text >= today) return;
      reportAction(due.node, 'overdue', { id: action.id, due: due.text, days: daysBetween(due.text, today) }, { id: action.id, due: due.text });
    }, report);
  },
};
