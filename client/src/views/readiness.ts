import * as vscode from 'vscode';
import type { BackupPlanReadiness, Criterion, CriterionId } from '../../../server/src/lsp/protocol';
import { md } from './describe';

/** A criterion's name as the readiness list shows it. */
export function criterionLabel(id: CriterionId): string {
  switch (id) {
    case 'fit': return vscode.l10n.t('Fit');
    case 'skills': return vscode.l10n.t('Skills');
    case 'tested': return vscode.l10n.t('Tested');
    case 'network': return vscode.l10n.t('Network');
    case 'market': return vscode.l10n.t('Market');
    case 'trigger': return vscode.l10n.t('Trigger');
    case 'runway': return vscode.l10n.t('Runway');
  }
}

export type CriterionState = 'met' | 'half' | 'missing';

/** Met (full score), half (some of it; `skills` can be any fraction) or missing (nothing). */
export function criterionState(criterion: Criterion): CriterionState {
  return criterion.score >= 1 ? 'met' : criterion.score > 0 ? 'half' : 'missing';
}

export function stateLabel(state: CriterionState): string {
  return state === 'met' ? vscode.l10n.t('met') : state === 'half' ? vscode.l10n.t('half') : vscode.l10n.t('missing');
}

export function stateIcon(state: CriterionState): string {
  return state === 'met' ? '$(pass-filled)' : state === 'half' ? '$(circle-large-filled)' : '$(circle-large-outline)';
}

/** A markdown list of the seven criteria, for tooltips. */
export function criteriaMarkdown(readiness: BackupPlanReadiness): string {
  return readiness.criteria
    .map((c) => {
      const state = criterionState(c);
      return `- ${stateIcon(state)} **${md(criterionLabel(c.id))}** (${md(stateLabel(state))}): ${md(c.detail)}`;
    })
    .join('\n');
}
