import { CLIENT_COMMANDS } from './clientCommands';
import type { QuickFix } from './quickFix';

/** review-due: the review is a guided flow in the client, so the fix is a command, not an edit. */
export const reviewDueFix: QuickFix = {
  codes: ['review-due'],
  fixes(context) {
    const { analysis, uri, format } = context;
    if (analysis.hasSyntaxErrors || analysis.parsed.conflicts.length) return [];
    const title = format('fix.start-review', {});
    return [{ title, kind: 'quickfix', isPreferred: true, command: { title, command: CLIENT_COMMANDS.startReview, arguments: [uri] } }];
  },
};
