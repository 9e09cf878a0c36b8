import * as vscode from 'vscode';
import { HISTORY_VIEW } from '../views/history';
import type { CommandContext, CommandFactory } from './context';

/** `careerplan.showHistory`: opens the History view on the plan the views follow (a plan uri makes it the one) and reads it again. */
export const showHistory: CommandFactory = (ctx: CommandContext) => async (arg) => {
  if (typeof arg === 'string') await vscode.window.showTextDocument(vscode.Uri.parse(arg), { preview: true });
  await vscode.commands.executeCommand(`${HISTORY_VIEW}.focus`);
  await ctx.history.show();
};
