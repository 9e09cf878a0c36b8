import { addMonths } from '../dates';
import { logContact } from '../edits/logContact';
import { setMapFields } from '../edits/structureEdits';
import { dataString, editAction, type QuickFix } from './quickFix';

/** Without a cadence, the next contact a logged one leaves: a season later. */
const NEXT_CONTACT_MONTHS = 3;

/**
 * stale-contact, contact-due: log a contact today (edits/logContact: `last-contact` today, a `log`
 * entry to type over, `next-contact` moved one `every` ahead). A `next-contact` without `every`
 * would stay in the past, so it moves a season ahead, in the same edit.
 */
export const contactLogFix: QuickFix = {
  codes: ['stale-contact', 'contact-due'],
  fixes(context, finding) {
    const { analysis, today, format } = context;
    const contact = analysis.model.contactById.get(dataString(finding, 'contact') ?? '');
    if (!contact?.map) return [];
    const name = contact.name?.value || contact.id;
    const logged = logContact(analysis, contact.id, today, { got: format('fix.text.contact-log', {}) });
    if (!contact.nextContact || contact.every || !logged.ok) return editAction(context, format('fix.log-contact', { name, date: today }), logged, true);
    const next = addMonths(today, NEXT_CONTACT_MONTHS);
    const moved = setMapFields(analysis, contact.map, [['next-contact', next]]);
    if (!moved.ok) return editAction(context, format('fix.log-contact', { name, date: today }), moved);
    return editAction(context, format('fix.log-contact-next', { name, date: today, next }), { ok: true, edits: [...logged.edits, ...moved.edits] }, true);
  },
};
