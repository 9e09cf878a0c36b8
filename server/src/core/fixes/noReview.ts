import { setSectionField } from '../edits/structureEdits';
import { editAction, type QuickFix } from './quickFix';

/** A quarterly review, as SPEC's example and the rule's message suggest. */
const EVERY = '3m';

/** no-review: add `review: { every: 3m }` (or `every` to an existing review section). */
export const noReviewFix: QuickFix = {
  codes: ['no-review'],
  fixes(context) {
    const { analysis, format } = context;
    return editAction(context, format('fix.add-review-cadence', { every: EVERY }), setSectionField(analysis, 'review', 'every', EVERY), true);
  },
};
