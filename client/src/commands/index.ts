import * as vscode from 'vscode';
import { ClientCommands } from '../../../server/src/lsp/protocol';
import { compareWithWorkingCopy } from './compareWithWorkingCopy';
import type { CommandContext, CommandFactory } from './context';
import { exportCalendar } from './exportCalendar';
import { logContact } from './logContact';
import { markDone } from './markDone';
import { newPlan } from './newPlan';
import { openPlan } from './openPlan';
import { refreshViews } from './refreshViews';
import { restartServer } from './restartServer';
import { saveReport } from './saveReport';
import { reveal } from './reveal';
import { showHistory } from './showHistory';
import { showOutput } from './showOutput';
import { showReport } from './showReport';
import { showReadiness } from './showReadiness';
import { showTimeline } from './showTimeline';
import { snooze } from './snooze';
import { startReview } from './startReview';

export type { CommandContext, CommandFactory } from './context';

/**
 * Every command of the extension, by id; the ones the server names (lenses, code actions) are
 * declared in the protocol module. The manifest's `contributes.commands` lists the ones
 * users see; `careerplan.reveal` is internal (view items run it).
 */
export function createCommands(): Record<string, CommandFactory> {
  return {
    'careerplan.newPlan': newPlan,
    [ClientCommands.markDone]: markDone,
    [ClientCommands.snooze]: snooze,
    [ClientCommands.startReview]: startReview,
    'careerplan.showHistory': showHistory,
    'careerplan.compareWithWorkingCopy': compareWithWorkingCopy,
    'careerplan.showTimeline': showTimeline,
    'careerplan.exportCalendar': exportCalendar,
    'careerplan.refreshViews': refreshViews,
    'careerplan.openPlan': openPlan,
    'careerplan.restartServer': restartServer,
    'careerplan.showOutput': showOutput,
    'careerplan.reveal': reveal,
    'careerplan.showReadiness': showReadiness,
    'careerplan.logContact': logContact,
    'careerplan.showReport': showReport,
    'careerplan.saveReport': saveReport,
  };
}

export function registerCommands(context: vscode.ExtensionContext, ctx: CommandContext): void {
  for (const [id, factory] of Object.entries(createCommands())) {
    const run = factory(ctx);
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          return await run(...args);
        } catch (error) {
          ctx.server.output.error(`${id}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
          void vscode.window.showErrorMessage(vscode.l10n.t('Career Plan: {0} failed: {1}', id, error instanceof Error ? error.message : String(error)));
          return undefined;
        }
      }),
    );
  }
}
