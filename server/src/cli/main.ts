import { version } from '../../../package.json';
import { closest } from './args';
import { calendarHelp, runCalendar } from './commands/calendar';
import { checkHelp, runCheck } from './commands/check';
import { historyHelp, runHistory } from './commands/history';
import { initHelp, runInit } from './commands/init';
import { nextHelp, runNext } from './commands/next';
import { reportHelp, runReport } from './commands/report';
import { runSchema, schemaHelp } from './commands/schema';
import { escapeText } from './formats/escape';
import { readStreamBounded } from '../node/planFiles';
import { EXIT_OK, EXIT_USAGE, IoError, UsageError, type CliIo } from './io';

interface Command {
  /** The arguments, as the program's help lists them. */
  usage: string;
  /** One line for the program's help. */
  summary: string;
  run: (args: string[], io: CliIo) => number | Promise<number>;
  /** The command's own help (`careerplan COMMAND --help`). */
  help: string;
}

/** Every command: the program's help lists them from here. */
const COMMANDS: Record<string, Command> = {
  check: { usage: '[PATH...]', summary: 'check plans and report findings (exit 1 on errors)', run: runCheck, help: checkHelp },
  next: { usage: '[PATH...]', summary: 'list open actions by due date, overdue first', run: runNext, help: nextHelp },
  init: { usage: '[FILE]', summary: 'write a starter plan (default: career.careerplan.yaml)', run: runInit, help: initHelp },
  calendar: { usage: '[PATH...]', summary: 'export open actions and contact dates as an iCalendar (.ics) file', run: runCalendar, help: calendarHelp },
  history: { usage: 'PATH', summary: "show a plan's git history with its progress at each commit", run: runHistory, help: historyHelp },
  report: { usage: '[PATH...]', summary: 'what the plans mean: readiness, runway, gaps, next actions, contacts', run: runReport, help: reportHelp },
  schema: { usage: '', summary: "print the plan format's JSON schema", run: runSchema, help: schemaHelp },
};

const commandRows: Array<[string, string]> = [
  ...Object.entries(COMMANDS).map(([name, command]): [string, string] => [`${name} ${command.usage}`.trim(), command.summary]),
  ['help [COMMAND]', 'show help for a command'],
];
const optionRows: Array<[string, string]> = [
  ['-h, --help', "show this help (careerplan COMMAND --help for a command's options)"],
  ['-v, --version', 'show the version'],
];

/** Help lines in two columns, the left one as wide as the widest command or option. */
function helpRows(rows: Array<[string, string]>): string {
  const width = Math.max(...[...commandRows, ...optionRows].map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`).join('\n');
}

export const programHelp = `Usage: careerplan <command> [options]

Career plans as code: checks NAME.careerplan.yaml files and shows what to do next.

Commands:
${helpRows(commandRows)}

Options:
${helpRows(optionRows)}

"Today" is --today, else $CAREERPLAN_TODAY, else the local date.
Exit status: 0 success, 1 findings (check) or unreadable plans (next), 2 usage or I/O errors.
`;

/**
 * Runs one command line; returns the exit status (a promise for commands that wait on other
 * processes). Usage and I/O errors become a message, never a stack trace.
 */
export function run(argv: string[], io: CliIo): number | Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      io.stderr(programHelp);
      return EXIT_USAGE;
    }
    if (first === '--help' || first === '-h') {
      io.stdout(programHelp);
      return EXIT_OK;
    }
    if (first === '--version' || first === '-v') {
      io.stdout(`${version}\n`);
      return EXIT_OK;
    }
    if (first === 'help') {
      const topic = rest[0];
      if (topic === undefined) io.stdout(programHelp);
      else if (COMMANDS[topic]) io.stdout(COMMANDS[topic].help);
      else throw new UsageError(unknownCommand(topic));
      return EXIT_OK;
    }
    const command = COMMANDS[first];
    if (!command) throw new UsageError(first.startsWith('-') ? `unknown option '${first}' (options go after the command)` : unknownCommand(first));
    const status = command.run(rest, io);
    return status instanceof Promise ? status.catch((error: unknown) => reportError(error, first, io)) : status;
  } catch (error) {
    return reportError(error, first, io);
  }
}

function reportError(error: unknown, first: string | undefined, io: CliIo): number {
  if (error instanceof UsageError) {
    const command = error.command ?? (first && COMMANDS[first] ? first : undefined);
    const help = command ? `careerplan ${command} --help` : 'careerplan --help';
    io.stderr(`careerplan: ${escapeText(error.message)}\nRun '${help}' for usage.\n`);
    return EXIT_USAGE;
  }
  if (error instanceof IoError) {
    io.stderr(`careerplan: ${escapeText(error.message)}\n`);
    return EXIT_USAGE;
  }
  throw error;
}

function unknownCommand(name: string): string {
  const guess = closest(name, Object.keys(COMMANDS));
  return `unknown command '${name}'${guess ? ` (did you mean '${guess}'?)` : `; commands: ${Object.keys(COMMANDS).join(', ')}`}`;
}

if (require.main === module) {
  // A reader that stops early (`careerplan next | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const status = run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: process.stdout.isTTY === true,
    readStdin: () => readStreamBounded(process.stdin),
  });
  if (typeof status === 'number') process.exitCode = status;
  else void status.then((code) => (process.exitCode = code));
}
