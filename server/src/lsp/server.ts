import {
  DidChangeConfigurationNotification, ErrorCodes, ResponseError, TextDocuments, type ClientCapabilities, type Connection, type InitializeError, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { EditTracker } from './editTracker';
import { serverCapabilities } from './capabilities';
import type { ServerContext } from './context';
import { LocalizedSchemas } from '../core/schema/schemaForLocale';
import { DocumentStore } from './documents';
import { FEATURES } from './features';
import { Lifecycle } from './lifecycle';
import type { InitializationOptions } from './protocol';
import { describe, RequestRunner, type Logger } from './runner';
import { SettingsService, type Clock } from './settings';
import { serverTexts } from './serverMessages';
import { PLAN_FILE_PATTERN } from '../node/planFiles';
import { WorkspaceIndex } from './workspaceIndex';

export const SERVER_NAME = 'careerplan-language-server';

export interface ServerOptions {
  env?: Record<string, string | undefined>;
  clock?: Clock;
  version?: string;
  /** Shared with the transport, which exits 0 or 1 by it when the client goes away. */
  lifecycle?: Lifecycle;
}

/**
 * Builds the server on a connection: the shared services (documents and their analyses,
 * settings, the workspace index, the request runner), then every feature provider, then listens.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): ServerContext {
  const log = createLogger(connection);
  const lifecycle = options.lifecycle ?? new Lifecycle();
  const runner = new RequestRunner(log, lifecycle);
  const edits = new EditTracker();
  const documents = new TextDocuments(edits);
  const settings = new SettingsService({ log, env: options.env ?? process.env, clock: options.clock });
  const store = new DocumentStore(documents, settings, log, edits);
  const index = new WorkspaceIndex(log, runner, () => connection.window.createWorkDoneProgress(), (uri) => documents.get(uri) !== undefined);
  const revalidateListeners: Array<(uris?: string[]) => void> = [];

  const schemas = new LocalizedSchemas();
  const ctx: ServerContext = {
    connection,
    documents,
    store,
    settings,
    index,
    runner,
    log,
    schema: () => schemas.get(settings.current.locale),
    client: {},
    initOptions: {},
    texts: () => serverTexts(settings.current.locale),
    revalidate: (uris) => revalidateListeners.forEach((listener) => listener(uris)),
    onRevalidate: (listener) => revalidateListeners.push(listener),
  };

  connection.onInitialize((params: InitializeParams): InitializeResult | ResponseError<InitializeError> => {
    // A second initialize must not replace the client's options (its workspace trust among them).
    if (lifecycle.initialized) return new ResponseError(ErrorCodes.InvalidRequest, 'The server is already initialized.', { retry: false });
    lifecycle.markInitialized();
    ctx.client = params.capabilities;
    ctx.initOptions = (params.initializationOptions ?? {}) as InitializationOptions;
    settings.setClientLocale(params.locale);
    if (ctx.initOptions.careerplan) settings.update(ctx.initOptions.careerplan);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    index.setFolders(folders);
    return {
      capabilities: serverCapabilities(params.capabilities),
      serverInfo: { name: SERVER_NAME, version: options.version },
    };
  });

  connection.onInitialized(
    runner.notification('initialized', async () => {
      const client: ClientCapabilities = ctx.client;
      if (client.workspace?.didChangeConfiguration?.dynamicRegistration) {
        connection.client.register(DidChangeConfigurationNotification.type, { section: 'careerplan' }).catch((error) => log.warn(`Could not register for configuration changes: ${describe(error)}`));
      }
      index.listen(connection, Boolean(client.workspace?.didChangeWatchedFiles?.dynamicRegistration), Boolean(client.workspace?.workspaceFolders));
      settings.startMidnightTimer();
      await pullConfiguration();
      settings.markReady();
      void index.rebuild().catch((error) => log.error(`Indexing the workspace failed: ${describe(error)}`));
    }),
  );

  /** Reads `careerplan.*` from the client; clients without `workspace/configuration` push settings instead. */
  async function pullConfiguration(pushed?: unknown): Promise<void> {
    if (ctx.client.workspace?.configuration) {
      try {
        const [section] = await connection.workspace.getConfiguration([{ section: 'careerplan' }]);
        settings.update({ ...(ctx.initOptions.careerplan ?? {}), ...(section ?? {}) });
        return;
      } catch (error) {
        log.warn(`Could not read the careerplan settings: ${describe(error)}`);
      }
    }
    if (pushed && typeof pushed === 'object' && 'careerplan' in pushed) settings.update((pushed as { careerplan: unknown }).careerplan);
  }

  connection.onDidChangeConfiguration(runner.notification('workspace/didChangeConfiguration', (params) => pullConfiguration(params.settings)));
  settings.onDidChange(() => ctx.revalidate());

  documents.onDidOpen((event) => index.forget(event.document.uri));
  documents.onDidClose((event) => {
    if (PLAN_FILE_PATTERN.test(event.document.uri) && index.inFolders(event.document.uri)) index.reindex(event.document.uri);
  });

  connection.onShutdown(() => {
    lifecycle.markShutDown();
    settings.stopMidnightTimer();
  });

  for (const feature of FEATURES) feature.register(ctx);
  documents.listen(connection);
  connection.listen();
  return ctx;
}

function createLogger(connection: Connection): Logger {
  return {
    error: (message) => connection.console.error(message),
    warn: (message) => connection.console.warn(message),
    info: (message) => connection.console.info(message),
    trace: (message) => connection.tracer.log(message),
  };
}
