import { addSpan, compareDueDates, daysBetween, type IsoDate, type SpanUnit } from '../../core/dates';
import { waitingOn } from '../../core/insights/waiting';
import { isOpen } from '../../core/model/types';
import { readPlansAt } from '../analyzeFiles';
import { stdoutColors } from '../color';
import { formatNextTable, type NextAction } from '../formats/nextTable';
import type { Command, CommandContext } from '../command';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../io';
import { cliMessage } from '../messages/catalog';

const FORMATS = ['text', 'json'] as const;

export const nextCommand: Command = {
  usage: '[PATH...]',
  options: {
    within: { type: 'string' },
    actionable: { type: 'boolean' },
    today: { type: 'string' },
    format: { type: 'string' },
    'no-color': { type: 'boolean' },
  },
  run: runNext,
};

function runNext({ io, args, t, today: resolveToday }: CommandContext): number {
  const format = args.format(FORMATS);
  const today = resolveToday();
  const within = args.string('within');
  const until = within === undefined ? undefined : windowEnd(today, within);
  const actionableOnly = args.flag('actionable');

  const { plans, unreadable } = readPlansAt(args.positionals, io, t, { today });
  const actions: NextAction[] = [];
  for (const { file, analysis } of plans) {
    for (const action of analysis.model.actions) {
      if (!isOpen(action)) continue;
      const due = action.due?.valid ? action.due.text : null;
      if (until !== undefined && (due === null || due > until)) continue;
      const waits = waitingOn(action, analysis.model);
      if (actionableOnly && waits.length > 0) continue;
      const position = analysis.lines.positionAt(action.key.start);
      const daysLeft = due === null ? null : daysBetween(today, due);
      actions.push({
        file: file.path,
        line: position.line + 1,
        column: position.character + 1,
        id: action.id,
        do: action.do?.value ?? '',
        status: action.status,
        due,
        daysLeft,
        overdue: daysLeft !== null && daysLeft < 0,
        plan: action.plan?.id ?? null,
        goal: action.goal?.id ?? null,
        waitingOn: waits,
      });
    }
  }
  // Stable: equal dates keep the order of the files and of their lines.
  actions.sort((a, b) => compareDueDates(a.due, b.due));

  if (format === 'json') {
    io.stdout(JSON.stringify(actions, null, 2) + '\n');
  } else {
    io.stdout(formatNextTable(actions, { colors: stdoutColors(io, args.flag('no-color')), within, t }));
  }
  return unreadable ? EXIT_FINDINGS : EXIT_OK;
}

/** The last day of a --within window. */
function windowEnd(today: IsoDate, span: string): IsoDate {
  const m = /^(\d+)([dwmy])$/.exec(span);
  if (!m) throw new UsageError(cliMessage('usage.within', { value: span }), 'next');
  return addSpan(today, Number(m[1]), m[2] as SpanUnit);
}

