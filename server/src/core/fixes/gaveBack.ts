import { logContact } from '../edits/logContact';
import { dataString, editAction, type QuickFix } from './quickFix';

/** one-sided-contact: log something given back today (a `gave` entry to type over). */
export const gaveBackFix: QuickFix = {
  codes: ['one-sided-contact'],
  fixes(context, finding) {
    const { analysis, today, format } = context;
    const contact = analysis.model.contactById.get(dataString(finding, 'contact') ?? '');
    if (!contact) return [];
    const name = contact.name?.value || contact.id;
    return editAction(context, format('fix.log-gave', { name, date: today }), logContact(analysis, contact.id, today, { gave: format('fix.text.gave', {}) }), true);
  },
};
