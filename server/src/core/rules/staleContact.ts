import { daysBetween } from '../dates';
import type { Rule } from './rule';

const STALE_AFTER_DAYS = 180;
const KEPT_WARM = new Set(['mentor', 'advisor']);

/** stale-contact (SPEC §3): a mentor or advisor not contacted for more than 180 days. */
export const staleContactRule: Rule = {
  code: 'stale-contact',
  check({ model, today }, report) {
    for (const contact of model.contacts) {
      const role = contact.role?.value;
      const last = contact.lastContact;
      if (!role || !KEPT_WARM.has(role) || !last?.valid) continue;
      const days = daysBetween(last.text, today);
      if (days <= STALE_AFTER_DAYS) continue;
      const name = contact.name?.value || contact.id;
      report(last.node, 'stale-contact', { name, role, days }, { contact: contact.id, days });
    }
  },
};
