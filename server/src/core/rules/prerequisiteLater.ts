import { isOpen } from '../model/types';
import type { Rule } from './rule';

/**
 * prerequisite-later (SPEC §3): an action is due before an action it waits for. Finished or
 * dropped actions on either side no longer constrain the timetable, so they are left out.
 */
export const prerequisiteLaterRule: Rule = {
  code: 'prerequisite-later',
  reads: (model) => [model.actions, model.actionById],
  check({ model }, report) {
    for (const action of model.actions) {
      const due = action.due;
      if (!isOpen(action) || !due?.valid) continue;
      for (const ref of action.after) {
        const prerequisite = model.actionById.get(ref.id);
        const prerequisiteDue = prerequisite?.due;
        if (!prerequisite || prerequisite === action || !isOpen(prerequisite) || !prerequisiteDue?.valid) continue;
        if (due.text >= prerequisiteDue.text) continue;
        report(
          ref.node,
          'prerequisite-later',
          { id: action.id, due: due.text, prerequisite: prerequisite.id, prerequisiteDue: prerequisiteDue.text },
          { id: action.id, due: due.text, prerequisite: prerequisite.id, prerequisiteDue: prerequisiteDue.text },
        );
      }
    }
  },
};
