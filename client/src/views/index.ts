import * as vscode from 'vscode';
import type { PlanModels } from '../model/planModels';
import { NetworkProvider } from './network';
import { NextActionsProvider } from './nextActions';
import type { PlanNode } from './nodes';
import { PlansProvider } from './plans';
import { SkillGapsProvider } from './skillGaps';
import type { PlanTreeProvider } from './planTree';

export interface PlanViews {
  providers: PlanTreeProvider[];
  refresh(): void;
}

/**
 * The activity-bar views. The context key `careerplan.workspace` (`loading`, `empty`, `ready`)
 * picks the welcome content and gates palette entries that need a plan.
 */
export function registerViews(context: vscode.ExtensionContext, models: PlanModels): PlanViews {
  const providers: PlanTreeProvider[] = [
    new NextActionsProvider('careerplan.nextActions', models),
    new PlansProvider('careerplan.plans', models),
    new SkillGapsProvider('careerplan.skillGaps', models),
    new NetworkProvider('careerplan.network', models),
  ];
  for (const provider of providers) {
    const treeView = vscode.window.createTreeView<PlanNode>(provider.viewId, { treeDataProvider: provider, showCollapseAll: true });
    provider.attach(treeView);
    context.subscriptions.push(provider, treeView);
  }
  const updateWorkspaceState = async () => {
    const { focus, complete } = await models.focus();
    const state = focus ? 'ready' : complete ? 'empty' : 'loading';
    await vscode.commands.executeCommand('setContext', 'careerplan.workspace', state);
  };
  void updateWorkspaceState();
  context.subscriptions.push(models.onDidChange(() => void updateWorkspaceState()));
  return { providers, refresh: () => models.invalidate() };
}
