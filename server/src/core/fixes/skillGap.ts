import { addDays } from '../dates';
import { addEntry, setDue } from '../edits/planEdits';
import { isOpen } from '../model/types';
import { dataString, editAction, uniqueId, type QuickFix } from './quickFix';

export const SKILL_ACTION_DAYS = 30;

/**
 * skill-gap: add a dated action that develops the skill, linked to the plan; when an open action
 * already develops it but has no date, giving that action a date closes the gap too (and is the
 * smaller change, so it is preferred).
 */
export const skillGapFix: QuickFix = {
  codes: ['skill-gap'],
  fixes(context, finding) {
    const { analysis, today, format } = context;
    const model = analysis.model;
    const need = model.plans.flatMap((p) => p.needs.map((n) => ({ plan: p, need: n }))).find(({ need: n }) => n.pair.start === finding.start);
    const skill = dataString(finding, 'skill') ?? need?.need.skill;
    const planId = dataString(finding, 'plan') ?? need?.plan.id;
    if (!skill || !planId) return [];
    const level = typeof finding.data?.need === 'number' ? finding.data.need : need?.need.level ?? 1;
    const due = addDays(today, SKILL_ACTION_DAYS);

    const undated = model.actions.find((a) => isOpen(a) && !a.due && a.develops.some((ref) => ref.id === skill));
    const dateExisting = undated
      ? editAction(context, format('fix.date-skill-action', { id: undated.id, date: due }), setDue(analysis, undated.id, due), true)
      : [];
    const id = uniqueId(`develop-${skill}`, model.actionById);
    const result = addEntry(analysis, 'actions', id, [
      ['do', format('fix.text.develop-skill', { skill, level })],
      ['plan', planId],
      ['due', due],
      ['develops', [skill]],
    ]);
    const addAction = editAction(context, format('fix.add-skill-action', { id, skill, date: due }), result, dateExisting.length === 0);
    return [...dateExisting, ...addAction];
  },
};
