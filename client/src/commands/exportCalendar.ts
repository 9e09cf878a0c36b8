import * as vscode from 'vscode';
import { CalendarRequest } from '../../../server/src/lsp/protocol';
import { resolvePlanUri } from '../model/planTarget';
import { planFileName } from '../views/describe';
import type { CommandFactory } from './context';

/**
 * `careerplan.exportCalendar`: an iCalendar file of the open dated actions and next-contact
 * dates, of the plan (or, when the workspace has several, of all of them if the user says so),
 * written where the user chooses. The server builds it, with the same event UIDs as
 * `careerplan calendar`, so a re-import updates the events.
 */
export const exportCalendar: CommandFactory = (ctx) => async (arg) => {
  const uri = await resolvePlanUri(arg, ctx.models);
  if (!uri) return;
  const { plans } = await ctx.models.list();
  const others = plans.filter((p) => p.uri !== uri);
  let uris = [uri];
  if (others.length && arg === undefined) {
    type Item = vscode.QuickPickItem & { uris: string[] };
    const items: Item[] = [
      { label: vscode.l10n.t('This plan'), description: planFileName(uri), uris: [uri] },
      { label: vscode.l10n.t('All plans in the workspace'), description: vscode.l10n.t('{0} plans', others.length + 1), uris: [uri, ...others.map((p) => p.uri)] },
    ];
    const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Which plans go into the calendar?') });
    if (!picked) return;
    uris = picked.uris;
  }

  const plan = vscode.Uri.parse(uri);
  const name = uris.length === 1 ? planFileName(uri).replace(/\.careerplan\.ya?ml$/, '') : 'career-plans';
  const folder = plan.scheme === 'file' ? vscode.Uri.joinPath(plan, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, `${name}.ics`) : undefined,
    filters: { [vscode.l10n.t('iCalendar')]: ['ics'] },
    title: vscode.l10n.t('Export the calendar'),
  });
  if (!target) return;

  // Open documents are read with their unsaved text: what the user sees is what is exported.
  const result = await ctx.server.request(CalendarRequest.type, { uris });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.ics));
  const where = vscode.workspace.asRelativePath(target);
  const message = result.events === 1 ? vscode.l10n.t('Exported 1 event to {0}.', where) : vscode.l10n.t('Exported {0} events to {1}.', result.events, where);
  void vscode.window.showInformationMessage(message);
  if (result.skipped.length) {
    const names = result.skipped.map((s) => planFileName(s.uri)).join(', ');
    void vscode.window.showWarningMessage(vscode.l10n.t('Left out of the calendar because they have syntax errors or cannot be read: {0}', names));
  }
};
