import { daysBetween } from '../dates';
import { lastContactOf } from '../insights/contacts';
import type { Rule } from './rule';

const STALE_AFTER_DAYS = 180;
const KEPT_WARM = new Set(['mentor', 'advisor']);

/**
 * stale-contact (SPEC §3): a mentor or advisor not contacted for more than 180 days. The last
 * contact is SPEC §7's (the later of `last-contact` and the newest `log` date); the finding
 * stands on the date that says so.
 */
export const staleContactRule: Rule = {
  code: 'stale-contact',
  reads: (model) => [model.contacts],
  check({ model, today }, report) {
    for (const contact of model.contacts) {
      const role = contact.role?.value;
      if (!role || !KEPT_WARM.has(role)) continue;
      const last = lastContactOf(contact);
      if (!last) continue;
      const days = daysBetween(last.date, today);
      if (days <= STALE_AFTER_DAYS) continue;
      const name = contact.name?.value || contact.id;
      report(last.node, 'stale-contact', { name, role, days }, { contact: contact.id, days });
    }
  },
};
