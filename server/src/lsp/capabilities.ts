import { TextDocumentSyncKind, type ClientCapabilities, type ServerCapabilities } from 'vscode-languageserver';
import { FIX_ALL_KIND } from './protocol';

/** Characters after which an editor should ask for completion without a word typed yet. */
export const COMPLETION_TRIGGERS = [' ', '[', ','];

/**
 * The one place that declares what the server can do. A feature provider under features/
 * registers its handler; its capability is declared here, so the two are reviewed together.
 */
export function serverCapabilities(client: ClientCapabilities): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: client.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
    documentSymbolProvider: { label: 'Career plan' },
    workspaceSymbolProvider: true,
    foldingRangeProvider: true,
    selectionRangeProvider: true,
    // Clients without code action literals get commands only; ours are edits, so declare kinds only when they can take them.
    codeActionProvider: client.textDocument?.codeAction?.codeActionLiteralSupport ? { codeActionKinds: ['quickfix', FIX_ALL_KIND] } : true,
    codeLensProvider: { resolveProvider: false },
    inlayHintProvider: { resolveProvider: true },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    // A plan's findings depend on it alone (and on settings and the date, after which the server asks for a refresh).
    ...(pullsDiagnostics(client) ? { diagnosticProvider: { identifier: 'careerplan', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
  };
}

/**
 * Whether the client pulls diagnostics (LSP 3.17) and can be asked to pull again after the
 * settings or the date change; then nothing is pushed. Other clients get pushes.
 */
export function pullsDiagnostics(client: ClientCapabilities): boolean {
  return client.textDocument?.diagnostic !== undefined && client.workspace?.diagnostics?.refreshSupport === true;
}
