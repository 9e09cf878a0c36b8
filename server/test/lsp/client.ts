/**
 * A small LSP client for the tests: spawns the BUILT server (`dist/server.js --stdio`) and
 * speaks real JSON-RPC to it over stdio. It answers the server's requests the way an editor
 * does (configuration from `settings`, capability registration, progress tokens) and records
 * what the server pushes (diagnostics, progress, log messages), so tests wait for events, never
 * for time.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest, createProtocolConnection, DiagnosticRefreshRequest, DocumentDiagnosticRequest, DidChangeConfigurationNotification, DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, InitializedNotification,
  InitializeRequest, LogMessageNotification, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest,
  StreamMessageReader, StreamMessageWriter, WorkDoneProgressCreateRequest,
  type ClientCapabilities, type DocumentDiagnosticReport, type InitializeResult, type Position, type ProtocolConnection, type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const SERVER_PATH = join(process.cwd(), 'dist', 'server.js');

export interface ClientOptions {
  /** Answers to `workspace/configuration`, by section (`careerplan`). */
  settings?: Record<string, unknown>;
  workspaceFolders?: string[];
  env?: Record<string, string>;
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  locale?: string;
  /** Node arguments that start another language server (default: the built careerplan server with --stdio). */
  serverArgs?: string[];
}

export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
    symbol: {},
  },
  window: { workDoneProgress: true },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true },
    completion: { completionItem: { snippetSupport: true, insertTextModeSupport: { valueSet: [1, 2] } } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    rename: { prepareSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
};

/** An editor that pulls diagnostics (LSP 3.17), as VS Code does, and can be asked to pull again. */
export const PULL_CAPABILITIES: ClientCapabilities = {
  ...FULL_CAPABILITIES,
  workspace: { ...FULL_CAPABILITIES.workspace, diagnostics: { refreshSupport: true } },
  textDocument: { ...FULL_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
};

interface Waiter<T> {
  match(value: T): boolean;
  resolve(value: T): void;
}

export class TestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every diagnostics push, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly progress: unknown[] = [];
  readonly logs: string[] = [];
  readonly configurationRequests: unknown[] = [];
  /** How many times the server asked to pull diagnostics again (workspace/diagnostic/refresh). */
  refreshes = 0;
  private refreshWaiters: Array<() => void> = [];
  stderr = '';
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  private readonly versions = new Map<string, number>();
  private readonly diagnosticWaiters: Array<Waiter<PublishDiagnosticsParams>> = [];
  private exited = false;

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    options: ClientOptions,
  ) {
    this.settings = options.settings ?? {};
  }

  static async start(options: ClientOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, options.serverArgs ?? [SERVER_PATH, '--stdio'], {
      env: { ...process.env, CAREERPLAN_TODAY: '', ...options.env },
      stdio: 'pipe',
    });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new TestClient(child, connection, options);
    child.stderr.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    child.on('exit', () => (client.exited = true));
    client.wire();
    connection.listen();
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      locale: options.locale,
      capabilities: options.capabilities ?? FULL_CAPABILITIES,
      initializationOptions: options.initializationOptions,
      workspaceFolders: (options.workspaceFolders ?? []).map((folder) => ({ uri: pathToFileURL(folder).href, name: folder })),
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private wire(): void {
    const c = this.connection;
    c.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests.push(params);
      return params.items.map((item) => (item.section ? this.settings[item.section] ?? null : this.settings));
    });
    c.onRequest(RegistrationRequest.type, () => undefined);
    c.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    c.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshes++;
      for (const resolve of this.refreshWaiters.splice(0)) resolve();
    });
    c.onNotification('$/progress', (params) => this.progress.push(params));
    c.onNotification(LogMessageNotification.type, (params) => this.logs.push(params.message));
    c.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      this.published.push(params);
      for (const waiter of [...this.diagnosticWaiters]) {
        if (waiter.match(params)) {
          this.diagnosticWaiters.splice(this.diagnosticWaiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
  }

  /** Resolves with the first diagnostics for `uri` of exactly `version` (or already received). */
  waitForDiagnostics(uri: string, version?: number, timeoutMs = 15_000): Promise<PublishDiagnosticsParams> {
    const match = (p: PublishDiagnosticsParams) => p.uri === uri && (version === undefined || p.version === version);
    const known = this.diagnostics.get(uri);
    if (known && match(known)) return Promise.resolve(known);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} version ${version} (last: ${JSON.stringify(this.diagnostics.get(uri)?.version)})\n${this.stderr}`)), timeoutMs);
      this.diagnosticWaiters.push({ match, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  /** Resolves with the next diagnostics for `uri` pushed after this call (whatever their version). */
  nextDiagnostics(uri: string, timeoutMs = 15_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no new diagnostics for ${uri}\n${this.stderr}`)), timeoutMs);
      this.diagnosticWaiters.push({ match: (p) => p.uri === uri, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  /** Resolves at the server's next request to pull diagnostics again. */
  nextRefresh(): Promise<void> {
    return new Promise((resolve) => this.refreshWaiters.push(resolve));
  }

  /** Pulls a document's diagnostics (textDocument/diagnostic), naming the list the client holds. */
  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId });
  }

  async open(uri: string, text: string, languageId = 'careerplan'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends one change (full text or incremental ranges) and returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), delay(3000)]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The server may already be gone; the kill below makes sure.
    }
    await Promise.race([exited, delay(3000)]);
    if (!this.exited) this.process.kill();
    this.connection.dispose();
  }

  get hasExited(): boolean {
    return this.exited;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** The position of the n-th occurrence (0-based) of `needle` in `text`, plus `delta` characters. */
export function positionOf(text: string, needle: string, occurrence = 0, delta = 0): Position {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} times`);
  }
  index += delta;
  const before = text.slice(0, index);
  return { line: before.split('\n').length - 1, character: index - (before.lastIndexOf('\n') + 1) };
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}
