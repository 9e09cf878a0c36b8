import * as vscode from 'vscode';
import { CalendarRequest } from '../../../server/src/lsp/protocol';
import type { CareerplanServer } from '../languageClient';
import { planFileName } from '../views/describe';

/** Where the last calendar export of this workspace went, and which plans it held. */
export interface CalendarTarget {
  uris: string[];
  target: string;
}

const STATE_KEY = 'careerplan.calendar.lastExport';

export function rememberedTarget(state: vscode.Memento): CalendarTarget | undefined {
  const saved = state.get<CalendarTarget>(STATE_KEY);
  return saved && Array.isArray(saved.uris) && typeof saved.target === 'string' ? saved : undefined;
}

export function rememberTarget(state: vscode.Memento, target: CalendarTarget): Thenable<void> {
  return state.update(STATE_KEY, target);
}

/**
 * Asks the server for the `.ics` of the plans (open documents with their unsaved text) and writes
 * it to the target. Returns the number of events and the plans left out.
 */
export async function writeCalendar(server: CareerplanServer, target: CalendarTarget): Promise<CalendarRequest.Result> {
  const result = await server.request(CalendarRequest.type, { uris: target.uris });
  await vscode.workspace.fs.writeFile(vscode.Uri.parse(target.target), new TextEncoder().encode(result.ics));
  return result;
}

/** Names the plans an export left out, once, as a warning. */
export function warnSkipped(result: CalendarRequest.Result): void {
  if (!result.skipped.length) return;
  const names = result.skipped.map((s) => planFileName(s.uri)).join(', ');
  void vscode.window.showWarningMessage(vscode.l10n.t('Left out of the calendar because they have syntax errors or cannot be read: {0}', names));
}

/**
 * `careerplan.calendar.exportOnSave` (opt-in): saving a plan that the last export held writes
 * that export again to the same file, so the calendar that subscribes to it stays current.
 */
export function registerCalendarExportOnSave(context: vscode.ExtensionContext, server: CareerplanServer): void {
  context.subscriptions.push(
    vscode.workspace.onDidSaveTextDocument(async (document) => {
      if (!vscode.workspace.getConfiguration('careerplan', document.uri).get<boolean>('calendar.exportOnSave', false)) return;
      const target = rememberedTarget(context.workspaceState);
      if (!target || !target.uris.includes(document.uri.toString())) return;
      try {
        warnSkipped(await writeCalendar(server, target));
        vscode.window.setStatusBarMessage(vscode.l10n.t('Calendar exported again to {0}', vscode.workspace.asRelativePath(vscode.Uri.parse(target.target))), 5000);
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The calendar could not be exported again: {0}', error instanceof Error ? error.message : String(error)));
      }
    }),
  );
}
