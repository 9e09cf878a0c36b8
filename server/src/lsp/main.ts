import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { Lifecycle } from './lifecycle';
import { MessageJson } from './messageJson';
import { SERVER_NAME, startServer } from './server';
import packageJson from '../../../package.json';

const USAGE = `Usage: ${SERVER_NAME} [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]

The career plan language server (LSP) for *.careerplan.yaml files. Editors start it with
--stdio, as VS Code does. Settings arrive through workspace/configuration (section
"careerplan": rules, today, locale) or the initialization option "careerplan".
The environment variable CAREERPLAN_TODAY (YYYY-MM-DD) sets "today" when the settings do not.
`;

/** Serves LSP on the transport the arguments name (dist/server.js starts it). */
export function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--version') || args.includes('-v')) {
    process.stdout.write(`${packageJson.version}\n`);
    process.exit(0);
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    process.exit(0);
  }

  const lifecycle = new Lifecycle();
  const otherTransport = args.some((a) => a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'));
  // Editors that just run the command (no transport flag) speak over stdio.
  startServer(otherTransport ? createConnection(ProposedFeatures.all) : stdioConnection(lifecycle), { version: packageJson.version, lifecycle });
}

/**
 * The stdio transport, built here so the server sees read errors: a malformed header (a missing
 * or non-numeric Content-Length) or an unreadable message leaves the stream out of step and a
 * request unanswered forever, so the server exits with status 1 and the client restarts it.
 * The server also exits when the client closes its end (0 after shutdown, else 1), and console
 * output goes to stderr, never into the protocol stream.
 */
function stdioConnection(lifecycle: Lifecycle): Connection {
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => {
    process.stderr.write(`${SERVER_NAME}: cannot read the client's messages (${error.message.split('\n')[0]}); exiting so the client can restart the server\n`);
    process.exit(1);
  });
  const exitWithClient = () => process.exit(lifecycle.shutDown ? 0 : 1);
  process.stdin.on('end', exitWithClient);
  process.stdin.on('close', exitWithClient);
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    console[method] = (...values: unknown[]) => void process.stderr.write(format(...values) + '\n');
  }
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout, { contentTypeEncoder: new MessageJson() }));
}
