import * as vscode from 'vscode';
import type { PlanView } from '../../../server/src/lsp/protocol';
import type { PlanModels } from '../model/planModels';
import { planFileName } from './describe';
import { toTreeItem, type PlanNode } from './nodes';

/**
 * A tree view of the plan the views follow, followed by one collapsed node per other plan of the
 * workspace (expanding one shows the same items for that plan). Subclasses only say which items
 * a plan's view model gives; everything comes from the server's `careerplan/planModel`.
 */
export abstract class PlanTreeProvider implements vscode.TreeDataProvider<PlanNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<PlanNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private treeView: vscode.TreeView<PlanNode> | undefined;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(readonly viewId: string, protected readonly models: PlanModels) {
    this.disposables.push(models.onDidChange(() => this.refresh()));
  }

  /** The top-level items of one plan. */
  protected abstract content(view: PlanView): PlanNode[];

  /** Optional: what the view's badge shows for the followed plan. */
  protected badge(_view: PlanView): vscode.ViewBadge | undefined {
    return undefined;
  }

  attach(treeView: vscode.TreeView<PlanNode>): void {
    this.treeView = treeView;
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  getTreeItem(node: PlanNode): vscode.TreeItem {
    return toTreeItem(this.viewId, node);
  }

  async getChildren(node?: PlanNode): Promise<PlanNode[]> {
    if (!node) return this.roots();
    switch (node.kind) {
      case 'group':
      case 'plan':
        return node.children;
      case 'planFile': {
        const view = await this.models.model(node.uri);
        return view ? this.withNotices(view) : [unavailable(node.uri)];
      }
      default:
        return [];
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private async roots(): Promise<PlanNode[]> {
    const { focus, others } = await this.models.focus();
    const view = focus ? await this.models.model(focus.uri) : null;
    this.describe(focus?.uri, view);
    const own = view ? this.withNotices(view) : focus ? [unavailable(focus.uri)] : [];
    // Nothing at all lets the view's welcome content show.
    if (!own.length && !others.length) return [];
    return [...own, ...others.map((entry): PlanNode => ({ kind: 'planFile', uri: entry.uri, entry }))];
  }

  private withNotices(view: PlanView): PlanNode[] {
    const content = this.content(view);
    if (!view.hasSyntaxErrors) return content;
    return [
      {
        kind: 'notice',
        uri: view.uri,
        key: 'syntax',
        label: vscode.l10n.t('The plan has syntax errors'),
        tooltip: vscode.l10n.t('Showing what could be read. Fix the errors listed in the Problems panel; edits are refused until then.'),
        icon: 'error',
      },
      ...content,
    ];
  }

  private describe(uri: string | undefined, view: PlanView | null): void {
    if (!this.treeView) return;
    this.treeView.description = uri ? planFileName(uri) : undefined;
    this.treeView.badge = view ? this.badge(view) : undefined;
  }
}

function unavailable(uri: string): PlanNode {
  return {
    kind: 'notice',
    uri,
    key: 'unavailable',
    label: vscode.l10n.t('Not analysed yet'),
    tooltip: vscode.l10n.t('The language server has not analysed this plan yet. Open it, or wait for the workspace index.'),
    icon: 'loading~spin',
  };
}
