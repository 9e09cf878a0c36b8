import * as vscode from 'vscode';
import type { ChangesSinceReviewRequest, GitUnavailable } from '../../../server/src/lsp/protocol';

type Changes = Extract<ChangesSinceReviewRequest.Result, { kind: 'ok' }>['changes'];

/** One line per kind of change ("Actions done: a, b"); empty when nothing moved forward. */
export function changeLines(changes: Changes): Array<{ kind: 'actions' | 'skills' | 'experiments'; label: string; items: string }> {
  const lines: Array<{ kind: 'actions' | 'skills' | 'experiments'; label: string; items: string }> = [];
  if (changes.actionsDone.length) lines.push({ kind: 'actions', label: vscode.l10n.t('Actions done: {0}', changes.actionsDone.length), items: changes.actionsDone.join(', ') });
  const skills = Object.entries(changes.skillsRaised);
  if (skills.length) lines.push({ kind: 'skills', label: vscode.l10n.t('Skills raised: {0}', skills.length), items: skills.map(([id, level]) => `${id} → ${level}`).join(', ') });
  if (changes.experimentsFinished.length) lines.push({ kind: 'experiments', label: vscode.l10n.t('Experiments finished: {0}', changes.experimentsFinished.length), items: changes.experimentsFinished.join(', ') });
  return lines;
}

/** "2 actions done, 1 skill raised" for a one-line summary. */
export function changeSummary(changes: Changes): string {
  const parts: string[] = [];
  const n = changes.actionsDone.length;
  if (n) parts.push(n === 1 ? vscode.l10n.t('1 action done') : vscode.l10n.t('{0} actions done', n));
  const s = Object.keys(changes.skillsRaised).length;
  if (s) parts.push(s === 1 ? vscode.l10n.t('1 skill raised') : vscode.l10n.t('{0} skills raised', s));
  const e = changes.experimentsFinished.length;
  if (e) parts.push(e === 1 ? vscode.l10n.t('1 experiment finished') : vscode.l10n.t('{0} experiments finished', e));
  return parts.length ? parts.join(', ') : vscode.l10n.t('nothing done yet');
}

/** Why there is no git answer, for a user: a short label and what to do about it. */
export function unavailableText(reason: GitUnavailable): { label: string; detail: string; icon: string } {
  switch (reason.kind) {
    case 'untrusted':
      return {
        label: vscode.l10n.t('History is off in an untrusted workspace'),
        detail: vscode.l10n.t('Git is not run in an untrusted workspace, because a repository\'s settings can make git run programs. Trust this workspace to see the plan\'s history.'),
        icon: 'shield',
      };
    case 'not-in-git':
      return {
        label: vscode.l10n.t('This plan is not in a git repository'),
        detail: vscode.l10n.t('Keep the plan in a git repository and commit it: each commit then shows here with the progress at that point.'),
        icon: 'info',
      };
    case 'git-unavailable':
      return {
        label: vscode.l10n.t('Git was not found'),
        detail: vscode.l10n.t('Install git and make sure it is on the PATH, then refresh the history.'),
        icon: 'warning',
      };
    default:
      return { label: vscode.l10n.t('Git could not read the history'), detail: reason.message, icon: 'warning' };
  }
}
