import * as vscode from 'vscode';
import { WorkspaceTrustNotification } from '../../server/src/lsp/protocol';
import type { CareerplanServer } from './languageClient';

/**
 * Tells the server when the user trusts the workspace (it starts untrusted-aware from its
 * initialization option): only then may it run git. VS Code has no event for losing trust; that
 * takes a reload, which starts a new server.
 */
export function registerWorkspaceTrust(context: vscode.ExtensionContext, server: CareerplanServer, onTrusted: () => void): void {
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      try {
        const client = await server.start();
        await client.sendNotification(WorkspaceTrustNotification.type, { trusted: true });
      } catch (error) {
        server.output.warn(`careerplan/workspaceTrust: ${String(error)}`);
      }
      onTrusted();
    }),
  );
}
