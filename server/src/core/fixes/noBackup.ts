import { addEntry } from '../edits/planEdits';
import { editAction, uniqueId, type QuickFix } from './quickFix';

/** no-backup: add a backup plan skeleton under `plans` (the user renames and fills it). */
export const noBackupFix: QuickFix = {
  codes: ['no-backup'],
  fixes(context) {
    const { analysis, format } = context;
    const id = uniqueId('plan-b', analysis.model.planById);
    const result = addEntry(analysis, 'plans', id, [['title', format('fix.text.backup-plan', {})], ['kind', 'backup']]);
    return editAction(context, format('fix.add-backup-plan', { id }), result, true);
  },
};
