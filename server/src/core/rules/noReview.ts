import { getValue } from '../yaml/tree';
import { sectionOrDocumentKey } from './documentAnchor';
import type { Rule } from './rule';

/** no-review (SPEC §3): without a cadence the plan is never revisited. */
export const noReviewRule: Rule = {
  code: 'no-review',
  reads: (model) => [model.review, sectionOrDocumentKey(model, 'review')],
  check({ model }, report) {
    // A cadence written in a form the schema rejects still shows the intent: the schema reports it.
    const every = getValue(model.review?.map, 'every');
    if (every && !(every.kind === 'scalar' && (every.value === null || every.value === ''))) return;
    const anchor = sectionOrDocumentKey(model, 'review');
    if (anchor) report(anchor, 'no-review', {});
  },
};
