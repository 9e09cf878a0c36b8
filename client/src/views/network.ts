import * as vscode from 'vscode';
import type { ContactView, PlanView } from '../../../server/src/lsp/protocol';
import { groupNodes, type GroupSpec, type PlanNode } from './nodes';
import { PlanTreeProvider } from './planTree';

/**
 * `careerplan.network`: the contacts of `network` grouped by their next contact date (the
 * core's): due (the date has passed), this month (by the end of today's calendar month), later,
 * and none. Empty groups are left out; within a group, the earliest date first.
 */
export class NetworkProvider extends PlanTreeProvider {
  protected content(view: PlanView): PlanNode[] {
    const contacts = [...view.contacts].sort(byNextContact);
    const monthEnd = `${view.today.slice(0, 7)}-31`;
    const dated = contacts.filter((c) => c.nextContact !== null && !c.due);
    const groups: Array<GroupSpec<ContactView>> = [
      { key: 'due', label: vscode.l10n.t('Due'), icon: 'bell-dot', color: 'list.warningForeground', items: contacts.filter((c) => c.due) },
      { key: 'month', label: vscode.l10n.t('This month'), icon: 'calendar', items: dated.filter((c) => c.nextContact! <= monthEnd) },
      { key: 'later', label: vscode.l10n.t('Later'), icon: 'milestone', items: dated.filter((c) => c.nextContact! > monthEnd) },
      { key: 'none', label: vscode.l10n.t('No next contact'), icon: 'question', items: contacts.filter((c) => c.nextContact === null) },
    ];
    return groupNodes(view.uri, groups, (contact) => ({ kind: 'contact', uri: view.uri, contact, today: view.today }));
  }

  protected override badge(view: PlanView): vscode.ViewBadge | undefined {
    const due = view.contacts.filter((c) => c.due).length;
    if (!due) return undefined;
    return { value: due, tooltip: due === 1 ? vscode.l10n.t('1 contact due') : vscode.l10n.t('{0} contacts due', due) };
  }
}

/** Earliest next contact first; none last; then by name so the order is stable. */
function byNextContact(a: ContactView, b: ContactView): number {
  const da = a.nextContact ?? '\uffff';
  const db = b.nextContact ?? '\uffff';
  return da < db ? -1 : da > db ? 1 : (a.name ?? a.id).localeCompare(b.name ?? b.id);
}
