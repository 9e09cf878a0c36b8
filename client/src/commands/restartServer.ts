import * as vscode from 'vscode';
import type { CommandFactory } from './context';

/** `careerplan.restartServer`: stops and starts the language server (after an update, or when it misbehaves). */
export const restartServer: CommandFactory = (ctx) => async () => {
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Restarting the Career Plan language server') }, () => ctx.server.restart());
};
