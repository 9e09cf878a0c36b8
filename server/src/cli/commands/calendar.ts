import { basename } from 'node:path';
import { version } from '../../../../package.json';
import { alarmTrigger, buildCalendar, type CalendarPlan } from '../../core/calendar/ics';
import { analyzeFiles, readablePlans } from '../analyzeFiles';
import { parseCommandArgs } from '../args';
import { stableFileId } from '../../node/fileId';
import { escapeText } from '../formats/escape';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIo } from '../io';
import { resolveLocale } from '../locale';
import { writeOutputFile } from '../output';
import { expandPlanPaths } from '../planPaths';
import { resolveToday } from '../today';

export const calendarHelp = `Usage: careerplan calendar [options] [PATH...]

Writes an iCalendar (RFC 5545) file with an all-day event for every open action that has a due
date, every contact's next contact (repeating with an RRULE when the contact has "every"), the
next review, every goal's "by" and the end ("to") of every planned or running experiment. Each
event has a one-line summary (a multi-line text continues in the description), a description
naming the plan and the item, and a reminder. PATH is a plan file or a folder searched
recursively for *.careerplan.yaml (default: the current folder).

Each event's UID is made of the plan file's path inside its git repository (else its absolute
path) and the action or contact id, so importing a newer export updates the events instead of
adding copies. Each event names its plan and item in X-CAREERPLAN-PLAN and X-CAREERPLAN-ACTION,
-GOAL, -EXPERIMENT, -CONTACT or -REVIEW.

Options:
  -o, --output FILE    write to FILE (default: standard output; - is standard output too).
                       An existing FILE is replaced only with --force; a plan file, and
                       any PATH this command reads, never
  --force              replace an existing FILE
  --alarm SPAN         a reminder that long before each event: Nd, Nw or Nh (default: 1d)
  --no-alarm           no reminders
  --today YYYY-MM-DD   the date stamped on the events (default: $CAREERPLAN_TODAY, else today)
  --lang en|zh         language of the texts the export adds (default: from LC_ALL,
                       LC_MESSAGES, LANG)
  -h, --help           show this help

Exit status: 0, or 1 when a plan could not be read (YAML syntax errors, not UTF-8; its events
are left out and the file is named on stderr), 2 for usage errors, missing or unreadable paths,
and a FILE that cannot or may not be written.
`;

export function runCalendar(args: string[], io: CliIo): number {
  const parsed = parseCommandArgs('calendar', args, {
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    today: { type: 'string' },
    lang: { type: 'string' },
    alarm: { type: 'string' },
    'no-alarm': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (parsed.flag('help')) {
    io.stdout(calendarHelp);
    return EXIT_OK;
  }
  const today = resolveToday(parsed.string('today'), io.env);
  const locale = resolveLocale(parsed.string('lang'), io.env);
  const output = parsed.string('output');
  const alarm = parsed.string('alarm');
  if (alarm !== undefined && parsed.flag('no-alarm')) throw new UsageError('--alarm and --no-alarm: choose one', 'calendar');
  if (alarm !== undefined && !alarmTrigger(alarm)) throw new UsageError(`--alarm: '${alarm}' is not a span like 1d, 2w or 12h`, 'calendar');

  const files = expandPlanPaths(parsed.positionals, io.cwd);
  const { plans: readable, unreadable } = readablePlans(analyzeFiles(files, { today, locale }), io);
  const plans: CalendarPlan[] = readable.map(({ file, analysis }) => ({ analysis, fileId: stableFileId(file.absolute), name: analysis.model.owner?.value || basename(file.path) }));
  const ics = buildCalendar(plans, { today, prodId: `-//careerplan//careerplan ${version}//EN`, locale, alarm: parsed.flag('no-alarm') ? null : alarm });

  if (output === undefined || output === '-') {
    io.stdout(ics);
  } else {
    writeOutputFile(io, { path: output, force: parsed.flag('force'), inputs: files, refusePlanNames: true }, ics);
    const events = ics.split('\r\nBEGIN:VEVENT\r\n').length - 1;
    io.stdout(`Wrote ${events} ${events === 1 ? 'event' : 'events'} to ${escapeText(output)}\n`);
  }
  return unreadable ? EXIT_FINDINGS : EXIT_OK;
}
