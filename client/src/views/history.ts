import * as vscode from 'vscode';
import { WorkDoneProgress } from 'vscode-languageserver-protocol';
import { ChangesSinceReviewRequest, HistoryRequest, type GitUnavailable } from '../../../server/src/lsp/protocol';
import { changeLines, changeSummary, unavailableText } from '../history/describeChanges';
import type { CareerplanServer } from '../languageClient';
import type { PlanModels } from '../model/planModels';
import { md, planFileName } from './describe';

type Since = Extract<ChangesSinceReviewRequest.Result, { kind: 'ok' }>;

/** The elements of the History view; commits carry the plan's uri for "Compare with working copy". */
export type HistoryNode =
  | { kind: 'commit'; uri: string; row: HistoryRequest.Row }
  | { kind: 'since'; uri: string; since: Since }
  | { kind: 'change'; uri: string; key: string; label: string; description: string; icon: string }
  | { kind: 'message'; uri: string; key: string; label: string; tooltip: string; icon: string; command?: vscode.Command };

interface Loaded {
  uri: string;
  history: HistoryRequest.Result;
  since: ChangesSinceReviewRequest.Result | null;
}

export const HISTORY_VIEW = 'careerplan.history';

/**
 * The git history of the plan the other views follow: "what changed since the last review",
 * then every commit that touched the plan with the progress at it. The language server runs git
 * (and caches every version it has read), so a second look costs one `git log`. It reloads when
 * the followed plan changes, when it is saved, when the workspace becomes trusted, and on demand.
 */
export class HistoryView implements vscode.TreeDataProvider<HistoryNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<HistoryNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private loaded: Promise<Loaded | null> | undefined;
  private followed: string | undefined;
  private treeView: vscode.TreeView<HistoryNode> | undefined;
  private tokens = 0;

  constructor(
    private readonly server: CareerplanServer,
    private readonly models: PlanModels,
  ) {
    this.disposables.push(
      models.onDidChange(() => void this.followFocus()),
      server.onDidRestart(() => this.reload()),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document.uri.toString() === this.followed) this.reload();
      }),
    );
  }

  attach(treeView: vscode.TreeView<HistoryNode>): void {
    this.treeView = treeView;
  }

  /** Forgets what was read and asks again (the server's cache keeps it cheap). */
  reload(): void {
    this.loaded = undefined;
    this.changed.fire(undefined);
  }

  /** The history of the plan the views follow, read now (for `careerplan.showHistory`). */
  async show(): Promise<void> {
    this.reload();
    await this.load();
  }

  getTreeItem(node: HistoryNode): vscode.TreeItem {
    const item = build(node);
    item.id = nodeId(node);
    return item;
  }

  async getChildren(node?: HistoryNode): Promise<HistoryNode[]> {
    if (node?.kind === 'since') return sinceChildren(node.uri, node.since);
    if (node) return [];
    const loaded = await this.load();
    if (this.treeView) this.treeView.description = loaded ? planFileName(loaded.uri) : undefined;
    return loaded ? roots(loaded) : [];
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private async followFocus(): Promise<void> {
    const { focus } = await this.models.focus();
    if (focus?.uri === this.followed) return;
    this.followed = focus?.uri;
    this.reload();
  }

  private load(): Promise<Loaded | null> {
    this.loaded ??= this.read().catch((error) => {
      this.server.output.warn(`${HistoryRequest.method}: ${String(error)}`);
      this.loaded = undefined;
      return null;
    });
    return this.loaded;
  }

  private async read(): Promise<Loaded | null> {
    const { focus } = await this.models.focus();
    this.followed = focus?.uri;
    if (!focus) return null;
    const uri = focus.uri;
    return vscode.window.withProgress({ location: { viewId: HISTORY_VIEW }, title: vscode.l10n.t('Reading the plan history') }, async (progress) => {
      const client = await this.server.start();
      const token = `careerplan-history-${++this.tokens}`;
      const listening = client.onProgress(WorkDoneProgress.type, token, (value) => {
        if (value.kind !== 'end' && value.message) progress.report({ message: value.message });
      });
      try {
        const history = await client.sendRequest(HistoryRequest.type, { uri, workDoneToken: token });
        // The history has just filled the server's cache: the comparison reads no version again.
        const since = history.kind === 'ok' && history.rows.length ? await client.sendRequest(ChangesSinceReviewRequest.type, { uri }) : null;
        return { uri, history, since };
      } finally {
        listening.dispose();
      }
    });
  }
}

export function registerHistoryView(context: vscode.ExtensionContext, server: CareerplanServer, models: PlanModels): HistoryView {
  const view = new HistoryView(server, models);
  const treeView = vscode.window.createTreeView<HistoryNode>(HISTORY_VIEW, { treeDataProvider: view, showCollapseAll: false });
  view.attach(treeView);
  context.subscriptions.push(view, treeView);
  return view;
}

function roots(loaded: Loaded): HistoryNode[] {
  const { uri, history, since } = loaded;
  if (history.kind !== 'ok') return [unavailable(uri, history)];
  if (!history.rows.length) {
    return [{
      kind: 'message',
      uri,
      key: 'no-commits',
      label: vscode.l10n.t('No commit of this plan yet'),
      tooltip: vscode.l10n.t('The plan is in a git repository but has not been committed. Commit it, and each commit shows here with the progress at that point.'),
      icon: 'info',
    }];
  }
  const nodes: HistoryNode[] = [];
  if (since?.kind === 'ok') nodes.push({ kind: 'since', uri, since });
  for (const row of history.rows) nodes.push({ kind: 'commit', uri, row });
  return nodes;
}

function unavailable(uri: string, reason: GitUnavailable): HistoryNode {
  const text = unavailableText(reason);
  const command: vscode.Command | undefined = reason.kind === 'untrusted' ? { command: 'workbench.trust.manage', title: vscode.l10n.t('Manage Workspace Trust') } : undefined;
  return { kind: 'message', uri, key: reason.kind, label: text.label, tooltip: text.detail, icon: text.icon, command };
}

function sinceChildren(uri: string, since: Since): HistoryNode[] {
  const lines = changeLines(since.changes);
  if (!lines.length) return [{ kind: 'change', uri, key: 'none', label: vscode.l10n.t('Nothing marked done, raised or finished since then'), description: '', icon: 'circle-outline' }];
  const icons = { actions: 'pass', skills: 'arrow-up', experiments: 'beaker' } as const;
  return lines.map((line) => ({ kind: 'change', uri, key: line.kind, label: line.label, description: line.items, icon: icons[line.kind] }));
}

function nodeId(node: HistoryNode): string {
  const base = `${HISTORY_VIEW}|${node.uri}|${node.kind}`;
  switch (node.kind) {
    case 'commit': return `${base}|${node.row.commit}`;
    case 'since': return base;
    case 'change':
    case 'message': return `${base}|${node.key}`;
  }
}

function build(node: HistoryNode): vscode.TreeItem {
  switch (node.kind) {
    case 'commit': {
      const { row } = node;
      const item = new vscode.TreeItem(row.message || row.commit.slice(0, 7), vscode.TreeItemCollapsibleState.None);
      const parts = [row.date.slice(0, 10), row.author, vscode.l10n.t('{0}/{1} done', row.actionsDone, row.actionsTotal)];
      if (row.skillsRaised.length) parts.push(row.skillsRaised.map((s) => `${s.id} ↑${s.to}`).join(' '));
      item.description = parts.join(' · ');
      item.iconPath = new vscode.ThemeIcon(row.blob ? 'git-commit' : 'trash');
      item.contextValue = row.blob ? 'careerplan.commit' : 'careerplan.commit.deleted';
      const tip = new vscode.MarkdownString();
      tip.appendMarkdown(`**${md(row.message)}**\n\n`);
      tip.appendMarkdown(`\`${row.commit.slice(0, 10)}\` · ${md(row.author)} · ${md(row.date.replace('T', ' '))}\n\n`);
      tip.appendMarkdown(md(vscode.l10n.t('{0} of {1} actions done at this commit', row.actionsDone, row.actionsTotal)));
      if (row.skillsRaised.length) tip.appendMarkdown(`\n\n${md(vscode.l10n.t('Skills raised: {0}', row.skillsRaised.map((s) => `${s.id} ${s.from} → ${s.to}`).join(', ')))}`);
      if (row.change === 'R') tip.appendMarkdown(`\n\n${md(vscode.l10n.t('Renamed to {0}', row.path))}`);
      if (!row.blob) tip.appendMarkdown(`\n\n${md(vscode.l10n.t('This commit deleted the plan.'))}`);
      if (row.syntaxErrors) tip.appendMarkdown(`\n\n${md(vscode.l10n.t('The plan had syntax errors at this commit: its figures are a best guess.'))}`);
      item.tooltip = tip;
      if (row.blob) item.command = { command: 'careerplan.compareWithWorkingCopy', title: vscode.l10n.t('Compare with Working Copy'), arguments: [node] };
      return item;
    }
    case 'since': {
      const { since } = node;
      const item = new vscode.TreeItem(vscode.l10n.t('What changed since the last review'), vscode.TreeItemCollapsibleState.Expanded);
      const when = since.lastReview ? vscode.l10n.t('since {0}', since.lastReview) : vscode.l10n.t('no review yet');
      item.description = `${when} · ${changeSummary(since.changes)}`;
      item.iconPath = new vscode.ThemeIcon('checklist');
      item.contextValue = 'careerplan.sinceReview';
      item.tooltip = since.base
        ? vscode.l10n.t('The working copy compared with commit {0} ({1}), the last one at or before the review; {2} commits since.', since.base.commit.slice(0, 7), since.base.date.slice(0, 10), since.commits)
        : vscode.l10n.t('No review is recorded before the plan\'s history: everything done so far counts.');
      return item;
    }
    case 'change': {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      item.description = node.description;
      item.tooltip = node.description || node.label;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.contextValue = 'careerplan.change';
      return item;
    }
    case 'message': {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      item.tooltip = node.tooltip;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.contextValue = 'careerplan.historyMessage';
      item.command = node.command;
      return item;
    }
  }
}
