/**
 * The iCalendar export, read back with a real iCalendar parser (ical.js): every event's dates,
 * UIDs (stable across runs, unique across files), text escaping and line folding.
 */
import * as assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { PlanAnalyzer } from '../src/core/analyze';
import { buildCalendar } from '../src/core/calendar/ics';
import { escapeText, foldLine, stableHash, utf8Length } from '../src/core/calendar/icsText';

const TODAY = '2026-11-24';
const PROD_ID = '-//careerplan//test//EN';
const analyzer = new PlanAnalyzer();

const LONG_CHINESE = '通过学长和行业论坛找一份兼职培训工作，先试水，再决定是否全职转型为企业培训讲师，并整理一份课程大纲';

const PLAN = `careerplan: 1
plans:
  writer:
    title: "Writer, editor; teacher"
    kind: backup
goals:
  book:
    title: Write a book
    by: 2028-01-31
    plan: writer
actions:
  tricky-text:
    do: "Call Ann, Bob; ask about C:\\\\drafts\\nthen write"
    plan: writer
    goal: book
    due: 2026-12-31
  chinese:
    do: ${LONG_CHINESE}
    plan: writer
    due: 2027-02-28
    status: doing
  overdue-one:
    do: Pitch an article
    due: 2026-11-01
    status: blocked
  finished:
    do: Already done
    due: 2026-10-01
    status: done
  dropped:
    do: Not doing this
    due: 2026-12-01
    status: dropped
  undated:
    do: Someday
network:
  jane-doe:
    name: Jane Doe
    role: mentor
    field: technical writing
    plans: [writer]
    last-contact: 2026-10-20
    next-contact: 2027-01-15
  no-name: { role: peer, next-contact: 2026-12-24 }
  no-date: { name: Sam, role: supporter }
`;

const OTHER_PLAN = `careerplan: 1
actions:
  overdue-one:
    do: Same id, other file
    due: 2026-12-05
`;

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  startIsDate: boolean;
  end: string;
  stamp: string;
  categories: string[];
  plan: string | null;
  action: string | null;
  contact: string | null;
}

function parse(ics: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
    const categories = vevent.getAllProperties('categories').flatMap((p) => p.getValues().map(String));
    const text = (name: string) => {
      const value = vevent.getFirstPropertyValue(name);
      return value === null || value === undefined ? null : String(value);
    };
    return {
      uid: text('uid')!,
      summary: text('summary')!,
      description: text('description')!,
      start: start.toString(),
      startIsDate: start.isDate,
      end: end.toString(),
      stamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
      categories,
      plan: text('x-careerplan-plan'),
      action: text('x-careerplan-action'),
      contact: text('x-careerplan-contact'),
    };
  });
  return { calendar, events };
}

function calendarOf(plans: Array<[string, string]>): string {
  return buildCalendar(plans.map(([text, fileId]) => ({ analysis: analyzer.analyze(text, { today: TODAY }), fileId })), { today: TODAY, prodId: PROD_ID });
}

describe('calendar export (.ics)', () => {
  const ics = calendarOf([[PLAN, 'plans/ada.careerplan.yaml']]);
  const { calendar, events } = parse(ics);
  const byUid = new Map(events.map((e) => [e.uid, e]));
  const host = `${stableHash('plans/ada.careerplan.yaml')}.careerplan`;

  it('is a VCALENDAR 2.0 with the product id', () => {
    assert.equal(calendar.name, 'vcalendar');
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    assert.equal(calendar.getFirstPropertyValue('prodid'), PROD_ID);
    assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
  });

  it('has one event per dated open action, next-contact date and goal date, and nothing else', () => {
    assert.deepEqual(events.map((e) => e.uid).sort(), [
      `action-chinese@${host}`,
      `action-overdue-one@${host}`,
      `action-tricky-text@${host}`,
      `contact-jane-doe@${host}`,
      `contact-no-name@${host}`,
      `goal-book@${host}`,
    ]);
  });

  it('makes every action an all-day event on its due date, ending the next day', () => {
    const expected: Record<string, [string, string]> = {
      'tricky-text': ['2026-12-31', '2027-01-01'],
      chinese: ['2027-02-28', '2027-03-01'],
      'overdue-one': ['2026-11-01', '2026-11-02'],
    };
    for (const [id, [start, end]] of Object.entries(expected)) {
      const event = byUid.get(`action-${id}@${host}`)!;
      assert.equal(event.startIsDate, true, id);
      assert.equal(event.start, start, id);
      assert.equal(event.end, end, id);
      assert.equal(event.stamp, '2026-11-24T00:00:00Z', id);
      assert.equal(event.action, id);
    }
    assert.match(ics, /\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n/);
  });

  it('writes the action text (its first line as the summary), plan, goal and id, escaped so it reads back exactly', () => {
    const event = byUid.get(`action-tricky-text@${host}`)!;
    assert.equal(event.summary, 'Call Ann, Bob; ask about C:\\drafts');
    assert.equal(event.description, 'Career plan: plans/ada.careerplan.yaml\nPlan: Writer, editor; teacher (writer)\nGoal: Write a book (book)\nAction: tricky-text (todo)\nthen write');
    assert.deepEqual(event.categories, ['Career plan', 'Writer, editor; teacher']);
    assert.equal(event.plan, 'writer');
    assert.equal(event.action, 'tricky-text');
    assert.ok(ics.includes('SUMMARY:Call Ann\\, Bob\\; ask about C:\\\\drafts\r\n'), 'escaped on the wire');
    assert.ok(ics.includes('CATEGORIES:Career plan,Writer\\, editor\\; teacher\r\n'));
  });

  it('reads a folded Chinese summary back whole', () => {
    const event = byUid.get(`action-chinese@${host}`)!;
    assert.equal(event.summary, LONG_CHINESE);
    assert.ok(utf8Length(`SUMMARY:${LONG_CHINESE}`) > 75, 'the test text is long enough to be folded');
    assert.match(ics, /\r\nSUMMARY:[^\r]+\r\n [^\r]+/);
  });

  it('leaves the plan out of actions that have none', () => {
    const event = byUid.get(`action-overdue-one@${host}`)!;
    assert.equal(event.plan, null);
    assert.deepEqual(event.categories, ['Career plan']);
    assert.equal(event.description, 'Career plan: plans/ada.careerplan.yaml\nAction: overdue-one (blocked)');
  });

  it('adds a "Get in touch" event per next-contact date', () => {
    const jane = byUid.get(`contact-jane-doe@${host}`)!;
    assert.equal(jane.summary, 'Get in touch with Jane Doe');
    assert.equal(jane.start, '2027-01-15');
    assert.equal(jane.end, '2027-01-16');
    assert.equal(jane.description, 'Career plan: plans/ada.careerplan.yaml\nContact: jane-doe (mentor)\ntechnical writing\nLast contact: 2026-10-20');
    assert.equal(jane.contact, 'jane-doe');
    assert.equal(jane.plan, 'writer');
    const noName = byUid.get(`contact-no-name@${host}`)!;
    assert.equal(noName.summary, 'Get in touch with no-name');
    assert.equal(noName.start, '2026-12-24');
  });

  it('ends every line with CRLF and folds at 75 octets without splitting a character', () => {
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    assert.ok(!/[^\r]\n/.test(ics), 'no bare LF');
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    const bytes = Buffer.from(ics, 'utf8');
    let start = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        const line = bytes.subarray(start, i);
        assert.ok(line.length <= 75, `line of ${line.length} octets: ${line.toString('utf8')}`);
        assert.doesNotThrow(() => utf8.decode(line), 'each physical line is whole UTF-8');
        start = i + 2;
      }
    }
  });

  it('gives the same text on every run, and the same UIDs after the plan changes', () => {
    assert.equal(calendarOf([[PLAN, 'plans/ada.careerplan.yaml']]), ics);
    const edited = PLAN.replace('due: 2026-12-31', 'due: 2027-01-10').replace('Pitch an article', 'Pitch two articles');
    const again = parse(calendarOf([[edited, 'plans/ada.careerplan.yaml']])).events;
    assert.deepEqual(again.map((e) => e.uid), events.map((e) => e.uid));
    assert.equal(again.find((e) => e.action === 'tricky-text')!.start, '2027-01-10');
  });

  it('keeps UIDs unique across files that share ids', () => {
    const both = parse(calendarOf([[PLAN, 'plans/ada.careerplan.yaml'], [OTHER_PLAN, 'plans/bob.careerplan.yaml']])).events;
    const uids = both.map((e) => e.uid);
    assert.equal(new Set(uids).size, uids.length);
    assert.equal(both.filter((e) => e.action === 'overdue-one').length, 2);
  });

  it('writes an empty calendar for no events', () => {
    const empty = parse(calendarOf([['careerplan: 1\n', 'x']]));
    assert.equal(empty.events.length, 0);
    assert.equal(empty.calendar.getFirstPropertyValue('version'), '2.0');
  });
});

describe('iCalendar text helpers', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    assert.equal(escapeText('a\\b;c,d\ne\r\nf\rg'), 'a\\\\b\\;c\\,d\\ne\\nf\\ng');
    assert.equal(escapeText('tab\tok\u0007bell'), 'tab\tokbell');
    assert.equal(escapeText('colon: fine'), 'colon: fine');
  });

  it('leaves lines of 75 octets alone and folds longer ones at character boundaries', () => {
    const exact = 'x'.repeat(75);
    assert.equal(foldLine(exact), exact);
    const folded = foldLine('x'.repeat(76));
    assert.equal(folded, `${'x'.repeat(75)}\r\n x`);
    // 3-octet characters: 25 fit on the first line (75 octets), 24 on each continuation (1 + 72).
    const chinese = '中'.repeat(60);
    const parts = foldLine(chinese).split('\r\n');
    assert.deepEqual(parts.map((p) => Buffer.byteLength(p)), [75, 73, 34]);
    assert.equal(parts.map((p, i) => (i ? p.slice(1) : p)).join(''), chinese);
    // A 4-octet emoji never straddles a fold either.
    const emoji = `${'a'.repeat(73)}😀b`;
    assert.deepEqual(foldLine(emoji).split('\r\n'), [`${'a'.repeat(73)}`, ' 😀b']);
  });

  it('hashes file ids stably', () => {
    assert.equal(stableHash(''), 'cbf29ce484222325');
    assert.equal(stableHash('a'), 'af63dc4c8601ec8c');
    assert.notEqual(stableHash('plans/a.careerplan.yaml'), stableHash('plans/b.careerplan.yaml'));
  });
});
