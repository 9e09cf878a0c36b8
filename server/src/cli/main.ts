import { version } from '../../../package.json';
import { closest, parseCommandArgs } from './args';
import type { Command } from './command';
import { calendarCommand } from './commands/calendar';
import { checkCommand } from './commands/check';
import { historyCommand } from './commands/history';
import { initCommand } from './commands/init';
import { nextCommand } from './commands/next';
import { reportCommand } from './commands/report';
import { schemaCommand } from './commands/schema';
import { escapeText } from './formats/escape';
import { readStreamBounded } from '../node/planFiles';
import { CliIoError, EXIT_OK, EXIT_USAGE, IoError, UsageError, type CliIo } from './io';
import { environmentLocale, resolveLocale, takeLangOption } from './locale';
import { cliFormatter, cliMessage, formatCliMessage, type CliFormatter } from './messages/catalog';
import { ioProblemMessage } from './messages/ioProblem';
import { resolveToday } from './today';

/** Every command: the program's help lists them from here, with the summary `command.NAME`. */
const COMMANDS = {
  check: checkCommand,
  next: nextCommand,
  init: initCommand,
  calendar: calendarCommand,
  history: historyCommand,
  report: reportCommand,
  schema: schemaCommand,
} satisfies Record<string, Command>;
type CommandName = keyof typeof COMMANDS;

function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

/** The program's help: commands and options in two columns, the left one as wide as the widest. */
export function programHelp(t: CliFormatter): string {
  const commandRows: Array<[string, string]> = [
    ...(Object.keys(COMMANDS) as CommandName[]).map((name): [string, string] => [`${name} ${COMMANDS[name].usage}`.trim(), t(`command.${name}`, {})]),
    ['help [COMMAND]', t('program.help-command', {})],
  ];
  const optionRows: Array<[string, string]> = [
    ['-h, --help', t('program.help-option', {})],
    ['-v, --version', t('program.version-option', {})],
    ['--lang en|zh', t('program.lang-option', {})],
  ];
  const width = Math.max(...[...commandRows, ...optionRows].map(([left]) => left.length)) + 2;
  const rows = (list: Array<[string, string]>) => list.map(([left, right]) => `  ${left.padEnd(width)}${right}`).join('\n');
  return [
    t('program.usage', {}),
    '',
    t('program.about', {}),
    '',
    t('program.commands', {}),
    rows(commandRows),
    '',
    t('program.options', {}),
    rows(optionRows),
    '',
    t('program.footer', {}),
    '',
  ].join('\n');
}

/**
 * Runs one command line; returns the exit status (a promise for commands that wait on other
 * processes). Usage and I/O errors become a message, never a stack trace. The language comes
 * first (see `takeLangOption`), so every message after it is in the user's language.
 */
export function run(argv: string[], io: CliIo): number | Promise<number> {
  const { lang, rest: args, missingValue } = takeLangOption(argv);
  let t = cliFormatter(environmentLocale(io.env));
  const [first, ...rest] = args;
  try {
    if (missingValue) throw new UsageError(cliMessage('usage.needs-value', { option: '--lang' }));
    const locale = resolveLocale(lang, io.env);
    t = cliFormatter(locale);
    if (first === undefined) {
      io.stderr(programHelp(t));
      return EXIT_USAGE;
    }
    if (first === '--help' || first === '-h') {
      io.stdout(programHelp(t));
      return EXIT_OK;
    }
    if (first === '--version' || first === '-v') {
      io.stdout(`${version}\n`);
      return EXIT_OK;
    }
    if (first === 'help') {
      const topic = rest[0];
      if (topic === undefined) io.stdout(programHelp(t));
      else if (isCommand(topic)) io.stdout(t(`help.${topic}`, {}));
      else throw unknownCommand(topic);
      return EXIT_OK;
    }
    if (!isCommand(first)) throw first.startsWith('-') ? new UsageError(cliMessage('usage.option-before-command', { option: first })) : unknownCommand(first);
    const command: Command = COMMANDS[first];
    const parsed = parseCommandArgs(first, rest, { ...command.options, help: { type: 'boolean', short: 'h' } });
    if (parsed.flag('help')) {
      io.stdout(t(`help.${first}`, {}));
      return EXIT_OK;
    }
    const status = command.run({ io, args: parsed, locale, localeFromFlag: lang !== undefined, t, today: () => resolveToday(parsed.string('today'), io.env) });
    return status instanceof Promise ? status.catch((error: unknown) => reportError(error, first, io, t)) : status;
  } catch (error) {
    return reportError(error, first, io, t);
  }
}

function reportError(error: unknown, first: string | undefined, io: CliIo, t: CliFormatter): number {
  if (error instanceof UsageError) {
    const command = error.command ?? (first && isCommand(first) ? first : undefined);
    const help = command ? `careerplan ${command} --help` : 'careerplan --help';
    io.stderr(`careerplan: ${escapeText(formatCliMessage(t, error.text))}\n${t('usage.see-help', { help })}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof CliIoError || error instanceof IoError) {
    const message = error instanceof IoError ? ioProblemMessage(error.problem) : error.text;
    io.stderr(`careerplan: ${escapeText(formatCliMessage(t, message))}\n`);
    return EXIT_USAGE;
  }
  throw error;
}

function unknownCommand(name: string): UsageError {
  return new UsageError(cliMessage('usage.unknown-command', { name, guess: closest(name, Object.keys(COMMANDS)) ?? '', commands: Object.keys(COMMANDS).join(', ') }));
}

/** Runs the command line on the process's arguments and streams (dist/cli.js starts it). */
export function main(): void {
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
