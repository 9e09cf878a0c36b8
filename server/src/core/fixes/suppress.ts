import { insertFileSuppression, insertSuppression } from '../edits/planEdits';
import { editAction, type QuickFix } from './quickFix';

/** Any warning or info can be silenced where it stands, or in the whole file (SPEC §3). */
export const suppressFix: QuickFix = {
  codes: ['*'],
  fixes(context, finding) {
    if (finding.severity !== 'warning' && finding.severity !== 'info') return [];
    const { analysis, format } = context;
    const code = finding.code;
    return [
      ...editAction(context, format('fix.ignore-line', { code }), insertSuppression(analysis, finding.start, code)),
      ...editAction(context, format('fix.ignore-file', { code }), insertFileSuppression(analysis, code)),
    ];
  },
};
