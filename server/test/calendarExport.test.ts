/**
 * The calendar of SPEC §6: every kind of dated item, one-line summaries, reminders and RRULEs,
 * read back by two independent iCalendar parsers (ical.js and node-ical), and imported twice
 * into a real calendar program (khal, from Debian) without duplicates.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import * as nodeIcal from 'node-ical';
import { PlanAnalyzer } from '../src/core/analyze';
import { buildCalendar, type CalendarOptions } from '../src/core/calendar/ics';

const TODAY = '2026-11-24';
const analyzer = new PlanAnalyzer();

const PLAN = `careerplan: 1
owner: Ada Lovelace
goals:
  book: { title: Write a book, by: 2028-01-31, plan: writer }
plans:
  writer:
    title: Writer
    kind: backup
    experiments:
      blog: { kind: side-project, from: 2026-10-01, to: 2027-01-31, status: running }
      course: { kind: course, from: 2027-02-01, to: 2027-04-30 }
      old-gig: { kind: freelance, from: 2026-01-01, to: 2026-03-31, status: done, interest: 4 }
actions:
  pitch:
    do: |-
      Pitch an article
      to two magazines, then follow up in a week
    plan: writer
    due: 2026-12-01
  done-one: { do: Finished, due: 2026-12-02, status: done }
network:
  jane: { name: Jane Doe, role: mentor, last-contact: 2026-10-01, every: 3m }
  omar: { name: Omar, role: advisor, next-contact: 2027-01-15 }
review: { every: 6m, last: 2026-09-15 }
`;

function calendar(options: Partial<CalendarOptions> = {}): string {
  return buildCalendar([{ analysis: analyzer.analyze(PLAN, { today: TODAY }), fileId: 'ada.careerplan.yaml', name: 'Ada Lovelace' }], { today: TODAY, prodId: '-//careerplan//test//EN', ...options });
}

interface Seen {
  uid: string;
  summary: string;
  description: string;
  start: string;
  rrule: string | null;
  alarms: string[];
}

function withIcalJs(ics: string): Seen[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((event) => ({
    uid: String(event.getFirstPropertyValue('uid')),
    summary: String(event.getFirstPropertyValue('summary')),
    description: String(event.getFirstPropertyValue('description')),
    start: String(event.getFirstPropertyValue('dtstart')),
    rrule: event.getFirstPropertyValue('rrule') ? String(event.getFirstPropertyValue('rrule')) : null,
    alarms: event.getAllSubcomponents('valarm').map((alarm) => `${String(alarm.getFirstPropertyValue('action'))} ${String(alarm.getFirstPropertyValue('trigger'))}`),
  }));
}

function withNodeIcal(ics: string): Seen[] {
  const parsed = nodeIcal.sync.parseICS(ics);
  return Object.values(parsed)
    .filter((c): c is nodeIcal.VEvent => c?.type === 'VEVENT')
    .map((event) => {
      const start = event.start as Date;
      const alarms = (event as unknown as { alarms?: Array<{ action: string; trigger: string }> }).alarms ?? [];
      const text = (value: unknown) => (typeof value === 'object' && value !== null && 'val' in value ? String((value as { val: unknown }).val) : String(value));
      return {
        uid: event.uid,
        summary: text(event.summary),
        description: text(event.description),
        start: `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`,
        rrule: event.rrule ? event.rrule.toString().replace(/^RRULE:/, '').replace(/^.*\nRRULE:/s, '') : null,
        alarms: alarms.map((a) => `${a.action} ${a.trigger}`),
      };
    });
}

describe('calendar export: what reaches the calendar (SPEC §6)', () => {
  const ics = calendar();
  const events = withIcalJs(ics);
  const byUid = new Map(events.map((e) => [e.uid.split('@')[0], e]));

  it('exports open dated actions, next contacts, the next review, goals and ends of active experiments', () => {
    assert.deepEqual(events.map((e) => [e.uid.split('@')[0], e.start, e.summary]), [
      ['action-pitch', '2026-12-01', 'Pitch an article'],
      ['contact-jane', '2027-01-01', 'Get in touch with Jane Doe'],
      ['contact-omar', '2027-01-15', 'Get in touch with Omar'],
      ['review', '2027-03-15', 'Review your career plan'],
      ['goal-book', '2028-01-31', 'Goal due: Write a book'],
      ['experiment-writer-blog', '2027-01-31', 'Experiment ends: blog'],
      ['experiment-writer-course', '2027-04-30', 'Experiment ends: course'],
    ]);
  });

  it('keeps SUMMARY to one line and names the plan and the item in DESCRIPTION', () => {
    for (const event of events) assert.ok(!event.summary.includes('\n'), event.uid);
    assert.equal(byUid.get('action-pitch')!.description, 'Career plan: Ada Lovelace\nPlan: Writer (writer)\nAction: pitch (todo)\nto two magazines, then follow up in a week');
    assert.equal(byUid.get('goal-book')!.description, 'Career plan: Ada Lovelace\nGoal: Write a book (book)');
    assert.equal(byUid.get('experiment-writer-blog')!.description, 'Career plan: Ada Lovelace\nPlan: Writer (writer)\nExperiment: blog (running)');
    assert.equal(byUid.get('review')!.description, 'Career plan: Ada Lovelace\nReview every 6m; last review 2026-09-15');
  });

  it('repeats a contact with a cadence (RRULE) from its next contact (last contact + every)', () => {
    assert.equal(byUid.get('contact-jane')!.rrule, 'FREQ=MONTHLY;INTERVAL=3');
    assert.equal(byUid.get('contact-omar')!.rrule, null);
  });

  it('reminds a day before by default, at another span with alarm, and not at all with null', () => {
    for (const event of events) assert.deepEqual(event.alarms, ['DISPLAY -P1D'], event.uid);
    for (const event of withIcalJs(calendar({ alarm: '2w' }))) assert.deepEqual(event.alarms, ['DISPLAY -P2W'], event.uid);
    for (const event of withIcalJs(calendar({ alarm: '12h' }))) assert.deepEqual(event.alarms, ['DISPLAY -PT12H'], event.uid);
    assert.ok(!calendar({ alarm: null }).includes('VALARM'));
  });

  it('reads the same with a second, independent parser (node-ical)', () => {
    const other = withNodeIcal(ics);
    assert.deepEqual(
      other.map((e) => [e.uid, e.summary, e.description, e.start, e.rrule]),
      events.map((e) => [e.uid, e.summary, e.description, e.start, e.rrule]),
    );
    for (const event of other) assert.deepEqual(event.alarms, ['DISPLAY -P1D'], event.uid);
  });
});

describe('calendar export imported into khal', function () {
  this.timeout(60000);
  let dir: string;

  before(function () {
    if (spawnSync('khal', ['--version']).status !== 0) {
      // CI installs khal (scripts/e2e/install-prereqs.sh); a developer machine may not have it.
      if (process.env.CI) throw new Error('khal is not installed');
      this.skip();
    }
    dir = mkdtempSync(join(tmpdir(), 'careerplan-khal-'));
    mkdirSync(join(dir, 'calendar'));
    writeFileSync(
      join(dir, 'config'),
      [
        '[calendars]',
        '[[career]]',
        `path = ${join(dir, 'calendar')}`,
        'type = calendar',
        '[locale]',
        'timeformat = %H:%M',
        'dateformat = %Y-%m-%d',
        'longdateformat = %Y-%m-%d',
        'datetimeformat = %Y-%m-%d %H:%M',
        'longdatetimeformat = %Y-%m-%d %H:%M',
        '[sqlite]',
        `path = ${join(dir, 'khal.db')}`,
        '',
      ].join('\n'),
    );
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  const khal = (...args: string[]) => {
    const run = spawnSync('khal', ['-c', join(dir, 'config'), ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    assert.equal(run.status, 0, run.stderr);
    return run.stdout;
  };

  it('imports every event, and a second import of a changed plan updates instead of duplicating', () => {
    const file = join(dir, 'career.ics');
    writeFileSync(file, calendar());
    khal('import', '--batch', '-a', 'career', file);
    assert.equal(readdirSync(join(dir, 'calendar')).length, 7);
    writeFileSync(file, buildCalendar([{ analysis: analyzer.analyze(PLAN.replace('due: 2026-12-01', 'due: 2026-12-08'), { today: TODAY }), fileId: 'ada.careerplan.yaml', name: 'Ada Lovelace' }], { today: TODAY, prodId: '-//careerplan//test//EN' }));
    khal('import', '--batch', '-a', 'career', file);
    assert.equal(readdirSync(join(dir, 'calendar')).length, 7, 'no duplicates');
    const listed = khal('list', '--format', '{start-date} {title}', '2026-11-24', '2028-12-31');
    assert.ok(listed.includes('2026-12-08 Pitch an article'), listed);
    assert.ok(!listed.includes('2026-12-01 Pitch an article'), listed);
    assert.ok(listed.includes('2028-01-31 Goal due: Write a book'), listed);
  });
});
