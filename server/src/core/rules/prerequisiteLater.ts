import { isOpen, type Action } from '../model/types';
import { EntryFindings, idsOfChanged, kept } from './kept';
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
    // An action's findings depend on it and on the actions it waits for: an edit checks the
    // actions it made, and those that wait for an id of an action it made or dropped.
    const state = kept(context, 'state', () => ({ findings: new EntryFindings<Action>(), list: [] as readonly Action[] }));
    // An action typed in whose date and status stayed changes nothing for those waiting for it.
    const changed = idsOfChanged(state.list, model.actions, (was, now) => isOpen(was) === isOpen(now) && was.due?.valid === now.due?.valid && was.due?.text === now.due?.text);
    state.list = model.actions;
    state.findings.update(model.actions, [], (action, reportLater) => {
      const due = action.due;
      if (!isOpen(action) || !due?.valid) return;
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
    }, report, changed.size ? (action) => action.after.some((ref) => changed.has(ref.id)) : undefined);
  },
};
