// Starts a language server command over stdio, sends `initialize`, prints the server's name and
// checks that it answers with diagnostics capabilities, then shuts it down. Exits 1 on any
// failure and after 30 s. Usage: node scripts/ci/lsp-initialize.mjs COMMAND [ARG...]
import { spawn } from 'node:child_process';

const [command, ...args] = process.argv.slice(2);
const server = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
const timer = setTimeout(() => fail('no answer to initialize within 30 s'), 30_000);

function fail(message) {
  console.error(`lsp-initialize: ${message}`);
  server.kill();
  process.exit(1);
}

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}

let buffered = Buffer.alloc(0);
server.stdout.on('data', (chunk) => {
  buffered = Buffer.concat([buffered, chunk]);
  for (;;) {
    const headerEnd = buffered.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffered.subarray(0, headerEnd).toString('ascii'))?.[1]);
    if (buffered.length < headerEnd + 4 + length) return;
    const message = JSON.parse(buffered.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
    buffered = buffered.subarray(headerEnd + 4 + length);
    if (message.id === 1) {
      const capabilities = message.result?.capabilities;
      if (!capabilities?.textDocumentSync || !capabilities.hoverProvider) fail(`unexpected answer: ${JSON.stringify(message)}`);
      console.log(`initialize: ${message.result.serverInfo?.name ?? 'a server'} answered with ${Object.keys(capabilities).length} capabilities`);
      send({ method: 'initialized', params: {} });
      send({ id: 2, method: 'shutdown' });
    } else if (message.id === 2) {
      send({ method: 'exit' });
    }
  }
});
server.on('error', (error) => fail(`cannot start ${command}: ${error.message}`));
server.on('exit', (code) => {
  clearTimeout(timer);
  if (code !== 0) fail(`the server exited with ${code}`);
});
send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
