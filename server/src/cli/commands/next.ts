import { addSpan, compareDueDates, daysBetween, type IsoDate, type SpanUnit } from '../../core/dates';
import { waitingOn } from '../../core/insights/waiting';
import { isOpen } from '../../core/model/types';
import { analyzeFiles, readablePlans } from '../analyzeFiles';
import { parseCommandArgs } from '../args';
import { stdoutColors } from '../color';
import { formatNextTable, type NextAction } from '../formats/nextTable';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIo } from '../io';
import { expandPlanPaths } from '../planPaths';
import { resolveToday } from '../today';

export const nextHelp = `Usage: careerplan next [options] [PATH...]

Lists the open actions (todo, doing, blocked) of all plans by due date: overdue first, then the
soonest, undated last. PATH is a plan file or a folder searched recursively for
*.careerplan.yaml (default: the current folder).

Options:
  --within SPAN        only actions due within SPAN from today, and overdue ones; SPAN is a
                       number followed by d, w, m or y (14d, 2w, 1m, 1y)
  --today YYYY-MM-DD   the date to count from (default: $CAREERPLAN_TODAY, else today)
  --actionable         only actions that can start now: none of their "after" actions is open
  --format text|json   a table (default; actions waiting on others come apart, below), or a
                       JSON array of {file, line, column, id, do, status, due, daysLeft,
                       overdue, plan, goal, waitingOn}
  --no-color           no colours (also when NO_COLOR is set or output is not a terminal)
  -h, --help           show this help

Exit status: 0, or 1 when a plan could not be read (YAML syntax errors, not UTF-8; its actions
are left out and the file is named on stderr), 2 for usage errors and missing paths.
`;

const FORMATS = ['text', 'json'] as const;

export function runNext(args: string[], io: CliIo): number {
  const parsed = parseCommandArgs('next', args, {
    within: { type: 'string' },
    actionable: { type: 'boolean' },
    today: { type: 'string' },
    format: { type: 'string' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (parsed.flag('help')) {
    io.stdout(nextHelp);
    return EXIT_OK;
  }
  const format = parsed.string('format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: '${format}' is not a format for next; use one of ${FORMATS.join(', ')}`, 'next');
  const today = resolveToday(parsed.string('today'), io.env);
  const within = parsed.string('within');
  const until = within === undefined ? undefined : windowEnd(today, within);
  const actionableOnly = parsed.flag('actionable');

  const files = expandPlanPaths(parsed.positionals, io.cwd);
  const { plans, unreadable } = readablePlans(analyzeFiles(files, { today }), io);
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
    const colors = stdoutColors(io, parsed.flag('no-color'));
    io.stdout(formatNextTable(actions, { colors, within }));
  }
  return unreadable ? EXIT_FINDINGS : EXIT_OK;
}

/** The last day of a --within window. */
function windowEnd(today: IsoDate, span: string): IsoDate {
  const m = /^(\d+)([dwmy])$/.exec(span);
  if (!m) throw new UsageError(`--within: '${span}' is not a span like 14d, 2w, 1m or 1y`, 'next');
  return addSpan(today, Number(m[1]), m[2] as SpanUnit);
}

