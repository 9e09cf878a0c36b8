import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { starterPlan } from '../../core/templates';
import { parseCommandArgs } from '../args';
import { describeIoError, PLAN_FILE_PATTERN } from '../../node/planFiles';
import { EXIT_OK, IoError, UsageError, type CliIo } from '../io';
import { resolveLocale } from '../locale';
import { PackageFiles, SCHEMA_FILE_NAME } from '../packageFiles';
import { resolveToday } from '../today';

export const DEFAULT_PLAN_FILE = 'career.careerplan.yaml';

export const initHelp = `Usage: careerplan init [options] [FILE]

Writes a starter plan with comments that explain each section, to FILE (default:
${DEFAULT_PLAN_FILE}). Its dates are counted from today, so it checks clean.
An existing file is never overwritten.

Beside the plan it writes the format's JSON schema, ${SCHEMA_FILE_NAME}, and the plan's
first line points YAML editors at it ("# yaml-language-server: $schema=./${SCHEMA_FILE_NAME}"),
so completion and validation work without a network. An existing schema file is kept.

Options:
  --lang en|zh         language of the comments and examples (default: from LC_ALL,
                       LC_MESSAGES, LANG)
  --owner NAME         the plan's owner (default: a placeholder)
  --today YYYY-MM-DD   the date to count from (default: $CAREERPLAN_TODAY, else today)
  --no-schema          write neither the schema file nor the modeline
  -h, --help           show this help

Exit status: 0 when the file was written, 2 for usage errors, an existing FILE, or a FILE that
cannot be written.
`;

export function runInit(args: string[], io: CliIo): number {
  const parsed = parseCommandArgs('init', args, {
    lang: { type: 'string' },
    owner: { type: 'string' },
    today: { type: 'string' },
    'no-schema': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (parsed.flag('help')) {
    io.stdout(initHelp);
    return EXIT_OK;
  }
  if (parsed.positionals.length > 1) throw new UsageError(`init writes one file, but ${parsed.positionals.length} were given`, 'init');
  const file = parsed.positionals[0] ?? DEFAULT_PLAN_FILE;
  const withSchema = !parsed.flag('no-schema');
  const schema = withSchema ? new PackageFiles().schemaText() : undefined;
  const text = starterPlan({
    lang: resolveLocale(parsed.string('lang'), io.env),
    today: resolveToday(parsed.string('today'), io.env),
    owner: parsed.string('owner'),
    schemaPath: withSchema ? `./${SCHEMA_FILE_NAME}` : undefined,
  });
  const planPath = resolve(io.cwd, file);
  writeNewFile(planPath, file, text);
  io.stdout(`Created ${file}. Edit it, then run: careerplan check ${file}\n`);
  if (schema !== undefined) writeSchemaBeside(planPath, join(dirname(file), SCHEMA_FILE_NAME), schema, io);
  if (!PLAN_FILE_PATTERN.test(file)) {
    io.stderr(`careerplan: note: ${file} does not end in .careerplan.yaml, so folder searches and editors will not recognise it as a plan\n`);
  }
  return EXIT_OK;
}

/** Creates a file that must not exist yet (never overwrites, even in a race). */
function writeNewFile(absolute: string, shown: string, text: string): void {
  try {
    writeFileSync(absolute, text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') throw new IoError(`${shown} already exists: not overwriting it (choose another FILE, or remove it first)`);
    throw new IoError(`cannot write ${shown}: ${describeIoError(error)}`);
  }
}

/** The schema beside the plan; one already there (shared by several plans, or edited) is kept. */
function writeSchemaBeside(planPath: string, shown: string, schema: string, io: CliIo): void {
  const absolute = join(dirname(planPath), SCHEMA_FILE_NAME);
  let existing: string | undefined;
  try {
    existing = readFileSync(absolute, 'utf8');
  } catch {
    existing = undefined;
  }
  if (existing === undefined) {
    writeNewFile(absolute, shown, schema);
    io.stdout(`Created ${shown}, the format's schema that the plan's first line points YAML editors to.\n`);
  } else if (existing !== schema) {
    io.stderr(`careerplan: note: kept the existing ${shown}, which differs from this version's schema (careerplan schema > ${shown} updates it)\n`);
  }
}
