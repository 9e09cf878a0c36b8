import type * as vscode from 'vscode';
import type { CareerplanServer } from '../languageClient';
import type { PlanModels } from '../model/planModels';
import type { ReportPanel } from '../report/panel';
import type { HistoryView } from '../views/history';

/** What a command factory gets: the extension's shared services. */
export interface CommandContext {
  extension: vscode.ExtensionContext;
  server: CareerplanServer;
  models: PlanModels;
  history: HistoryView;
  /** The one report panel (`careerplan.showReport`, `careerplan.saveReport`). */
  report: ReportPanel;
}

/** A command's implementation, created once per activation from the shared services. */
export type CommandFactory = (ctx: CommandContext) => (...args: unknown[]) => unknown;
