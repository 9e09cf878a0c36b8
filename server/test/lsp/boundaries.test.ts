/**
 * The language server at its edges: the LSP lifecycle, broken framing, workspace trust, what it
 * reads from disk or runs git on (only files inside the workspace folders, or open documents),
 * odd files in a workspace, plaintext hovers and selection ranges past the end.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createProtocolConnection, DidChangeWatchedFilesNotification, ErrorCodes, ExitNotification, FileChangeType, InitializedNotification,
  InitializeRequest, ResponseError, ShutdownRequest, StreamMessageReader, StreamMessageWriter, type Hover, type SelectionRange,
} from 'vscode-languageserver-protocol/node';
import { CalendarRequest, HistoryRequest, ListPlansRequest, PlanAtCommitRequest, TimelineRequest } from '../../src/lsp/protocol';
import { fileUri, SERVER_PATH, TestClient } from './client';
import { capabilitiesWith, TODAY } from './suite';

const PLAN = 'careerplan: 1\nowner: Ada\nactions:\n  pitch: { do: Pitch an article, due: 2026-12-01 }\n';

/** The error code a request was answered with (undefined when it succeeded). */
async function errorCode(request: Promise<unknown>): Promise<number | undefined> {
  try {
    await request;
    return undefined;
  } catch (error) {
    return error instanceof ResponseError ? error.code : -1;
  }
}

function exitCode(child: ReturnType<typeof spawn>): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
}

describe('language server: lifecycle and transport boundaries', function () {
  it('answers -32002 before initialize, refuses a second initialize, and -32600 after shutdown', async () => {
    const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: 'pipe', env: { ...process.env, CAREERPLAN_TODAY: TODAY } });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    try {
      const hover = { textDocument: { uri: 'file:///a.careerplan.yaml' }, position: { line: 0, character: 0 } };
      assert.equal(await errorCode(connection.sendRequest('textDocument/hover', hover)), ErrorCodes.ServerNotInitialized);
      assert.equal(await errorCode(connection.sendRequest(ListPlansRequest.method, {})), ErrorCodes.ServerNotInitialized);
      const init = { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null, initializationOptions: { workspaceTrusted: false } };
      await connection.sendRequest(InitializeRequest.type, init);
      await connection.sendNotification(InitializedNotification.type, {});
      assert.equal(await errorCode(connection.sendRequest(InitializeRequest.type, { ...init, initializationOptions: { workspaceTrusted: true } })), ErrorCodes.InvalidRequest);
      assert.equal(await errorCode(connection.sendRequest('textDocument/hover', hover)), undefined);
      await connection.sendRequest(ShutdownRequest.type);
      assert.equal(await errorCode(connection.sendRequest('textDocument/hover', hover)), ErrorCodes.InvalidRequest);
      const exited = exitCode(child);
      await connection.sendNotification(ExitNotification.type);
      assert.equal(await exited, 0);
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  for (const [name, header] of [
    ['a Content-Length that is not a number', 'Content-Length: abc\r\n\r\n{}'],
    ['a header without Content-Length', 'Content-Type: application/json\r\n\r\n{}'],
  ] as const) {
    it(`exits with a non-zero status on ${name}, so the client restarts it`, async () => {
      const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: 'pipe' });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = exitCode(child);
      child.stdin.write(header);
      assert.equal(await exited, 1);
      assert.match(stderr, /cannot read the client's messages/);
    });
  }

  it('trusts only a boolean true: "false", 0 and null do not start git', async () => {
    for (const workspaceTrusted of ['false', 0, null, 'true', true]) {
      const client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY }, initializationOptions: { workspaceTrusted } });
      try {
        const uri = 'file:///plans/a.careerplan.yaml';
        await client.open(uri, PLAN);
        const answer = await client.request<HistoryRequest.Result>(HistoryRequest.method, { uri });
        assert.equal(answer.kind === 'untrusted', workspaceTrusted !== true, JSON.stringify(workspaceTrusted));
      } finally {
        await client.stop();
      }
    }
  });
});

describe('language server: files outside the workspace and odd files', function () {
  let root: string;
  let workspace: string;
  let outside: string;
  let client: TestClient;
  beforeEach(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'careerplan-bounds-')));
    workspace = join(root, 'ws');
    outside = join(root, 'outside');
    mkdirSync(workspace);
    mkdirSync(outside);
    writeFileSync(join(workspace, 'in.careerplan.yaml'), PLAN);
    writeFileSync(join(outside, 'secret.careerplan.yaml'), PLAN.replace('Ada', 'Secret'));
    execFileSync('git', ['init', '-q', outside]);
  });
  afterEach(async () => {
    await client?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  /** Resolves once the workspace index has been built. */
  async function indexed(): Promise<ListPlansRequest.Result> {
    for (;;) {
      const list = await client.request<ListPlansRequest.Result>(ListPlansRequest.method, {});
      if (list.complete) return list;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  it('serves timeline, calendar, history and planAtCommit only for files inside the workspace folders', async () => {
    symlinkSync(join(outside, 'secret.careerplan.yaml'), join(workspace, 'link.careerplan.yaml'));
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY }, workspaceFolders: [workspace] });
    const secret = fileUri(join(outside, 'secret.careerplan.yaml'));
    const wsUri = fileUri(workspace);
    const ways = [
      secret,
      `${wsUri}/../outside/secret.careerplan.yaml`,
      `${wsUri}/%2e%2e/outside/secret.careerplan.yaml`,
      `${wsUri}/%2E%2E/outside/secret.careerplan.yaml`,
      secret.replace('file:///', 'file://localhost/'),
      fileUri(join(workspace, 'link.careerplan.yaml')),
      `${wsUri}/..%2Foutside%2Fsecret.careerplan.yaml`,
    ];
    for (const uri of ways) {
      assert.equal(await client.request(TimelineRequest.method, { uri }), null, uri);
      const calendar = await client.request<CalendarRequest.Result>(CalendarRequest.method, { uris: [uri] });
      assert.deepEqual([calendar.events, calendar.skipped], [0, [{ uri, reason: 'unreadable' }]], uri);
      const history = await client.request<HistoryRequest.Result>(HistoryRequest.method, { uri });
      assert.equal(history.kind, 'not-in-git', uri);
      const version = await client.request<PlanAtCommitRequest.Result>(PlanAtCommitRequest.method, { uri, blob: '0'.repeat(40) });
      assert.equal(version.kind, 'not-in-git', uri);
    }
    const inside = fileUri(join(workspace, 'in.careerplan.yaml'));
    assert.ok(await client.request(TimelineRequest.method, { uri: inside }));
    assert.equal((await client.request<CalendarRequest.Result>(CalendarRequest.method, { uris: [inside, inside.replace('file:///', 'file://localhost/')] })).skipped.length, 0);
  });

  it('ignores watched-file events outside the folders (plan list and workspace symbols)', async () => {
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY }, workspaceFolders: [workspace] });
    await indexed();
    const secret = fileUri(join(outside, 'secret.careerplan.yaml'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: secret, type: FileChangeType.Created }] });
    const list = await client.request<ListPlansRequest.Result>(ListPlansRequest.method, {});
    assert.deepEqual(list.plans.map((p) => p.uri), [fileUri(join(workspace, 'in.careerplan.yaml'))]);
    const symbols = await client.request<Array<{ location: { uri: string } }>>('workspace/symbol', { query: '' });
    assert.ok(symbols.every((s) => s.location.uri !== secret));
  });

  it('answers, bounded, on a FIFO, /dev/zero and an oversized plan in the workspace', async function () {
    if (process.platform === 'win32') this.skip();
    execFileSync('mkfifo', [join(workspace, 'pipe.careerplan.yaml')]);
    symlinkSync('/dev/zero', join(workspace, 'zero.careerplan.yaml'));
    writeFileSync(join(workspace, 'big.careerplan.yaml'), 'careerplan: 1\n' + `# ${'x'.repeat(1022)}\n`.repeat(16 * 1024 + 1));
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY }, workspaceFolders: [workspace] });
    const odd = ['pipe', 'zero', 'big'].map((name) => fileUri(join(workspace, `${name}.careerplan.yaml`)));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: odd.map((uri) => ({ uri, type: FileChangeType.Changed })) });
    const list = await indexed();
    assert.deepEqual(list.plans.map((p) => p.uri), [fileUri(join(workspace, 'in.careerplan.yaml'))]);
    for (const uri of odd) assert.equal(await client.request(TimelineRequest.method, { uri }), null, uri);
    const calendar = await client.request<CalendarRequest.Result>(CalendarRequest.method, { uris: odd });
    assert.deepEqual(calendar.skipped.map((s) => s.reason), ['unreadable', 'unreadable', 'unreadable']);
    const stats = await client.request<{ memory: { rss: number } }>('careerplan/stats', {});
    assert.ok(stats.memory.rss < 1024 * 1024 * 1024, `rss ${stats.memory.rss}`);
  });
});

describe('language server: hover format and selection ranges', function () {
  let client: TestClient;
  afterEach(async () => client?.stop());

  it('hovers in plain text when the client asks for plaintext, in Markdown otherwise', async () => {
    const uri = 'file:///plans/hover.careerplan.yaml';
    const text = 'careerplan: 1\nrules:\n  overdue: off\nactions:\n  pitch: { do: Pitch an article, due: 2026-12-01 }\n';
    const positions = [{ line: 4, character: 3 }, { line: 2, character: 3 }, { line: 4, character: 20 }];
    for (const [contentFormat, kind] of [[['plaintext'], 'plaintext'], [['plaintext', 'markdown'], 'plaintext'], [['markdown', 'plaintext'], 'markdown']] as const) {
      client = await TestClient.start({
        env: { CAREERPLAN_TODAY: TODAY },
        capabilities: capabilitiesWith({ hover: { contentFormat: [...contentFormat] } }),
      });
      await client.open(uri, text);
      for (const position of positions) {
        const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
        assert.ok(hover, JSON.stringify(position));
        const contents = hover.contents as { kind: string; value: string };
        assert.equal(contents.kind, kind);
        if (kind === 'plaintext') assert.doesNotMatch(contents.value, /\*\*|```|\\[`*_#]/, contents.value);
        else assert.match(contents.value, /\*\*/);
      }
      await client.stop();
    }
  });

  it('never returns a selection range outside the document', async () => {
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY } });
    const uri = 'file:///plans/select.careerplan.yaml';
    const text = 'careerplan: 1\nowner: Ada\n';
    await client.open(uri, text);
    const positions = [{ line: 99, character: 5 }, { line: 1, character: 500 }, { line: -3, character: -1 }, { line: 0, character: 2 }];
    const ranges = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri }, positions });
    assert.equal(ranges.length, positions.length);
    const inside = (p: { line: number; character: number }) => p.line >= 0 && p.character >= 0 && (p.line < 2 || (p.line === 2 && p.character === 0)) && p.character <= 13;
    for (const innermost of ranges) {
      for (let range: SelectionRange | undefined = innermost; range; range = range.parent) assert.ok(inside(range.range.start) && inside(range.range.end), JSON.stringify(range.range));
    }
  });
});
