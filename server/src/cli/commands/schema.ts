import type { Command } from '../command';
import { EXIT_OK, UsageError } from '../io';
import { cliMessage } from '../messages/catalog';
import { PackageFiles } from '../packageFiles';

export const schemaCommand: Command = {
  usage: '',
  options: {},
  run({ io, args }) {
    if (args.positionals.length > 0) throw new UsageError(cliMessage('usage.schema-arguments', { value: args.positionals[0] }), 'schema');
    io.stdout(new PackageFiles().schemaText());
    return EXIT_OK;
  },
};
