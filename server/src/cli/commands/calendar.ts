import { basename } from 'node:path';
import { version } from '../../../../package.json';
import { alarmTrigger, buildCalendar, type CalendarPlan } from '../../core/calendar/ics';
import { stableFileId } from '../../node/fileId';
import { readPlansAt } from '../analyzeFiles';
import type { Command } from '../command';
import { escapeText } from '../formats/escape';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../io';
import { cliMessage } from '../messages/catalog';
import { writeOutputFile } from '../output';

export const calendarCommand: Command = {
  usage: '[PATH...]',
  options: {
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    today: { type: 'string' },
    alarm: { type: 'string' },
    'no-alarm': { type: 'boolean' },
  },
  run({ io, args, locale, t, today: resolveToday }) {
    const today = resolveToday();
    const output = args.string('output');
    const alarm = args.string('alarm');
    if (alarm !== undefined && args.flag('no-alarm')) throw new UsageError(cliMessage('usage.choose-one', { first: '--alarm', second: '--no-alarm' }), 'calendar');
    if (alarm !== undefined && !alarmTrigger(alarm)) throw new UsageError(cliMessage('usage.alarm', { value: alarm }), 'calendar');

    const { files, plans: readable, unreadable } = readPlansAt(args.positionals, io, t, { today, locale });
    const plans: CalendarPlan[] = readable.map(({ file, analysis }) => ({ analysis, fileId: stableFileId(file.absolute), name: analysis.model.owner?.value || basename(file.path) }));
    const ics = buildCalendar(plans, { today, prodId: `-//careerplan//careerplan ${version}//EN`, locale, alarm: args.flag('no-alarm') ? null : alarm });

    if (output === undefined || output === '-') {
      io.stdout(ics);
    } else {
      writeOutputFile(io, { path: output, force: args.flag('force'), inputs: files, refusePlanNames: true }, ics);
      const events = ics.split('\r\nBEGIN:VEVENT\r\n').length - 1;
      io.stdout(`${t('done.calendar', { events, path: escapeText(output) })}\n`);
    }
    return unreadable ? EXIT_FINDINGS : EXIT_OK;
  },
};
