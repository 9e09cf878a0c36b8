import { daysBetween } from '../dates';
import type { Rule } from './rule';

const STALE_AFTER_DAYS = 365;

/** stale-resume (SPEC §3): the resume has not been refreshed for more than a year. */
export const staleResumeRule: Rule = {
  code: 'stale-resume',
  check({ model, today }, report) {
    const updated = model.resumeUpdated;
    if (!updated?.valid) return;
    const days = daysBetween(updated.text, today);
    if (days > STALE_AFTER_DAYS) report(updated.node, 'stale-resume', { updated: updated.text, days }, { updated: updated.text, days });
  },
};
