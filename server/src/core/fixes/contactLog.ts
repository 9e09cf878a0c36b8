import type { Finding } from '../analyze';
import { addCadence } from '../dates';
import { appendListEntry, setFields } from '../edits/structureEdits';
import { SchemaInfo } from '../schema/schemaInfo';
import { asScalar, getValue } from '../yaml/tree';
import { dataString, editAction, type QuickFix } from './quickFix';

/**
 * stale-contact: log a contact today: `last-contact` set to today, a `log` entry to type over,
 * and, for a contact with a cadence (`every`), the next contact moved one cadence ahead.
 */
export const contactLogFix: QuickFix = {
  codes: ['stale-contact'],
  fixes(context, finding) {
    const { analysis, today, format } = context;
    const contact = analysis.model.contactById.get(contactId(finding) ?? '');
    const map = contact?.map;
    if (!contact || !map) return [];
    const every = asScalar(getValue(map, 'every'))?.value;
    const next = typeof every === 'string' ? addCadence(today, every) : undefined;
    const dates: Array<[string, string]> = [['last-contact', today], ...(next ? ([['next-contact', next]] as Array<[string, string]>) : [])];
    const fields = setFields(analysis, map, dates, ['last-contact', 'role', 'name']);
    // A `log` entry only where the format has contact logs (SPEC §2), so the fix never adds a schema error.
    const log = logsAllowed() ? appendListEntry(analysis, map, 'log', [['date', today], ['got', format('fix.text.contact-log', {})]]) : { ok: true as const, edits: [] };
    if (!fields.ok || !log.ok) return [];
    const name = contact.name?.value || contact.id;
    return editAction(context, format('fix.log-contact', { name, date: today }), { ok: true, edits: [...fields.edits, ...log.edits] }, true);
  },
};

function logsAllowed(): boolean {
  return new SchemaInfo().keysAt(['network', '*']).some((key) => key.name === 'log');
}

function contactId(finding: Finding): string | undefined {
  return dataString(finding, 'contact') ?? dataString(finding, 'id');
}
