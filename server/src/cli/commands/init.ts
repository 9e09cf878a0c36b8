import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { starterPlan } from '../../core/templates';
import { PLAN_FILE_PATTERN } from '../../node/planFiles';
import type { Command, CommandContext } from '../command';
import { escapeText } from '../formats/escape';
import { EXIT_OK, UsageError, type CliIo } from '../io';
import { cliMessage, type CliFormatter } from '../messages/catalog';
import { writeOutputFile } from '../output';
import { PackageFiles, SCHEMA_FILE_NAME } from '../packageFiles';
import { DEFAULT_PLAN_FILE } from '../planPaths';

export const initCommand: Command = {
  usage: '[FILE]',
  options: {
    owner: { type: 'string' },
    today: { type: 'string' },
    'no-schema': { type: 'boolean' },
    force: { type: 'boolean' },
  },
  run: runInit,
};

function runInit({ io, args, locale, t, today }: CommandContext): number {
  if (args.positionals.length > 1) throw new UsageError(cliMessage('usage.init-files', { count: args.positionals.length }), 'init');
  const file = args.positionals[0] ?? DEFAULT_PLAN_FILE;
  const withSchema = !args.flag('no-schema');
  const schema = withSchema ? new PackageFiles().schemaText() : undefined;
  const text = starterPlan({
    lang: locale,
    today: today(),
    owner: args.string('owner'),
    schemaPath: withSchema ? `./${SCHEMA_FILE_NAME}` : undefined,
  });
  writeOutputFile(io, { path: file, force: args.flag('force') }, text);
  const shown = escapeText(file);
  io.stdout(`${t('done.init', { path: shown })}\n`);
  if (schema !== undefined) writeSchemaBeside(io, t, join(dirname(file), SCHEMA_FILE_NAME), schema);
  if (!PLAN_FILE_PATTERN.test(file)) io.stderr(`careerplan: ${t('note.not-plan-name', { path: shown })}\n`);
  return EXIT_OK;
}

/** The schema beside the plan; one already there (shared by several plans, or edited) is kept. */
function writeSchemaBeside(io: CliIo, t: CliFormatter, path: string, schema: string): void {
  let existing: string | undefined;
  try {
    existing = readFileSync(resolve(io.cwd, path), 'utf8');
  } catch {
    existing = undefined;
  }
  const shown = escapeText(path);
  if (existing === undefined) {
    writeOutputFile(io, { path, force: false }, schema);
    io.stdout(`${t('done.init-schema', { path: shown })}\n`);
  } else if (existing !== schema) {
    io.stderr(`careerplan: ${t('note.schema-kept', { path: shown })}\n`);
  }
}
