import type { QuickFix } from './quickFix';

/** The command the VS Code client implements to walk through a review (SPEC §5). */
export const START_REVIEW_COMMAND = 'careerplan.startReview';

/** review-due: the review is a guided flow in the client, so the fix is a command, not an edit. */
export const reviewDueFix: QuickFix = {
  codes: ['review-due'],
  fixes(context) {
    const { analysis, uri, format } = context;
    if (analysis.hasSyntaxErrors || analysis.parsed.conflicts.length) return [];
    const title = format('fix.start-review', {});
    return [{ title, kind: 'quickfix', isPreferred: true, command: { title, command: START_REVIEW_COMMAND, arguments: [uri] } }];
  },
};
