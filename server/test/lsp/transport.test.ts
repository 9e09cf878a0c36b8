import * as assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  createProtocolConnection, ExitNotification, InitializedNotification, InitializeRequest, IPCMessageReader, IPCMessageWriter,
  PublishDiagnosticsNotification, ShutdownRequest, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { SERVER_PATH } from './client';

describe('language server: command line and transports', function () {
  it('prints its version and usage', () => {
    const version = spawnSync(process.execPath, [SERVER_PATH, '--version'], { encoding: 'utf8' });
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync('package.json', 'utf8')).version);
    const help = spawnSync(process.execPath, [SERVER_PATH, '--help'], { encoding: 'utf8' });
    assert.match(help.stdout, /--stdio/);
  });

  it('speaks over node IPC (--node-ipc), for clients that start it so', async () => {
    const child = fork(SERVER_PATH, ['--node-ipc'], { env: { ...process.env, CAREERPLAN_TODAY: '2026-11-24' }, silent: true });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const published = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification(PublishDiagnosticsNotification.type, resolve));
    connection.listen();
    try {
      const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
      assert.equal(result.serverInfo?.name, 'careerplan-language-server');
      await connection.sendNotification(InitializedNotification.type, {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///ipc.careerplan.yaml', languageId: 'careerplan', version: 1, text: 'careerplan: 1\nactions:\n  a: { do: x, due: 2026-01-01 }\n' } });
      const diagnostics = await published;
      assert.ok(diagnostics.diagnostics.some((d) => d.code === 'overdue'));
      await connection.sendRequest(ShutdownRequest.type);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await connection.sendNotification(ExitNotification.type);
      assert.equal(await exited, 0);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
