import * as vscode from 'vscode';
import type { IsoDate } from '../../../server/src/core/dates';
import type { ContactView } from '../../../server/src/lsp/protocol';
import { md, relativeDue } from './describe';

/** The role as the Network view shows it. */
function roleLabel(role: string): string {
  switch (role) {
    case 'mentor': return vscode.l10n.t('mentor');
    case 'advisor': return vscode.l10n.t('advisor');
    case 'supporter': return vscode.l10n.t('supporter');
    case 'peer': return vscode.l10n.t('peer');
    case 'recruiter': return vscode.l10n.t('recruiter');
    case 'contact': return vscode.l10n.t('contact');
    default: return role;
  }
}

/** `mentor · every 2m · gave 0 · got 3`: who the person is to you, how often you meet, and the balance. */
export function contactDescription(contact: ContactView): string {
  const parts: string[] = [];
  if (contact.role) parts.push(roleLabel(contact.role));
  if (contact.every) parts.push(vscode.l10n.t('every {0}', contact.every));
  parts.push(vscode.l10n.t('gave {0} · got {1}', contact.gave, contact.got));
  return parts.join(' · ');
}

/**
 * A contact of the Network view. Its `contextValue` (`careerplan.contact`) shows the inline
 * "Log contact today" action; a click reveals the contact in the plan.
 */
export function contactItem(contact: ContactView, today: IsoDate, command: vscode.Command): vscode.TreeItem {
  const item = new vscode.TreeItem(contact.name ?? contact.id, vscode.TreeItemCollapsibleState.None);
  item.description = contactDescription(contact);
  item.iconPath = new vscode.ThemeIcon(contact.due ? 'bell-dot' : 'person', contact.due ? new vscode.ThemeColor('list.warningForeground') : undefined);
  item.contextValue = 'careerplan.contact';
  const tip = new vscode.MarkdownString();
  tip.appendMarkdown(`**${md(contact.name ?? contact.id)}** \`${contact.id}\`\n\n${md(contactDescription(contact))}`);
  const next = contact.nextContact
    ? vscode.l10n.t('Next contact: {0} ({1})', contact.nextContact, relativeDue(contact.nextContact, today))
    : vscode.l10n.t('No next contact: set next-contact, or every with a last contact.');
  tip.appendMarkdown(`\n\n${md(next)}`);
  if (contact.lastContact) tip.appendMarkdown(`\n\n${md(vscode.l10n.t('Last contact: {0}', contact.lastContact))}`);
  item.tooltip = tip;
  item.command = command;
  return item;
}
