import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { SERVER_NAME, startServer } from './server';
import packageJson from '../../../package.json';

const USAGE = `Usage: ${SERVER_NAME} [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]

The career plan language server (LSP) for *.careerplan.yaml files. Editors start it with
--stdio (VS Code uses --node-ipc). Settings arrive through workspace/configuration (section
"careerplan": rules, today, locale) or the initialization option "careerplan".
The environment variable CAREERPLAN_TODAY (YYYY-MM-DD) sets "today" when the settings do not.
`;

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${packageJson.version}\n`);
  process.exit(0);
}
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
// Editors that just run the command (no transport flag) speak over stdio.
if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) process.argv.push('--stdio');

startServer(createConnection(ProposedFeatures.all), { version: packageJson.version });
