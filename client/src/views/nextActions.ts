import * as vscode from 'vscode';
import { addDays, compareDueDates } from '../../../server/src/core/dates';
import { isOpenStatus } from '../../../server/src/core/model/types';
import type { ActionView, PlanView } from '../../../server/src/lsp/protocol';
import { groupNodes, type GroupSpec, type PlanNode } from './nodes';
import { PlanTreeProvider } from './planTree';

/**
 * Open actions of a plan by due date, in four groups: overdue, this week (due within the next
 * seven days, today included), later, and no date; then the actions waiting on open ones (SPEC
 * §7, from the core's insights), apart because they cannot start yet, each saying what it waits
 * on. Empty groups are left out.
 */
export class NextActionsProvider extends PlanTreeProvider {
  protected content(view: PlanView): PlanNode[] {
    const waiting = new Map(view.insights.nextActions.filter((n) => n.waitingOn.length).map((n) => [n.id, n.waitingOn]));
    const all = view.actions.filter((a) => isOpenStatus(a.status)).sort((a, b) => compareDueDates(a.due, b.due));
    const open = all.filter((a) => !waiting.has(a.id));
    const weekEnd = addDays(view.today, 6);
    const groups: Array<GroupSpec<ActionView>> = [
      { key: 'overdue', label: vscode.l10n.t('Overdue'), icon: 'warning', color: 'list.warningForeground', items: open.filter((a) => a.overdue) },
      { key: 'week', label: vscode.l10n.t('This week'), icon: 'calendar', items: open.filter((a) => !a.overdue && a.due !== null && a.due <= weekEnd) },
      { key: 'later', label: vscode.l10n.t('Later'), icon: 'milestone', items: open.filter((a) => !a.overdue && a.due !== null && a.due > weekEnd) },
      { key: 'undated', label: vscode.l10n.t('No date'), icon: 'question', items: open.filter((a) => a.due === null) },
      { key: 'waiting', label: vscode.l10n.t('Waiting'), icon: 'debug-pause', items: all.filter((a) => waiting.has(a.id)) },
    ];
    return groupNodes(view.uri, groups, (action) => ({ kind: 'action', uri: view.uri, action, today: view.today, waitingOn: waiting.get(action.id) }));
  }

  protected override badge(view: PlanView): vscode.ViewBadge | undefined {
    if (!view.overdueCount) return undefined;
    return { value: view.overdueCount, tooltip: view.overdueCount === 1 ? vscode.l10n.t('1 overdue action') : vscode.l10n.t('{0} overdue actions', view.overdueCount) };
  }
}
