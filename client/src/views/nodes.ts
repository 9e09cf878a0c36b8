import * as vscode from 'vscode';
import type { IsoDate } from '../../../server/src/core/dates';
import type { ActionView, BackupPlanReadiness, ContactView, ExperimentView, PlanSummaryView, SkillGapView } from '../../../server/src/lsp/protocol';
import type { Range as LspRange } from 'vscode-languageserver-protocol';
import type { PlanEntry } from '../model/planModels';
import { contactItem } from './contactItem';
import { actionDescription, experimentDescription, md, planFileName, statusLabel } from './describe';
import { criteriaMarkdown } from './readiness';

/**
 * The elements of the three plan views. Every element carries the plan's `uri`, so commands
 * invoked on an item (menus pass the element) know which file to change.
 */
export type PlanNode =
  | { kind: 'group'; uri: string; key: string; label: string; icon: string; color?: string; description?: string; children: PlanNode[] }
  | { kind: 'action'; uri: string; action: ActionView; today: IsoDate; waitingOn?: string[] }
  | { kind: 'plan'; uri: string; plan: PlanSummaryView; children: PlanNode[]; readiness?: BackupPlanReadiness }
  | { kind: 'contact'; uri: string; contact: ContactView; today: IsoDate }
  | { kind: 'experiment'; uri: string; planId: string; experiment: ExperimentView }
  | { kind: 'skillGap'; uri: string; gap: SkillGapView }
  | { kind: 'planFile'; uri: string; entry: PlanEntry }
  | { kind: 'notice'; uri: string; key: string; label: string; tooltip: string; icon: string };

/** A group of a view before it becomes a node: its items, and how it looks. */
export interface GroupSpec<T> {
  key: string;
  label: string;
  icon: string;
  color?: string;
  items: T[];
}

/** The non-empty groups as group nodes, each item made a node by `child`. */
export function groupNodes<T>(uri: string, groups: Array<GroupSpec<T>>, child: (item: T) => PlanNode): PlanNode[] {
  return groups
    .filter((g) => g.items.length)
    .map((g): PlanNode => ({ kind: 'group', uri, key: g.key, label: g.label, icon: g.icon, color: g.color, children: g.items.map(child) }));
}

/** The command a click on an item runs: reveal its range in the plan. */
export const REVEAL_COMMAND = 'careerplan.reveal';

function reveal(uri: string, range: LspRange | undefined): vscode.Command {
  return { command: REVEAL_COMMAND, title: vscode.l10n.t('Show in plan'), arguments: [uri, range] };
}

function icon(id: string, color?: string): vscode.ThemeIcon {
  return new vscode.ThemeIcon(id, color ? new vscode.ThemeColor(color) : undefined);
}

export function actionIcon(action: ActionView): vscode.ThemeIcon {
  if (action.overdue) return icon('warning', 'list.warningForeground');
  switch (action.status) {
    case 'done': return icon('pass', 'testing.iconPassed');
    case 'dropped': return icon('circle-slash');
    case 'blocked': return icon('debug-pause');
    case 'doing': return icon('play-circle');
    default: return icon('circle-large-outline');
  }
}

function actionContext(action: ActionView): string {
  if (action.status === 'done') return 'careerplan.action.done';
  if (action.status === 'dropped') return 'careerplan.action.dropped';
  return 'careerplan.action.open';
}

/** A stable id per element, so expansion and selection survive a refresh. */
export function nodeId(view: string, node: PlanNode): string {
  const base = `${view}|${node.uri}|${node.kind}`;
  switch (node.kind) {
    case 'group': return `${base}|${node.key}`;
    case 'action': return `${base}|${node.action.id}`;
    case 'plan': return `${base}|${node.plan.id}`;
    case 'experiment': return `${base}|${node.planId}|${node.experiment.id}`;
    case 'skillGap': return `${base}|${node.gap.plan}|${node.gap.skill}`;
    case 'contact': return `${base}|${node.contact.id}`;
    case 'planFile': return base;
    case 'notice': return `${base}|${node.key}`;
  }
}

export function toTreeItem(view: string, node: PlanNode): vscode.TreeItem {
  const item = build(node);
  item.id = nodeId(view, node);
  return item;
}

function build(node: PlanNode): vscode.TreeItem {
  switch (node.kind) {
    case 'group': {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = icon(node.icon, node.color);
      item.description = node.description ?? String(node.children.length);
      item.contextValue = 'careerplan.group';
      return item;
    }
    case 'action': {
      const { action } = node;
      const due = actionDescription(action, node.today);
      return entryItem(action.do ?? action.id, vscode.TreeItemCollapsibleState.None, {
        description: node.waitingOn?.length ? `${vscode.l10n.t('waiting on {0}', node.waitingOn.join(', '))} · ${due}` : due,
        iconPath: actionIcon(action),
        contextValue: actionContext(action),
        tooltip: actionTooltip(action, node.today, node.waitingOn),
        command: reveal(node.uri, action.selectionRange),
      });
    }
    case 'plan': {
      const { plan, readiness } = node;
      const done = `${plan.actions.done}/${plan.actions.total}`;
      return entryItem(plan.title ?? plan.id, node.children.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None, {
        description: readiness ? `${vscode.l10n.t('readiness {0}%', readiness.readiness)} · ${done}` : done,
        iconPath: icon(plan.kind === 'primary' ? 'star-full' : 'git-branch'),
        contextValue: readiness ? 'careerplan.plan.backup' : 'careerplan.plan',
        tooltip: planTooltip(plan, readiness),
        command: reveal(node.uri, plan.selectionRange),
      });
    }
    case 'experiment': {
      const { experiment } = node;
      return entryItem(experiment.id, vscode.TreeItemCollapsibleState.None, {
        description: experimentDescription(experiment),
        iconPath: icon(experiment.status === 'done' ? 'beaker' : experiment.status === 'abandoned' ? 'circle-slash' : 'beaker', experiment.status === 'running' ? 'charts.blue' : undefined),
        contextValue: 'careerplan.experiment',
        tooltip: experimentTooltip(experiment),
        command: reveal(node.uri, experiment.selectionRange),
      });
    }
    case 'skillGap': {
      const { gap } = node;
      const { closing } = gap;
      const closingText = closing
        ? vscode.l10n.t('closed by {0}', closing.id) + (closing.date ? ` (${closing.date})` : '')
        : vscode.l10n.t('no action');
      return entryItem(gap.skill, vscode.TreeItemCollapsibleState.None, {
        description: `${vscode.l10n.t('{0} of {1}', gap.have, gap.need)} · ${closingText}`,
        iconPath: closing ? icon('mortar-board') : icon('warning', 'list.warningForeground'),
        contextValue: 'careerplan.skillGap',
        tooltip: skillGapTooltip(gap),
        command: reveal(node.uri, gap.range),
      });
    }
    case 'contact':
      return contactItem(node.contact, node.today, reveal(node.uri, node.contact.selectionRange));
    case 'planFile': {
      const { entry } = node;
      const item = new vscode.TreeItem(planFileName(entry.uri), vscode.TreeItemCollapsibleState.Collapsed);
      item.resourceUri = vscode.Uri.parse(entry.uri);
      const parts: string[] = [];
      if (entry.owner) parts.push(entry.owner);
      if (entry.overdueCount) parts.push(vscode.l10n.t('{0} overdue', entry.overdueCount));
      if (entry.reviewDue) parts.push(vscode.l10n.t('review due'));
      item.description = parts.join(' · ');
      item.iconPath = icon('file');
      item.contextValue = 'careerplan.planFile';
      item.tooltip = new vscode.MarkdownString(`${md(vscode.workspace.asRelativePath(item.resourceUri))}\n\n${md(vscode.l10n.t('Another plan in this workspace. Expand it to see its items, or open it to make the views follow it.'))}`);
      return item;
    }
    case 'notice': {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      item.iconPath = icon(node.icon);
      item.tooltip = node.tooltip;
      item.contextValue = 'careerplan.notice';
      return item;
    }
  }
}

/** An item that stands for an entry of the plan: what it shows, and the reveal a click runs. */
function entryItem(label: string, state: vscode.TreeItemCollapsibleState, shown: Pick<vscode.TreeItem, 'description' | 'iconPath' | 'contextValue' | 'tooltip' | 'command'>): vscode.TreeItem {
  return Object.assign(new vscode.TreeItem(label, state), shown);
}

function planTooltip(plan: PlanSummaryView, readiness: BackupPlanReadiness | undefined): vscode.MarkdownString {
  const tip = new vscode.MarkdownString();
  tip.appendMarkdown(`**${md(plan.title ?? plan.id)}** \`${plan.id}\`\n\n`);
  tip.appendMarkdown(`${md(plan.kind === 'primary' ? vscode.l10n.t('Primary plan') : plan.kind === 'backup' ? vscode.l10n.t('Backup plan') : vscode.l10n.t('Plan'))}`);
  if (plan.model) tip.appendMarkdown(` · ${md(plan.model)}`);
  tip.appendMarkdown(`\n\n${md(vscode.l10n.t('{0} of {1} actions done', plan.actions.done, plan.actions.total))}`);
  tip.appendMarkdown(`\n\n${md(vscode.l10n.t('{0} experiments', plan.experiments.length))}`);
  if (plan.nextAction) tip.appendMarkdown(`\n\n${md(vscode.l10n.t('Next action: {0}', plan.nextAction))}`);
  if (readiness) tip.appendMarkdown(`\n\n**${md(vscode.l10n.t('Readiness {0}%', readiness.readiness))}**\n\n${criteriaMarkdown(readiness)}`);
  return tip;
}

function experimentTooltip(experiment: ExperimentView): vscode.MarkdownString {
  const tip = new vscode.MarkdownString();
  tip.appendMarkdown(`**${md(experiment.id)}**${experiment.kind ? ` · ${md(experiment.kind)}` : ''}\n\n${md(experimentDescription(experiment))}`);
  if (experiment.interest === null && experiment.status === 'done') tip.appendMarkdown(`\n\n${md(vscode.l10n.t('Not rated yet: record your interest (1–5) and what you learned.'))}`);
  return tip;
}

function skillGapTooltip(gap: SkillGapView): vscode.MarkdownString {
  const { closing } = gap;
  const tip = new vscode.MarkdownString();
  tip.appendMarkdown(md(vscode.l10n.t('Plan "{0}" needs {1} at level {2}; you have {3}.', gap.plan, gap.skill, gap.need, gap.have)));
  tip.appendMarkdown('\n\n');
  tip.appendMarkdown(md(
    closing?.kind === 'action' ? vscode.l10n.t('Action "{0}" develops it.', closing.id)
      : closing ? vscode.l10n.t('Experiment "{0}" develops it.', closing.id)
        : vscode.l10n.t('Nothing dated develops it yet: add an action with a due date.'),
  ));
  return tip;
}

function actionTooltip(action: ActionView, today: IsoDate, waitingOn?: string[]): vscode.MarkdownString {
  const tip = new vscode.MarkdownString();
  tip.appendMarkdown(`**${md(action.do ?? action.id)}** \`${action.id}\`\n\n`);
  tip.appendMarkdown(md(`${statusLabel(action.status)} · ${actionDescription(action, today)}`));
  if (waitingOn?.length) tip.appendMarkdown(`\n\n${md(vscode.l10n.t('Waits until these are finished: {0}', waitingOn.join(', ')))}`);
  const links: string[] = [];
  if (action.plan) links.push(vscode.l10n.t('plan: {0}', action.plan));
  if (action.goal) links.push(vscode.l10n.t('goal: {0}', action.goal));
  if (action.phase !== null) links.push(vscode.l10n.t('phase {0}', action.phase));
  if (links.length) tip.appendMarkdown(`\n\n${md(links.join(' · '))}`);
  return tip;
}
