import type { ClientCapabilities, Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SchemaInfo } from '../core/schema/schemaInfo';
import type { DocumentStore } from './documents';
import type { InitializationOptions } from './protocol';
import type { Logger, RequestRunner } from './runner';
import type { SettingsService } from './settings';
import type { ServerTexts } from './serverMessages';
import type { WorkspaceIndex } from './workspaceIndex';

/** Everything a feature provider needs, created once by `startServer`. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  store: DocumentStore;
  settings: SettingsService;
  index: WorkspaceIndex;
  runner: RequestRunner;
  log: Logger;
  /** The schema's documentation in the current locale. */
  schema(): SchemaInfo;
  /** Set by `initialize` (features read it when they answer, never at registration). */
  client: ClientCapabilities;
  initOptions: InitializationOptions;
  /** The server's own texts in the current locale. */
  texts(): ServerTexts;
  /** Asks the diagnostics provider to validate these documents (all open ones when omitted). */
  revalidate(uris?: string[]): void;
  /** Where the diagnostics provider listens for `revalidate`. */
  onRevalidate(listener: (uris?: string[]) => void): void;
}

/** A feature module: registers its handlers on the connection (before `listen`). */
export interface Feature {
  register(ctx: ServerContext): void;
}
