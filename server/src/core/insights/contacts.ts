import { addCadence, type IsoDate } from '../dates';
import type { Contact } from '../model/types';
import type { YNode } from '../yaml/tree';
import type { ContactInsight } from './types';

/** A contact's last contact (SPEC §7): the later of `last-contact` and the newest `log` date, with the node that says so. */
export function lastContactOf(contact: Contact): { date: IsoDate; node: YNode } | undefined {
  let last: { date: IsoDate; node: YNode } | undefined = contact.lastContact?.valid ? { date: contact.lastContact.text, node: contact.lastContact.node } : undefined;
  for (const entry of contact.log) {
    if (entry.date?.valid && (!last || entry.date.text > last.date)) last = { date: entry.date.text, node: entry.date.node };
  }
  return last;
}

/** `next-contact` when set, else the last contact + `every`, else none (SPEC §7). */
export function nextContactOf(contact: Contact): IsoDate | null {
  if (contact.nextContact) return contact.nextContact.valid ? contact.nextContact.text : null;
  const every = contact.every?.value;
  const last = lastContactOf(contact);
  return every && last ? addCadence(last.date, every) ?? null : null;
}

/** Given and got entries of the log (an entry with both counts for both). */
export function exchangesOf(contact: Contact): { gave: number; got: number } {
  let gave = 0;
  let got = 0;
  for (const entry of contact.log) {
    if (entry.gave) gave++;
    if (entry.got) got++;
  }
  return { gave, got };
}

export function contactInsight(contact: Contact, today: IsoDate): ContactInsight {
  const nextContact = nextContactOf(contact);
  return { id: contact.id, nextContact, due: nextContact !== null && nextContact < today, ...exchangesOf(contact) };
}
