import { addDays } from '../dates';
import { addEntry } from '../edits/planEdits';
import { appendToList } from '../edits/structureEdits';
import { ACTION_DAYS } from './missingTimeline';
import { dataString, editAction, uniqueId, type QuickFix } from './quickFix';

/** unaddressed-obstacle: add a dated action and list it in the obstacle's `addressed-by`. */
export const obstacleActionFix: QuickFix = {
  codes: ['unaddressed-obstacle'],
  fixes(context, finding) {
    const { analysis, today, format } = context;
    const obstacle = analysis.model.obstacles.find((o) => o.id === dataString(finding, 'obstacle'));
    if (!obstacle?.map) return [];
    const id = uniqueId(`address-${obstacle.id}`, analysis.model.actionById);
    const due = addDays(today, ACTION_DAYS);
    const listed = appendToList(analysis, obstacle.map, 'addressed-by', id, ['text']);
    const added = addEntry(analysis, 'actions', id, [['do', format('fix.text.address-obstacle', { obstacle: obstacle.text?.value || obstacle.id })], ['due', due]]);
    if (!listed.ok || !added.ok) return editAction(context, format('fix.add-obstacle-action', { id, obstacle: obstacle.id }), listed.ok ? added : listed);
    return editAction(context, format('fix.add-obstacle-action', { id, obstacle: obstacle.id }), { ok: true, edits: [...listed.edits, ...added.edits] }, true);
  },
};
