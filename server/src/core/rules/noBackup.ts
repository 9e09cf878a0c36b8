import { sectionOrDocumentKey } from './documentAnchor';
import type { Rule } from './rule';

/** no-backup (SPEC §3): the plan has no Plan B. */
export const noBackupRule: Rule = {
  code: 'no-backup',
  reads: (model) => [model.plans, sectionOrDocumentKey(model, 'plans')],
  check({ model }, report) {
    if (model.plans.some((plan) => plan.kind?.value === 'backup')) return;
    const anchor = sectionOrDocumentKey(model, 'plans');
    if (anchor) report(anchor, 'no-backup', {});
  },
};
