import { daysBetween } from '../dates';
import type { Rule } from './rule';

const RECENT_DAYS = 365;
const ENOUGH_ENTRIES = 3;

/**
 * one-sided-contact (SPEC §3): at least 3 log entries within the last year, each of them `got`
 * only: nothing given back. Reported on the contact's `log` key.
 */
export const oneSidedContactRule: Rule = {
  code: 'one-sided-contact',
  reads: (model) => [model.contacts],
  check({ model, today }, report) {
    for (const contact of model.contacts) {
      const recent = contact.log.filter((entry) => {
        if (!entry.date?.valid) return false;
        const days = daysBetween(entry.date.text, today);
        return days >= 0 && days <= RECENT_DAYS;
      });
      if (recent.length < ENOUGH_ENTRIES || !recent.every((entry) => entry.got && !entry.gave)) continue;
      const name = contact.name?.value || contact.id;
      report(contact.logKey ?? contact.key, 'one-sided-contact', { name, count: recent.length }, { contact: contact.id, count: recent.length });
    }
  },
};
