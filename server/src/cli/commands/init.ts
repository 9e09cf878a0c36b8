import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { starterPlan } from '../../core/templates';
import { parseCommandArgs } from '../args';
import { describeIoError, PLAN_FILE_PATTERN } from '../../node/planFiles';
import { EXIT_OK, IoError, UsageError, type CliIo } from '../io';
import { resolveLocale } from '../locale';
import { resolveToday } from '../today';

export const DEFAULT_PLAN_FILE = 'career.careerplan.yaml';

export const initHelp = `Usage: careerplan init [options] [FILE]

Writes a starter plan with comments that explain each section, to FILE (default:
${DEFAULT_PLAN_FILE}). Its dates are counted from today, so it checks clean.
An existing file is never overwritten.

Options:
  --lang en|zh         language of the comments and examples (default: from LC_ALL,
                       LC_MESSAGES, LANG)
  --owner NAME         the plan's owner (default: a placeholder)
  --today YYYY-MM-DD   the date to count from (default: $CAREERPLAN_TODAY, else today)
  -h, --help           show this help

Exit status: 0 when the file was written, 2 for usage errors, an existing FILE, or a FILE that
cannot be written.
`;

export function runInit(args: string[], io: CliIo): number {
  const parsed = parseCommandArgs('init', args, {
    lang: { type: 'string' },
    owner: { type: 'string' },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (parsed.flag('help')) {
    io.stdout(initHelp);
    return EXIT_OK;
  }
  if (parsed.positionals.length > 1) throw new UsageError(`init writes one file, but ${parsed.positionals.length} were given`, 'init');
  const file = parsed.positionals[0] ?? DEFAULT_PLAN_FILE;
  const text = starterPlan({
    lang: resolveLocale(parsed.string('lang'), io.env),
    today: resolveToday(parsed.string('today'), io.env),
    owner: parsed.string('owner'),
  });
  try {
    writeFileSync(resolve(io.cwd, file), text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') throw new IoError(`${file} already exists: not overwriting it (choose another FILE, or remove it first)`);
    throw new IoError(`cannot write ${file}: ${describeIoError(error)}`);
  }
  io.stdout(`Created ${file}. Edit it, then run: careerplan check ${file}\n`);
  if (!PLAN_FILE_PATTERN.test(file)) {
    io.stderr(`careerplan: note: ${file} does not end in .careerplan.yaml, so folder searches and editors will not recognise it as a plan\n`);
  }
  return EXIT_OK;
}
