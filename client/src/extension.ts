import type * as vscode from 'vscode';
import { registerCalendarExportOnSave } from './calendar/calendarTarget';
import { registerCommands } from './commands';
import { registerPlanVersions } from './history/planVersions';
import { CareerplanServer, registerLanguageClient } from './languageClient';
import { PlanModels } from './model/planModels';
import { ReportPanel } from './report/panel';
import { registerReviewPrompt } from './reviewPrompt';
import { registerStatusBar } from './statusBar';
import { registerViews } from './views';
import { registerHistoryView } from './views/history';
import { registerWorkspaceTrust } from './workspaceTrust';

/** Kept so that `deactivate` can wait for the server to shut down cleanly. */
let server: CareerplanServer | undefined;

export function activate(context: vscode.ExtensionContext): void {
  server = new CareerplanServer(context);
  const models = new PlanModels(server);
  context.subscriptions.push(models);

  registerLanguageClient(context, server);
  registerViews(context, models);
  const history = registerHistoryView(context, server, models);
  registerPlanVersions(context, server);
  registerWorkspaceTrust(context, server, () => history.reload());
  registerStatusBar(context, models);
  const report = new ReportPanel(server);
  context.subscriptions.push(report);
  registerCommands(context, { extension: context, server, models, history, report });
  registerReviewPrompt(context, server, models);
  registerCalendarExportOnSave(context, server);
}

export async function deactivate(): Promise<void> {
  await server?.dispose();
  server = undefined;
}
