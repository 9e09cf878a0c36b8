import { isOpen, type Action } from '../model/types';
import { KeptReports, kept } from './kept';
import type { Rule } from './rule';

/**
 * prerequisite-later (SPEC §3): an action is due before an action it waits for. Finished or
 * dropped actions on either side no longer constrain the timetable, so they are left out.
 */
export const prerequisiteLaterRule: Rule = {
  code: 'prerequisite-later',
  reads: (model) => [model.actions, model.actionById],
  check(context, report) {
    const { model } = context;
    // Kept while the edit made or dropped no action that waits for another or that another waits for.
    const state = kept(context, 'state', () => ({ reports: new KeptReports<Action>(), targets: new Set<string>() }));
    const matters = (action: Action) => action.after.length > 0 || state.targets.has(action.id);
    state.reports.run(model.actions, [], matters, (reportLater) => {
      state.targets = new Set();
      for (const action of model.actions) {
        for (const ref of action.after) state.targets.add(ref.id);
        const due = action.due;
        if (!isOpen(action) || !due?.valid) continue;
        for (const ref of action.after) {
          const prerequisite = model.actionById.get(ref.id);
          const prerequisiteDue = prerequisite?.due;
          if (!prerequisite || prerequisite === action || !isOpen(prerequisite) || !prerequisiteDue?.valid) continue;
          if (due.text >= prerequisiteDue.text) continue;
          reportLater(
            ref.node,
            'prerequisite-later',
            { id: action.id, due: due.text, prerequisite: prerequisite.id, prerequisiteDue: prerequisiteDue.text },
            { id: action.id, due: due.text, prerequisite: prerequisite.id, prerequisiteDue: prerequisiteDue.text },
          );
        }
      }
    }, report);
  },
};
