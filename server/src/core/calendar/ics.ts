import type { Analysis } from '../analyze';
import { addDays, type IsoDate } from '../dates';
import { createMessageFormatter, type Catalog, type Locale } from '../messages/catalog';
import { isOpen, type Action, type Contact, type PlanModel } from '../model/types';
import { escapeText, foldLine, stableHash, textList } from './icsText';

export interface CalendarPlan {
  analysis: Analysis;
  /**
   * Names the plan file for event UIDs. It must stay the same from one export to the next (a
   * path relative to the repository or workspace, say), so a calendar that re-imports the file
   * updates its events instead of adding copies.
   */
  fileId: string;
}

export interface CalendarOptions {
  /** DTSTAMP is this day at midnight UTC, so the same plan on the same day gives the same file. */
  today: IsoDate;
  /** The PRODID, e.g. `-//careerplan//careerplan 0.1.0//EN`. */
  prodId: string;
  locale?: Locale;
  catalog?: Partial<Catalog>;
}

interface Event {
  uid: string;
  date: IsoDate;
  summary: string;
  description: string[];
  categories: string[];
  extra: Array<[string, string]>;
}

/**
 * An RFC 5545 calendar of the dated open actions and the `next-contact` dates of the plans, as
 * all-day events. Lines end in CRLF and are folded at 75 octets.
 */
export function buildCalendar(plans: readonly CalendarPlan[], options: CalendarOptions): string {
  const format = createMessageFormatter(options.locale ?? 'en', options.catalog);
  const events: Event[] = [];
  const seen = new Set<string>();
  for (const { analysis, fileId } of plans) {
    const host = `${stableHash(fileId)}.careerplan`;
    const { model } = analysis;
    for (const action of model.actions) {
      if (!isOpen(action) || !action.due?.valid) continue;
      pushUnique(events, seen, actionEvent(model, action, host, format));
    }
    for (const contact of model.contacts) {
      if (!contact.nextContact?.valid) continue;
      pushUnique(events, seen, contactEvent(contact, host, format));
    }
  }
  const stamp = `${compactDate(options.today)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(format('calendar.name', {}))}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description.join('\n'))}`,
      `CATEGORIES:${textList(event.categories)}`,
      'TRANSP:TRANSPARENT',
      ...event.extra.map(([name, value]) => `${name}:${escapeText(value)}`),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

type Format = ReturnType<typeof createMessageFormatter>;

function actionEvent(model: PlanModel, action: Action, host: string, format: Format): Event {
  const plan = action.plan ? model.planById.get(action.plan.id) : undefined;
  const goal = action.goal ? model.goalById.get(action.goal.id) : undefined;
  const description: string[] = [];
  if (action.plan) description.push(format('calendar.description.plan', { title: plan?.title?.value ?? '', id: action.plan.id }));
  if (action.goal) description.push(format('calendar.description.goal', { title: goal?.title?.value ?? '', id: action.goal.id }));
  description.push(format('calendar.description.action', { id: action.id, status: action.status }));
  const extra: Array<[string, string]> = [];
  if (action.plan) extra.push(['X-CAREERPLAN-PLAN', action.plan.id]);
  extra.push(['X-CAREERPLAN-ACTION', action.id]);
  return {
    uid: `action-${uidPart(action.id)}@${host}`,
    date: action.due!.text,
    summary: action.do?.value || action.id,
    description,
    categories: [format('calendar.category', {}), ...(action.plan ? [plan?.title?.value || action.plan.id] : [])],
    extra,
  };
}

function contactEvent(contact: Contact, host: string, format: Format): Event {
  const name = contact.name?.value || contact.id;
  const description = [format('calendar.description.contact', { id: contact.id, role: contact.role?.value ?? '' })];
  if (contact.field?.value) description.push(contact.field.value);
  if (contact.lastContact?.valid) description.push(format('calendar.description.last-contact', { date: contact.lastContact.text }));
  const extra: Array<[string, string]> = contact.plans.map((p) => ['X-CAREERPLAN-PLAN', p.id]);
  extra.push(['X-CAREERPLAN-CONTACT', contact.id]);
  return {
    uid: `contact-${uidPart(contact.id)}@${host}`,
    date: contact.nextContact!.text,
    summary: format('calendar.contact-summary', { name }),
    description,
    categories: [format('calendar.category', {})],
    extra,
  };
}

/** A plan with a duplicate id (a syntax error) must not yield two events with one UID. */
function pushUnique(events: Event[], seen: Set<string>, event: Event): void {
  if (seen.has(event.uid)) return;
  seen.add(event.uid);
  events.push(event);
}

/** Ids are kebab-case; anything else (in a plan with schema errors) is percent-encoded so the UID stays one plain token. */
function uidPart(id: string): string {
  return Array.from(new TextEncoder().encode(id), (byte) => {
    const c = String.fromCharCode(byte);
    return /[A-Za-z0-9._-]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');
}

function compactDate(date: IsoDate): string {
  return date.replace(/-/g, '');
}
