import { addCadence } from '../dates';
import { logContact } from '../edits/logContact';
import { setMapFields } from '../edits/structureEdits';
import { SchemaInfo } from '../schema/schemaInfo';
import { asScalar, getPair, getValue } from '../yaml/tree';
import { dataString, editAction, type QuickFix } from './quickFix';

/**
 * stale-contact: log a contact today (edits/logContact: `last-contact` today, a `log` entry to
 * type over, `next-contact` moved one `every` ahead). Where the format has no contact logs yet,
 * only the dates are set, so the fix never adds a schema error.
 */
export const contactLogFix: QuickFix = {
  codes: ['stale-contact'],
  fixes(context, finding) {
    const { analysis, today, format } = context;
    const contact = analysis.model.contactById.get(dataString(finding, 'contact') ?? '');
    const map = contact?.map;
    if (!contact || !map) return [];
    const title = format('fix.log-contact', { name: contact.name?.value || contact.id, date: today });
    if (logsAllowed()) return editAction(context, title, logContact(analysis, contact.id, today, { got: format('fix.text.contact-log', {}) }), true);
    const every = asScalar(getValue(map, 'every'))?.value;
    const next = typeof every === 'string' && getPair(map, 'next-contact') ? addCadence(today, every) : undefined;
    const dates: Array<[string, string]> = next ? [['last-contact', today], ['next-contact', next]] : [['last-contact', today]];
    return editAction(context, title, setMapFields(analysis, map, dates, ['role', 'name']), true);
  },
};

function logsAllowed(): boolean {
  return new SchemaInfo().keysAt(['network', '*']).some((key) => key.name === 'log');
}
