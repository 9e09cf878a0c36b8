import type { IsoDate } from '../core/dates';
import type { Locale } from '../core/messages/catalog';
import type { OptionSpec, ParsedArgs } from './args';
import type { CliIo } from './io';
import type { CliFormatter } from './messages/catalog';

/** What a command runs with: its parsed arguments, the process, and the language it speaks. */
export interface CommandContext {
  io: CliIo;
  args: ParsedArgs;
  /** --lang, else the environment's language: of the messages, and of what the command writes. */
  locale: Locale;
  /** True when --lang chose the locale (report otherwise lets a plan written in Chinese choose its own). */
  localeFromFlag: boolean;
  /** The command line's own texts in `locale`. */
  t: CliFormatter;
  /** "Today": --today, else $CAREERPLAN_TODAY, else the local date (a usage error when either is not a date). */
  today(): IsoDate;
}

/**
 * One command of the program. main.ts parses its options (with -h/--help and --lang, which every
 * command takes), prints its help or runs it; its summary and help are the message ids
 * `command.NAME` and `help.NAME`.
 */
export interface Command {
  /** The arguments, as the program's help lists them. */
  usage: string;
  /** The options besides --help and --lang. */
  options: Record<string, OptionSpec>;
  run(context: CommandContext): number | Promise<number>;
}
