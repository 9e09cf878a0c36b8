import { daysBetween } from '../dates';
import { isOpen } from '../model/types';
import type { Rule } from './rule';

/** overdue (SPEC §3): an open action whose due date has passed; due today is still on time. */
export const overdueRule: Rule = {
  code: 'overdue',
  reads: (model) => [model.actions],
  check({ model, today }, report) {
    for (const action of model.actions) {
      const due = action.due;
      if (!isOpen(action) || !due?.valid || due.text >= today) continue;
      report(due.node, 'overdue', { id: action.id, due: due.text, days: daysBetween(due.text, today) }, { id: action.id, due: due.text });
    }
  },
};
