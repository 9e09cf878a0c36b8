import * as vscode from 'vscode';
import type { CommandFactory } from './context';

/** `careerplan.openPlan`: opens another plan of the workspace (the views then follow it). */
export const openPlan: CommandFactory = () => async (arg) => {
  const uri = typeof arg === 'string' ? arg : typeof arg === 'object' && arg !== null && typeof (arg as { uri?: unknown }).uri === 'string' ? (arg as { uri: string }).uri : undefined;
  if (!uri) return;
  await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preview: false });
};
