import * as vscode from 'vscode';
import { rememberedTarget, rememberTarget, warnSkipped, writeCalendar } from '../calendar/calendarTarget';
import { resolvePlanUri } from '../model/planTarget';
import { planFileName } from '../views/describe';
import type { CommandFactory } from './context';

/**
 * `careerplan.exportCalendar`: an iCalendar file of the plan's dates (actions, contacts, the next
 * review, goals, experiment ends), of the plan (or, when the workspace has several, of all of them
 * if the user says so), written where the user chooses; the last target is remembered (offered
 * again, and re-exported on save with `careerplan.calendar.exportOnSave`). The server builds it,
 * with the same event UIDs as `careerplan calendar`, so a re-import updates the events.
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

  // The last target of the same plans is offered again, so a re-export replaces that file.
  const remembered = rememberedTarget(ctx.extension.workspaceState);
  const same = remembered && remembered.uris.length === uris.length && uris.every((u) => remembered.uris.includes(u)) ? remembered : undefined;
  const plan = vscode.Uri.parse(uri);
  const name = uris.length === 1 ? planFileName(uri).replace(/\.careerplan\.ya?ml$/, '') : 'career-plans';
  const folder = plan.scheme === 'file' ? vscode.Uri.joinPath(plan, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    defaultUri: same ? vscode.Uri.parse(same.target) : folder ? vscode.Uri.joinPath(folder, `${name}.ics`) : undefined,
    filters: { [vscode.l10n.t('iCalendar')]: ['ics'] },
    title: vscode.l10n.t('Export the calendar'),
  });
  if (!target) return;

  // Open documents are read with their unsaved text: what the user sees is what is exported.
  const exported = { uris, target: target.toString() };
  const result = await writeCalendar(ctx.server, exported);
  await rememberTarget(ctx.extension.workspaceState, exported);
  const where = vscode.workspace.asRelativePath(target);
  const message = result.events === 1 ? vscode.l10n.t('Exported 1 event to {0}.', where) : vscode.l10n.t('Exported {0} events to {1}.', result.events, where);
  void vscode.window.showInformationMessage(message);
  warnSkipped(result);
};
