import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { starterPlan } from '../../core/templates';
import { parseCommandArgs } from '../args';
import { PLAN_FILE_PATTERN } from '../../node/planFiles';
import { escapeText } from '../formats/escape';
import { EXIT_OK, UsageError, type CliIo } from '../io';
import { resolveLocale } from '../locale';
import { writeOutputFile } from '../output';
import { PackageFiles, SCHEMA_FILE_NAME } from '../packageFiles';
import { resolveToday } from '../today';

export const DEFAULT_PLAN_FILE = 'career.careerplan.yaml';

export const initHelp = `Usage: careerplan init [options] [FILE]

Writes a starter plan with comments that explain each section, to FILE (default:
${DEFAULT_PLAN_FILE}). Its dates are counted from today, so it checks clean.
An existing file is replaced only with --force. The file is written atomically:
it is complete or not there, whatever happens while it is written.

Beside the plan it writes the format's JSON schema, ${SCHEMA_FILE_NAME}, and the plan's
first line points YAML editors at it ("# yaml-language-server: $schema=./${SCHEMA_FILE_NAME}"),
so completion and validation work without a network. An existing schema file is kept.

Options:
  --lang en|zh         language of the comments and examples (default: from LC_ALL,
                       LC_MESSAGES, LANG)
  --owner NAME         the plan's owner (default: a placeholder)
  --today YYYY-MM-DD   the date to count from (default: $CAREERPLAN_TODAY, else today)
  --no-schema          write neither the schema file nor the modeline
  --force              replace an existing FILE
  -h, --help           show this help

Exit status: 0 when the file was written, 2 for usage errors, an existing FILE (without
--force), or a FILE that cannot be written.
`;

export function runInit(args: string[], io: CliIo): number {
  const parsed = parseCommandArgs('init', args, {
    lang: { type: 'string' },
    owner: { type: 'string' },
    today: { type: 'string' },
    'no-schema': { type: 'boolean' },
    force: { type: 'boolean' },
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
  writeOutputFile(io, { path: file, force: parsed.flag('force') }, text);
  const shown = escapeText(file);
  io.stdout(`Created ${shown}. Edit it, then run: careerplan check ${shown}\n`);
  if (schema !== undefined) writeSchemaBeside(io, join(dirname(file), SCHEMA_FILE_NAME), schema);
  if (!PLAN_FILE_PATTERN.test(file)) {
    io.stderr(`careerplan: note: ${shown} does not end in .careerplan.yaml, so folder searches and editors will not recognise it as a plan\n`);
  }
  return EXIT_OK;
}

/** The schema beside the plan; one already there (shared by several plans, or edited) is kept. */
function writeSchemaBeside(io: CliIo, path: string, schema: string): void {
  let existing: string | undefined;
  try {
    existing = readFileSync(resolve(io.cwd, path), 'utf8');
  } catch {
    existing = undefined;
  }
  const shown = escapeText(path);
  if (existing === undefined) {
    writeOutputFile(io, { path, force: false }, schema);
    io.stdout(`Created ${shown}, the format's schema that the plan's first line points YAML editors to.\n`);
  } else if (existing !== schema) {
    io.stderr(`careerplan: note: kept the existing ${shown}, which differs from this version's schema (careerplan schema > ${shown} updates it)\n`);
  }
}
