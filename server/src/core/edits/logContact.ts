import type { Analysis } from '../analyze';
import { addCadence, type IsoDate } from '../dates';
import { EditSet, setFields } from '../review/editSet';
import { asScalar, getPair } from '../yaml/tree';
import { insertPair } from './mapEdits';
import { indentUnit } from './planEdits';
import { refuse } from './refusal';
import { safeEdit } from './safety';
import { appendSeqItem } from './seqEdits';
import type { EditResult } from './textEdits';
import { yamlScalar } from './yamlText';

/** What passed between you in one contact: at least one of the two (the schema asks for it). */
export interface ContactNote {
  got?: string;
  gave?: string;
}

/** The keys a contact's `last-contact` goes after, the first one present (else after the last key). */
const LAST_CONTACT_AFTER = ['plans', 'field', 'role', 'name'];

/**
 * "Log contact today" as one set of minimal edits of one contact: `last-contact: <today>`, a new
 * `log` entry `{ date: <today>, got/gave: … }` (in the style the log already uses), and, when the
 * contact has both `every` and `next-contact`, `next-contact` moved to today + `every` (without
 * `next-contact` the next date follows from the last contact and `every` by itself). A contact
 * written as anything but a map, a `log` that is not a list, an empty note or text that cannot be
 * written are refused, with nothing changed.
 */
export function logContact(analysis: Analysis, contactId: string, today: IsoDate, note: ContactNote): EditResult {
  return safeEdit(analysis, () => {
    const result = buildLogContact(analysis, contactId, today, note);
    if (!result.ok) refuse(result.reason, result.subject);
    return result.edits;
  });
}

function buildLogContact(analysis: Analysis, contactId: string, today: IsoDate, note: ContactNote): EditResult {
  const contact = analysis.model.contactById.get(contactId);
  const map = contact?.map;
  if (!map) return { ok: false, reason: contact ? 'edit.unsupported' : 'edit.not-found', subject: contactId };
  const fields = noteFields(note);
  if (!fields.length) return { ok: false, reason: 'edit.unsupported', subject: `network.${contactId}.log` };
  const text = analysis.text;
  const edits = new EditSet(text);
  const entry = (flow: boolean) => [['date', today], ...fields.map(([k, v]) => [k, yamlScalar(v, flow)])] as Array<[string, string]>;
  const flowEntry = () => `{ ${entry(true).map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
  const dated: Array<[string, string]> = [['last-contact', today]];
  const every = asScalar(getPair(map, 'every')?.value)?.value;
  const next = typeof every === 'string' ? addCadence(today, every) : undefined;
  if (next && getPair(map, 'next-contact')) dated.push(['next-contact', next]);

  const logPair = getPair(map, 'log');
  const unit = indentUnit(analysis);
  if (map.flow) {
    // A flow map takes all its new pairs in one insertion, so the commas come out right.
    const missing: string[] = [];
    for (const [key, value] of dated) {
      if (getPair(map, key)) edits.add(...setFields(text, map, [[key, value]], []));
      else missing.push(`${key}: ${value}`);
    }
    if (logPair) {
      const added = appendSeqItem(text, logPair, { block: () => [`- ${flowEntry()}`], flow: flowEntry }, unit, true);
      if (!added) return { ok: false, reason: 'edit.unsupported', subject: `network.${contactId}.log` };
      edits.add(...added);
    } else missing.push(`log: [${flowEntry()}]`);
    if (missing.length) edits.add(insertPair(text, map, missing.join('\n')));
  } else {
    edits.add(...setFields(text, map, dated, LAST_CONTACT_AFTER));
    if (logPair) {
      const block = (offset: number) => entry(false).map(([k, v], i) => `${i === 0 ? '-' + ' '.repeat(offset - 1) : ' '.repeat(offset)}${k}: ${v}`);
      const added = appendSeqItem(text, logPair, { block, flow: flowEntry }, unit, false);
      if (!added) return { ok: false, reason: 'edit.unsupported', subject: `network.${contactId}.log` };
      edits.add(...added);
    } else edits.add(insertPair(text, map, `log:\n${unit}- ${flowEntry()}`));
  }
  const result = edits.result();
  return result ? { ok: true, edits: result } : { ok: false, reason: 'edit.unsupported', subject: contactId };
}

/** The note's non-empty texts, trimmed, `got` first (the order the schema documents them). */
function noteFields(note: ContactNote): Array<['got' | 'gave', string]> {
  const fields: Array<['got' | 'gave', string]> = [];
  for (const key of ['got', 'gave'] as const) {
    const value = typeof note?.[key] === 'string' ? note[key].trim() : '';
    if (value) fields.push([key, value]);
  }
  return fields;
}
