import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { RequestType } from 'vscode-languageserver-protocol';
import { AnalysisChangedNotification, type CareerplanSettings, type InitializationOptions } from '../../server/src/lsp/protocol';

export const PLAN_SELECTOR: Array<{ language: string; scheme: string }> = [
  { language: 'careerplan', scheme: 'file' },
  { language: 'careerplan', scheme: 'untitled' },
];

export function isPlanDocument(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return !!document && vscode.languages.match(PLAN_SELECTOR, document) > 0;
}

/**
 * The language client and what the rest of the extension needs from it: requests that wait
 * for the server to be ready, and one event per analysis of a plan (the server's
 * `careerplan/analysisChanged`, sent right after the diagnostics), which every view and the
 * status bar listen to.
 */
export class CareerplanServer implements vscode.Disposable {
  readonly output = vscode.window.createOutputChannel(vscode.l10n.t('Career Plan'), { log: true });
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient> | undefined;
  private readonly analysisChanged = new vscode.EventEmitter<vscode.Uri>();
  private readonly restarted = new vscode.EventEmitter<void>();
  /** A plan was analysed again (its diagnostics were published). */
  readonly onDidChangeAnalysis = this.analysisChanged.event;
  /** The server was (re)started: everything it said before is stale. */
  readonly onDidRestart = this.restarted.event;

  constructor(private readonly context: vscode.ExtensionContext) {}

  /** Starts the server (once); later calls return the same running client. */
  start(): Promise<LanguageClient> {
    this.starting ??= this.create().catch((error) => {
      this.starting = undefined;
      throw error;
    });
    return this.starting;
  }

  async restart(): Promise<void> {
    const previous = this.starting;
    this.starting = undefined;
    this.client = undefined;
    if (previous) await (await previous.catch(() => undefined))?.dispose(2000);
    await this.start();
    this.restarted.fire();
  }

  async request<P, R>(type: RequestType<P, R, void>, params: P, token?: vscode.CancellationToken): Promise<R> {
    const client = await this.start();
    return client.sendRequest(type, params, token);
  }

  /** The running client, for converters; undefined before the first start. */
  get running(): LanguageClient | undefined {
    return this.client;
  }

  async dispose(): Promise<void> {
    this.analysisChanged.dispose();
    this.restarted.dispose();
    const client = this.client;
    this.client = undefined;
    this.starting = undefined;
    await client?.dispose(2000).catch(() => undefined);
    this.output.dispose();
  }

  private async create(): Promise<LanguageClient> {
    const module = this.context.asAbsolutePath('dist/server.js');
    // stdio, as every other editor: one transport to test and to measure, and the one whose
    // writer reuses the text of diagnostics sent before (server/src/lsp/messageJson.ts).
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.stdio },
      debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
    };
    const initializationOptions: InitializationOptions = {
      careerplan: readSettings(),
      analysisNotifications: true,
      workspaceTrusted: vscode.workspace.isTrusted,
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: PLAN_SELECTOR,
      synchronize: {
        configurationSection: 'careerplan',
        fileEvents: vscode.workspace.createFileSystemWatcher('**/*.careerplan.{yaml,yml}'),
      },
      initializationOptions,
      outputChannel: this.output,
      middleware: {
        provideCodeLenses: (document, token, next) => (codeLensEnabled(document) ? next(document, token) : []),
      },
    };
    const client = new LanguageClient('careerplan', vscode.l10n.t('Career Plan Language Server'), serverOptions, clientOptions);
    await client.start();
    client.onNotification(AnalysisChangedNotification.type, (params) => this.analysisChanged.fire(vscode.Uri.parse(params.uri)));
    this.client = client;
    return client;
  }
}

/** The `careerplan` settings the server reads, for its first analysis before it asks for them. */
function readSettings(): CareerplanSettings {
  const config = vscode.workspace.getConfiguration('careerplan');
  return {
    rules: config.get<Record<string, string>>('rules', {}),
    today: config.get<string>('today', ''),
    locale: config.get<string>('locale', 'auto'),
  };
}

function codeLensEnabled(document: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration('careerplan', document).get<boolean>('codeLens.enabled', true);
}

/** Starts the language client; a server that fails to start is reported, not thrown at activation. */
export function registerLanguageClient(context: vscode.ExtensionContext, server: CareerplanServer): void {
  context.subscriptions.push(server);
  void server.start().then(
    () => vscode.commands.executeCommand('setContext', 'careerplan.serverStarted', true),
    (error) => {
      server.output.error(String(error instanceof Error ? error.stack ?? error.message : error));
      void vscode.window.showErrorMessage(vscode.l10n.t('The Career Plan language server could not start. See the "Career Plan" output for details.'));
    },
  );
  // Lenses asked for before the first analysis (or before a new day or new settings) are stale:
  // ask again once the server has analysed the plan.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const analysed = new Set<string>();
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('careerplan.codeLens.enabled')) refreshCodeLenses(server);
    }),
    server.onDidChangeAnalysis((uri) => {
      analysed.add(uri.toString());
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        const uris = new Set(analysed);
        analysed.clear();
        refreshCodeLenses(server, uris);
      }, LENS_REFRESH_DELAY_MS);
    }),
    { dispose: () => timer && clearTimeout(timer) },
  );
}

const LENS_REFRESH_DELAY_MS = 300;

/** Asks VS Code to ask again for lenses, so the `codeLens.enabled` setting applies at once. */
function refreshCodeLenses(server: CareerplanServer, only?: Set<string>): void {
  const feature = server.running?.getFeature('textDocument/codeLens');
  const fired = new Set<unknown>();
  for (const editor of vscode.window.visibleTextEditors) {
    if (!isPlanDocument(editor.document) || (only && !only.has(editor.document.uri.toString()))) continue;
    const emitter = feature?.getProvider(editor.document)?.onDidChangeCodeLensEmitter;
    // One provider serves every plan: fire it once.
    if (emitter && !fired.has(emitter)) {
      fired.add(emitter);
      emitter.fire();
    }
  }
}
