import type { Analysis } from '../analyze';
import { addCadence, addDays, type IsoDate } from '../dates';
import { createMessageFormatter, type Catalog, type Locale } from '../messages/catalog';
import { isActiveExperiment, isOpen, type Action, type Contact, type Experiment, type Goal, type Plan, type PlanModel } from '../model/types';
import { nextContactOf } from '../insights/contacts';
import { escapeText, foldLine, stableHash, textList } from './icsText';

export interface CalendarPlan {
  analysis: Analysis;
  /** How DESCRIPTION names the plan: its owner, else its file name. */
  name?: string;
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
  /** How long before each event its reminder (VALARM, DISPLAY) fires: `1d`, `2w`, `3h`; null for none. Default `1d`. */
  alarm?: string | null;
}

/** A reminder span: days, weeks or hours before the event (`1d`, `2w`, `12h`, `0d`). */
export const ALARM_PATTERN = /^(\d{1,4})([dwh])$/;

/** RFC 5545 DURATION of a reminder span, before the event (`-P1D`, `-P2W`, `-PT12H`). */
export function alarmTrigger(alarm: string): string | null {
  const m = ALARM_PATTERN.exec(alarm);
  if (!m) return null;
  return m[2] === 'h' ? `-PT${Number(m[1])}H` : `-P${Number(m[1])}${m[2].toUpperCase()}`;
}

interface Event {
  uid: string;
  date: IsoDate;
  summary: string;
  description: string[];
  categories: string[];
  extra: Array<[string, string]>;
  /** RECUR value for a repeating event (a contact with `every`). */
  rrule?: string;
}

/**
 * An RFC 5545 calendar of a plan's dates (SPEC §6), as all-day events: dated open actions, next
 * contacts (repeating with the contact's `every`), the next review, goals' `by` and the ends of
 * planned and running experiments. Each event has a one-line SUMMARY, a DESCRIPTION that names
 * the plan and the item, and a reminder. Lines end in CRLF and are folded at 75 octets.
 */
export function buildCalendar(plans: readonly CalendarPlan[], options: CalendarOptions): string {
  const format = createMessageFormatter(options.locale ?? 'en', options.catalog);
  const events: Event[] = [];
  const seen = new Set<string>();
  for (const { analysis, fileId, name } of plans) {
    const host = `${stableHash(fileId)}.careerplan`;
    const { model } = analysis;
    const planLine = format('calendar.description.career-plan', { name: name || model.owner?.value || fileId });
    const add = (event: Event) => pushUnique(events, seen, { ...event, description: [planLine, ...event.description] });
    for (const action of model.actions) {
      if (!isOpen(action) || !action.due?.valid) continue;
      add(actionEvent(model, action, host, format));
    }
    for (const contact of model.contacts) {
      const date = nextContactOf(contact);
      if (date) add(contactEvent(contact, { date, every: contact.every?.value }, host, format));
    }
    const review = reviewEvent(model, options.today, host, format);
    if (review) add(review);
    for (const goal of model.goals) if (goal.by?.valid) add(goalEvent(goal, host, format));
    for (const plan of model.plans) {
      for (const experiment of plan.experiments) {
        if (isActiveExperiment(experiment) && experiment.to?.valid) add(experimentEvent(plan, experiment, host, format));
      }
    }
  }
  const trigger = options.alarm === null ? null : alarmTrigger(options.alarm ?? DEFAULT_ALARM);
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
      ...(event.rrule ? [`RRULE:${event.rrule}`] : []),
      ...event.extra.map(([name, value]) => `${name}:${escapeText(value)}`),
      ...(trigger ? ['BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${trigger}`, `DESCRIPTION:${escapeText(event.summary)}`, 'END:VALARM'] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

type Format = ReturnType<typeof createMessageFormatter>;

const DEFAULT_ALARM = '1d';

/** A one-line SUMMARY: the first line of a multi-line text; the rest goes to DESCRIPTION. */
function splitFirstLine(text: string): { summary: string; rest: string[] } {
  const lines = text.split(/\r\n|\r|\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return { summary: text.trim(), rest: [] };
  const rest = lines.slice(first + 1).join('\n').trim();
  return { summary: lines[first].trim(), rest: rest ? [rest] : [] };
}

function actionEvent(model: PlanModel, action: Action, host: string, format: Format): Event {
  const plan = action.plan ? model.planById.get(action.plan.id) : undefined;
  const goal = action.goal ? model.goalById.get(action.goal.id) : undefined;
  const description: string[] = [];
  if (action.plan) description.push(format('calendar.description.plan', { title: plan?.title?.value ?? '', id: action.plan.id }));
  if (action.goal) description.push(format('calendar.description.goal', { title: goal?.title?.value ?? '', id: action.goal.id }));
  description.push(format('calendar.description.action', { id: action.id, status: action.status }));
  const { summary, rest } = splitFirstLine(action.do?.value || action.id);
  const extra: Array<[string, string]> = [];
  if (action.plan) extra.push(['X-CAREERPLAN-PLAN', action.plan.id]);
  extra.push(['X-CAREERPLAN-ACTION', action.id]);
  return {
    uid: `action-${uidPart(action.id)}@${host}`,
    date: action.due!.text,
    summary,
    description: [...description, ...rest],
    categories: [format('calendar.category', {}), ...(action.plan ? [plan?.title?.value || action.plan.id] : [])],
    extra,
  };
}

function contactEvent(contact: Contact, next: { date: IsoDate; every?: string }, host: string, format: Format): Event {
  const name = contact.name?.value || contact.id;
  const description = [format('calendar.description.contact', { id: contact.id, role: contact.role?.value ?? '' })];
  if (contact.field?.value) description.push(contact.field.value);
  if (contact.lastContact?.valid) description.push(format('calendar.description.last-contact', { date: contact.lastContact.text }));
  const extra: Array<[string, string]> = contact.plans.map((p) => ['X-CAREERPLAN-PLAN', p.id]);
  extra.push(['X-CAREERPLAN-CONTACT', contact.id]);
  return {
    uid: `contact-${uidPart(contact.id)}@${host}`,
    date: next.date,
    summary: format('calendar.contact-summary', { name }),
    description,
    categories: [format('calendar.category', {})],
    extra,
    rrule: next.every ? recurrence(next.every) : undefined,
  };
}

/** RFC 5545 RECUR of a cadence (`3m` → FREQ=MONTHLY;INTERVAL=3, `quarterly` likewise). */
export function recurrence(every: string): string | undefined {
  const named: Record<string, string> = { monthly: '1m', quarterly: '3m', yearly: '1y' };
  const m = /^([1-9][0-9]*)([dwmy])$/.exec(named[every] ?? every);
  if (!m) return undefined;
  const freq = { d: 'DAILY', w: 'WEEKLY', m: 'MONTHLY', y: 'YEARLY' }[m[2] as 'd' | 'w' | 'm' | 'y'];
  return m[1] === '1' ? `FREQ=${freq}` : `FREQ=${freq};INTERVAL=${m[1]}`;
}

/** The next review: `last` + `every`; with a cadence but no review recorded, today (it is due). */
function reviewEvent(model: PlanModel, today: IsoDate, host: string, format: Format): Event | null {
  const review = model.review;
  const every = review?.every?.value;
  if (!review || !every) return null;
  if (!addCadence(today, every)) return null;
  const date = review.last?.valid ? addCadence(review.last.text, every) : today;
  if (!date) return null;
  return {
    uid: `review@${host}`,
    date,
    summary: format('calendar.review-summary', {}),
    description: [format('calendar.description.review', { every, last: review.last?.valid ? review.last.text : '' })],
    categories: [format('calendar.category', {})],
    extra: [['X-CAREERPLAN-REVIEW', every]],
  };
}

function goalEvent(goal: Goal, host: string, format: Format): Event {
  const { summary, rest } = splitFirstLine(goal.title?.value || goal.id);
  return {
    uid: `goal-${uidPart(goal.id)}@${host}`,
    date: goal.by!.text,
    summary: format('calendar.goal-summary', { title: summary }),
    description: [format('calendar.description.goal', { title: goal.title?.value ?? '', id: goal.id }), ...rest],
    categories: [format('calendar.category', {})],
    extra: [...(goal.plan ? ([['X-CAREERPLAN-PLAN', goal.plan.id]] as Array<[string, string]>) : []), ['X-CAREERPLAN-GOAL', goal.id]],
  };
}

function experimentEvent(plan: Plan, experiment: Experiment, host: string, format: Format): Event {
  return {
    uid: `experiment-${uidPart(plan.id)}-${uidPart(experiment.id)}@${host}`,
    date: experiment.to!.text,
    summary: format('calendar.experiment-summary', { id: experiment.id }),
    description: [
      format('calendar.description.plan', { title: plan.title?.value ?? '', id: plan.id }),
      format('calendar.description.experiment', { id: experiment.id, status: experiment.status }),
    ],
    categories: [format('calendar.category', {}), plan.title?.value || plan.id],
    extra: [['X-CAREERPLAN-PLAN', plan.id], ['X-CAREERPLAN-EXPERIMENT', experiment.id]],
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
