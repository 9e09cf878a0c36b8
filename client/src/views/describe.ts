import * as vscode from 'vscode';
import { daysBetween, type IsoDate } from '../../../server/src/core/dates';
import type { ActionView, ExperimentView } from '../../../server/src/lsp/protocol';

/** "3 days overdue", "due today", "due in 5 days": how far a due date is from the server's today. */
export function relativeDue(due: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, due);
  if (days < 0) return -days === 1 ? vscode.l10n.t('1 day overdue') : vscode.l10n.t('{0} days overdue', -days);
  if (days === 0) return vscode.l10n.t('due today');
  if (days === 1) return vscode.l10n.t('due tomorrow');
  return vscode.l10n.t('due in {0} days', days);
}

export function actionDescription(action: ActionView, today: IsoDate): string {
  if (action.status === 'done') return action.done ? vscode.l10n.t('done {0}', action.done) : vscode.l10n.t('done');
  if (action.status === 'dropped') return vscode.l10n.t('dropped');
  const parts: string[] = [];
  if (action.due) parts.push(action.due, relativeDue(action.due, today));
  else parts.push(vscode.l10n.t('no due date'));
  if (action.status === 'blocked') parts.push(vscode.l10n.t('blocked'));
  if (action.status === 'doing') parts.push(vscode.l10n.t('in progress'));
  return parts.join(' · ');
}

export function statusLabel(status: string): string {
  switch (status) {
    case 'todo': return vscode.l10n.t('to do');
    case 'doing': return vscode.l10n.t('in progress');
    case 'blocked': return vscode.l10n.t('blocked');
    case 'done': return vscode.l10n.t('done');
    case 'dropped': return vscode.l10n.t('dropped');
    case 'planned': return vscode.l10n.t('planned');
    case 'running': return vscode.l10n.t('running');
    case 'abandoned': return vscode.l10n.t('abandoned');
    default: return status;
  }
}

export function experimentDescription(experiment: ExperimentView): string {
  const parts = [statusLabel(experiment.status)];
  if (experiment.from || experiment.to) parts.push(`${experiment.from ?? '…'} → ${experiment.to ?? '…'}`);
  if (experiment.interest !== null) parts.push(vscode.l10n.t('interest {0}/5', experiment.interest));
  return parts.join(' · ');
}

/** The file name a plan is known by in the views (`ada.careerplan.yaml`). */
export function planFileName(uri: string): string {
  const path = vscode.Uri.parse(uri).path;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/** Text for a Markdown tooltip, with Markdown's special characters escaped. */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}
