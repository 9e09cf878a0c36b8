import type { CodeAction } from 'vscode-languageserver-types';
import { addEntry } from '../edits/planEdits';
import { appendToList } from '../edits/structureEdits';
import type { Contact } from '../model/types';
import type { FixContext, QuickFix } from './quickFix';
import { editAction, uniqueId } from './quickFix';

/** How many people of the network are offered, the likeliest first. */
const OFFERED = 5;

/** People whose role suits each list come first. */
const SUITED: Record<string, readonly string[]> = {
  advisors: ['advisor', 'mentor'],
  supporters: ['supporter', 'peer'],
};

/** few-advisors / few-supporters: add someone from `network` to the review's list, or a new contact. */
export const reviewPeopleFix: QuickFix = {
  codes: ['few-advisors', 'few-supporters'],
  fixes(context, finding) {
    return addPeople(context, finding.code === 'few-supporters' ? 'supporters' : 'advisors');
  },
};

function addPeople(context: FixContext, list: 'advisors' | 'supporters'): CodeAction[] {
  const { analysis, format } = context;
  const review = analysis.model.review;
  if (!review?.map) return [];
  const listed = new Set([...review.advisors, ...review.supporters].map((r) => r.id));
  const suited = SUITED[list];
  const rank = (c: Contact) => (suited.includes(c.role?.value ?? '') ? 0 : 1);
  const candidates = analysis.model.contacts.filter((c) => !listed.has(c.id)).sort((a, b) => rank(a) - rank(b)).slice(0, OFFERED);
  const actions: CodeAction[] = [];
  for (const contact of candidates) {
    const name = contact.name?.value || contact.id;
    actions.push(...editAction(context, format('fix.add-to-review', { name, list }), appendToList(analysis, review.map, list, contact.id, ['advisors', 'last', 'every'])));
  }
  const id = uniqueId(list === 'advisors' ? 'new-advisor' : 'new-supporter', analysis.model.contactById);
  const listEdit = appendToList(analysis, review.map, list, id, ['advisors', 'last', 'every']);
  const contactEdit = addEntry(analysis, 'network', id, [['name', format('fix.text.new-contact', { list })], ['role', list === 'advisors' ? 'advisor' : 'supporter']]);
  if (listEdit.ok && contactEdit.ok) {
    actions.push(...editAction(context, format('fix.add-new-contact', { id, list }), { ok: true, edits: [...listEdit.edits, ...contactEdit.edits] }));
  }
  return actions;
}
