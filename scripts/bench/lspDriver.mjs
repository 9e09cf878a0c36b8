// A minimal LSP client for the benchmark: starts a language server over stdio, speaks real
// JSON-RPC to it, answers the requests servers make of an editor, and turns the diagnostics we
// wait for into promises, so timings are taken when the message arrives. A server that offers
// pulled diagnostics (LSP 3.17) is asked for them as VS Code asks: right after each didOpen and
// didChange, naming the list last received; any other server's pushes are waited for.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  CancellationTokenSource, CompletionRequest, ConfigurationRequest, createProtocolConnection, DiagnosticRefreshRequest, DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentDiagnosticRequest, ExitNotification, HoverRequest, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification,
  ShutdownRequest, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';

const STDERR_KEEP = 4000;

/** What VS Code announces: incremental sync, pushed (versioned) and pulled diagnostics, pulled settings. */
const CLIENT_CAPABILITIES = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceFolders: true,
    diagnostics: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, willSave: false, willSaveWaitUntil: false, didSave: false },
    publishDiagnostics: { versionSupport: true, relatedInformation: true, tagSupport: { valueSet: [1, 2] } },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] }, contextSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
  window: { workDoneProgress: true },
};

/** The value of a settings section such as `yaml`, `[yaml]` or `careerplan.rules`; null when absent. */
function lookupSection(settings, section) {
  if (!section) return settings;
  if (Object.hasOwn(settings, section)) return settings[section];
  let value = settings;
  for (const part of section.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return null;
    value = value[part];
  }
  return value;
}

/** Peak resident memory (VmHWM, kB) of a process and all its descendants, summed. */
export function processTreePeakRssKb(pid) {
  let total = 0;
  const seen = new Set();
  const visit = (p) => {
    if (seen.has(p)) return;
    seen.add(p);
    try {
      const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (match) total += Number(match[1]);
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children) for (const child of children.split(/\s+/)) visit(Number(child));
      }
    } catch {
      // The process ended between listing and reading: it no longer holds memory.
    }
  };
  visit(pid);
  return total;
}

export class LspSession {
  /**
   * Spawns the server and completes the handshake: initialize, initialized, the settings pushed
   * with didChangeConfiguration, then waits until the server has pulled them and gone quiet.
   */
  static async start(options) {
    const session = new LspSession(options);
    try {
      await session.initialize();
    } catch (error) {
      await session.close();
      throw error;
    }
    return session;
  }

  constructor({ name, command, args, cwd, workspaceUri, settings, timeoutMs = 60000 }) {
    this.name = name;
    this.workspaceUri = workspaceUri;
    this.settings = settings;
    this.timeoutMs = timeoutMs;
    this.publishes = []; // { seq, at, uri, version, count }
    this.lastDiagnostics = new Map();
    // Pulled diagnostics: the list last received and the pull under way, per document.
    this.resultIds = new Map();
    this.pullsUnderWay = new Map();
    /** Pulls answered, and of them those answered `unchanged`. */
    this.pullAnswers = { all: 0, unchanged: 0 };
    this.versions = new Map();
    this.waiters = new Set();
    this.configurationRequests = 0;
    this.lastMessageAt = performance.now();
    this.stderr = '';
    this.exited = null;

    this.process = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr.setEncoding('utf8');
    this.process.stderr.on('data', (chunk) => {
      this.stderr = (this.stderr + chunk).slice(-STDERR_KEEP);
    });
    this.exitPromise = new Promise((resolve) => {
      this.process.on('exit', (code, signal) => {
        this.exited = { code, signal };
        const error = this.failure(`exited (${signal ?? `code ${code}`})`);
        for (const waiter of this.waiters) waiter.reject(error);
        this.waiters.clear();
        resolve(this.exited);
      });
      this.process.on('error', (error) => {
        this.exited ??= { code: null, signal: null };
        const failure = this.failure(`could not be started: ${error.message}`);
        for (const waiter of this.waiters) waiter.reject(failure);
        this.waiters.clear();
        resolve(this.exited);
      });
    });

    const connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection = connection;
    const seen = () => {
      this.lastMessageAt = performance.now();
    };
    connection.onRequest(ConfigurationRequest.type, (params) => {
      seen();
      this.configurationRequests++;
      return params.items.map((item) => lookupSection(this.settings, item.section) ?? null);
    });
    // Registrations, progress tokens, refresh requests: an editor just acknowledges them.
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      seen();
      for (const [uri, version] of this.versions) this.pull(uri, version);
      return null;
    });
    connection.onRequest((method) => {
      seen();
      if (method === 'workspace/workspaceFolders') return [{ uri: this.workspaceUri, name: 'bench' }];
      return null;
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      seen();
      this.received(params.uri, params.version, params.diagnostics);
    });
    connection.onNotification(() => seen());
    connection.onError(([error]) => {
      this.stderr = `${this.stderr}\n[protocol error] ${error?.message ?? error}`.slice(-STDERR_KEEP);
    });
    connection.listen();
  }

  /** Diagnostics of a document arrived (pushed, or the answer to a pull): they resolve whoever waits for them. */
  received(uri, version, diagnostics) {
    const publish = { seq: this.publishes.length + 1, at: performance.now(), uri, version, count: diagnostics.length };
    this.publishes.push(publish);
    this.lastDiagnostics.set(uri, diagnostics);
    for (const waiter of [...this.waiters]) {
      if (waiter.match(publish)) {
        this.waiters.delete(waiter);
        waiter.resolve(publish);
      }
    }
  }

  /** Whether the server offers pulled diagnostics (then it is asked after each open and change). */
  get pulls() {
    return Boolean(this.initializeResult?.capabilities?.diagnosticProvider);
  }

  /**
   * Pulls a document's diagnostics, as VS Code does after each open and change: the pull under way
   * is cancelled, the list last received is named, and an `unchanged` answer stands for it.
   */
  pull(uri, version) {
    this.pullsUnderWay.get(uri)?.cancel();
    const source = new CancellationTokenSource();
    this.pullsUnderWay.set(uri, source);
    this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: this.resultIds.get(uri) }, source.token).then(
      (report) => {
        this.lastMessageAt = performance.now();
        if (this.pullsUnderWay.get(uri) !== source) return;
        this.pullsUnderWay.delete(uri);
        this.pullAnswers.all++;
        if (report.kind === 'unchanged') this.pullAnswers.unchanged++;
        this.resultIds.set(uri, report.resultId);
        this.received(uri, version, report.kind === 'full' ? report.items : this.lastDiagnostics.get(uri));
      },
      (error) => {
        if (this.pullsUnderWay.get(uri) !== source) return;
        this.pullsUnderWay.delete(uri);
        this.stderr = `${this.stderr}\n[pull failed] ${error?.message ?? error}`.slice(-STDERR_KEEP);
      },
    );
  }

  failure(what) {
    const tail = this.stderr.trim().split('\n').slice(-8).join('\n');
    return new Error(`${this.name} ${what}${tail ? `\n--- last stderr ---\n${tail}` : ''}`);
  }

  /** A request that fails loudly on timeout or when the server dies. */
  async request(type, params, what = type.method) {
    if (this.exited) throw this.failure(`is not running (asked for ${what})`);
    let timer;
    try {
      return await Promise.race([
        this.connection.sendRequest(type, params),
        this.exitPromise.then(() => {
          throw this.failure(`exited while answering ${what}`);
        }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(this.failure(`did not answer ${what} within ${this.timeoutMs} ms`)), this.timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  notify(type, params) {
    if (this.exited) throw this.failure('is not running');
    return this.connection.sendNotification(type, params);
  }

  async initialize() {
    const folder = { uri: this.workspaceUri, name: 'bench' };
    this.initializeResult = await this.request(InitializeRequest.type, {
      processId: process.pid,
      clientInfo: { name: 'careerplan-bench' },
      locale: 'en',
      rootUri: this.workspaceUri,
      workspaceFolders: [folder],
      capabilities: CLIENT_CAPABILITIES,
      initializationOptions: {},
    });
    await this.notify(InitializedNotification.type, {});
    await this.notify(DidChangeConfigurationNotification.type, { settings: this.settings });
    await this.waitUntil(() => this.configurationRequests > 0, 'to pull its settings (workspace/configuration)');
    await this.quiet(300);
  }

  /** Resolves once nothing has arrived from the server for `ms` milliseconds. */
  async quiet(ms) {
    while (!this.exited) {
      const idle = performance.now() - this.lastMessageAt;
      if (idle >= ms) return;
      await new Promise((resolve) => setTimeout(resolve, ms - idle));
    }
    if (this.exited) throw this.failure('exited');
  }

  async waitUntil(condition, what) {
    const start = performance.now();
    while (!condition()) {
      if (this.exited) throw this.failure(`exited while waiting ${what}`);
      if (performance.now() - start > this.timeoutMs) throw this.failure(`timed out after ${this.timeoutMs} ms waiting ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /**
   * The first publishDiagnostics for `uri` that arrives after publish number `afterSeq` and, when
   * `version` is given, carries that version. Rejects on timeout or when the server exits.
   */
  nextDiagnostics(uri, { afterSeq = this.publishes.length, version, what } = {}) {
    const match = (p) => p.uri === uri && p.seq > afterSeq && (version === undefined || p.version === version);
    const already = this.publishes.find(match);
    if (already) return Promise.resolve(already);
    if (this.exited) return Promise.reject(this.failure('is not running'));
    return new Promise((resolve, reject) => {
      const waiter = { match, resolve, reject };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const description = what ?? (version === undefined ? 'diagnostics' : `diagnostics for version ${version}`);
        reject(this.failure(`timed out after ${this.timeoutMs} ms waiting for ${description} of ${uri}`));
      }, this.timeoutMs);
      waiter.resolve = (value) => {
        clearTimeout(timer);
        resolve(value);
      };
      waiter.reject = (error) => {
        clearTimeout(timer);
        reject(error);
      };
      this.waiters.add(waiter);
    });
  }

  get lastSeq() {
    return this.publishes.length;
  }

  /** Opens a document (and pulls its diagnostics right behind, when the server offers pulls). */
  open(uri, languageId, version, text) {
    this.versions.set(uri, version);
    const sent = this.notify(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    if (this.pulls) this.pull(uri, version);
    return sent;
  }

  /** An incremental change: `range` replaced by `text` (and a pull right behind, when the server offers pulls). */
  change(uri, version, range, text) {
    this.versions.set(uri, version);
    const sent = this.notify(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    if (this.pulls) this.pull(uri, version);
    return sent;
  }

  completion(uri, position) {
    return this.request(CompletionRequest.type, { textDocument: { uri }, position, context: { triggerKind: 1 } }, 'textDocument/completion');
  }

  hover(uri, position) {
    return this.request(HoverRequest.type, { textDocument: { uri }, position }, 'textDocument/hover');
  }

  peakRssKb() {
    return processTreePeakRssKb(this.process.pid);
  }

  /** shutdown + exit; the process is killed if it does not leave on its own. */
  async close() {
    if (!this.exited) {
      try {
        await this.request(ShutdownRequest.type, undefined, 'shutdown');
        await this.notify(ExitNotification.type);
      } catch {
        // A server that cannot shut down cleanly is stopped below.
      }
      const timer = setTimeout(() => this.process.kill('SIGKILL'), 5000);
      await this.exitPromise;
      clearTimeout(timer);
    }
    this.connection.dispose();
  }
}
