import { daysBetween } from '../dates';
import { lastContactOf, nextContactOf } from '../insights/contacts';
import type { Rule } from './rule';

/**
 * contact-due (SPEC §3): a contact's next contact date (SPEC §7) has passed. Reported on what
 * sets that date: `next-contact`, else `every`.
 */
export const contactDueRule: Rule = {
  code: 'contact-due',
  reads: (model) => [model.contacts],
  check({ model, today }, report) {
    for (const contact of model.contacts) {
      const next = nextContactOf(contact);
      if (next === null || next >= today) continue;
      const node = contact.nextContact?.node ?? contact.every?.node ?? contact.key;
      const name = contact.name?.value || contact.id;
      const last = contact.nextContact ? undefined : lastContactOf(contact);
      const args = { name, next, days: daysBetween(next, today), every: last ? contact.every?.value ?? '' : '', last: last?.date ?? '' };
      report(node, 'contact-due', args, { contact: contact.id, next });
    }
  },
};
