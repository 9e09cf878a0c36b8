import * as vscode from 'vscode';
import type { ContactView } from '../../../server/src/lsp/protocol';
import { applyPlanEdit } from '../edits/planEdit';
import { contactDescription } from '../views/contactItem';
import type { PlanNode } from '../views/nodes';
import type { CommandContext, CommandFactory } from './context';

async function resolveContact(arg: unknown, ctx: CommandContext): Promise<{ uri: string; contact: ContactView } | undefined> {
  if (typeof arg === 'object' && arg !== null && (arg as PlanNode).kind === 'contact') {
    const node = arg as Extract<PlanNode, { kind: 'contact' }>;
    return { uri: node.uri, contact: node.contact };
  }
  const { focus } = await ctx.models.focus();
  const view = focus ? await ctx.models.model(focus.uri) : null;
  if (!view) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a career plan first.'));
    return undefined;
  }
  if (!view.contacts.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This plan has no contacts under network.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    view.contacts.map((contact) => ({ label: contact.name ?? contact.id, description: contactDescription(contact), contact })),
    { placeHolder: vscode.l10n.t('Whom were you in touch with today?') },
  );
  return picked ? { uri: view.uri, contact: picked.contact } : undefined;
}

/**
 * `careerplan.logContact` ("Log contact today", inline in the Network view): asks what passed
 * between you (the log entry needs a `got` or a `gave`), then the server's core builds one edit of
 * that contact — `last-contact`, a `log` entry, `next-contact` moved by `every` — applied as one
 * undo step.
 */
export const logContact: CommandFactory = (ctx) => async (arg) => {
  const target = await resolveContact(arg, ctx);
  if (!target) return;
  const name = target.contact.name ?? target.contact.id;
  const direction = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('I got something'), description: vscode.l10n.t('advice, an introduction, feedback'), key: 'got' as const },
      { label: vscode.l10n.t('I gave something'), description: vscode.l10n.t('help, an introduction, a thank-you'), key: 'gave' as const },
    ],
    { title: vscode.l10n.t('Log contact with {0} today', name), placeHolder: vscode.l10n.t('What passed between you?') },
  );
  if (!direction) return;
  const text = await vscode.window.showInputBox({
    title: vscode.l10n.t('Log contact with {0} today', name),
    prompt: direction.key === 'got' ? vscode.l10n.t('What did you get from {0}?', name) : vscode.l10n.t('What did you give {0}?', name),
    validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('Write a few words: the log keeps what passed between you.')),
  });
  if (text === undefined) return;
  await applyPlanEdit(ctx.server, { uri: target.uri, actionId: target.contact.id }, { kind: 'logContact', actionId: target.contact.id, note: { [direction.key]: text } });
};
