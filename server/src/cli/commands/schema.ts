import { parseCommandArgs } from '../args';
import { EXIT_OK, UsageError, type CliIo } from '../io';
import { PackageFiles, SCHEMA_FILE_NAME } from '../packageFiles';

export const schemaHelp = `Usage: careerplan schema [options]

Prints the career plan format's JSON schema (draft-07), the ${SCHEMA_FILE_NAME} that
"careerplan init" writes beside a plan. To give a plan completion and validation in any YAML
editor without a network:

  careerplan schema > ${SCHEMA_FILE_NAME}

and make the plan's first line: # yaml-language-server: $schema=./${SCHEMA_FILE_NAME}

Options:
  -h, --help   show this help
`;

export function runSchema(args: string[], io: CliIo): number {
  const parsed = parseCommandArgs('schema', args, { help: { type: 'boolean', short: 'h' } });
  if (parsed.flag('help')) {
    io.stdout(schemaHelp);
    return EXIT_OK;
  }
  if (parsed.positionals.length > 0) throw new UsageError(`schema takes no arguments, but got '${parsed.positionals[0]}'`, 'schema');
  io.stdout(new PackageFiles().schemaText());
  return EXIT_OK;
}
