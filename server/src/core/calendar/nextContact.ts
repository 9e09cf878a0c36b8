import { addCadence, isIsoDate, type IsoDate } from '../dates';
import type { Contact } from '../model/types';
import { asMap, asScalar, asSeq, getValue } from '../yaml/tree';

/**
 * SPEC §7 next contact: `next-contact` when set, else the last contact + `every`; the last
 * contact is the later of `last-contact` and the newest `log` date. Read from the contact's map
 * so that it works before the model knows `every` and `log` (the insights module's own function
 * is the one to share once it lands).
 */
export function nextContactOf(contact: Contact): { date: IsoDate; every?: string } | null {
  const every = asScalar(getValue(contact.map, 'every'))?.value;
  const cadence = typeof every === 'string' && addCadence('2000-01-01', every) ? every : undefined;
  if (contact.nextContact?.valid) return { date: contact.nextContact.text, every: cadence };
  const last = lastContactOf(contact);
  const date = last && cadence ? addCadence(last, cadence) : undefined;
  return date ? { date, every: cadence } : null;
}

function lastContactOf(contact: Contact): IsoDate | undefined {
  let last = contact.lastContact?.valid ? contact.lastContact.text : undefined;
  for (const entry of asSeq(getValue(contact.map, 'log'))?.items ?? []) {
    const date = asScalar(getValue(asMap(entry), 'date'))?.value;
    if (isIsoDate(date) && (!last || date > last)) last = date;
  }
  return last;
}
