import type { Range } from 'vscode-languageserver-types';
import type { IsoDate } from '../dates';
import { isOpen, type PlanModel } from '../model/types';
import { buildOutline, type OutlineKind, type OutlineNode } from '../outline/outline';
import { reviewState } from './planView';

/** One id-keyed entry of a plan (an action, a goal, …), for workspace-wide symbol search. */
export interface PlanSymbol {
  name: string;
  detail?: string;
  kind: OutlineKind;
  /** The section (`actions`) or, for an experiment, its plan's id. */
  container: string;
  range: Range;
  selectionRange: Range;
}

/**
 * What the workspace index keeps of a plan that is not open: its entries and the few facts the
 * plan list shows. The overdue count and review state are computed from the kept dates at
 * query time, so a new day needs no re-indexing.
 */
export interface PlanSummary {
  owner: string | null;
  symbols: PlanSymbol[];
  /** Due dates of open actions. */
  openDues: IsoDate[];
  review: { every: string | null; last: IsoDate | null } | null;
}

export function summarizePlan(model: PlanModel, rangeOf: (span: { start: number; end: number }) => Range): PlanSummary {
  const symbols: PlanSymbol[] = [];
  const visit = (nodes: OutlineNode[], container: string) => {
    for (const node of nodes) {
      if (node.kind !== 'section' && node.kind !== 'field' && node.kind !== 'log-entry') {
        symbols.push({ name: node.name, detail: node.detail, kind: node.kind, container, range: rangeOf(node.span), selectionRange: rangeOf(node.selection) });
      }
      if (node.kind === 'section' || node.kind === 'plan') visit(node.children, node.name);
    }
  };
  visit(buildOutline(model), '');
  const openDues = model.actions.filter((a) => isOpen(a) && a.due?.valid).map((a) => a.due!.text);
  const review = model.review ? { every: model.review.every?.value ?? null, last: model.review.last?.valid ? model.review.last.text : null } : null;
  return { owner: model.owner?.value ?? null, symbols, openDues, review };
}

export function summaryOverdue(summary: PlanSummary, today: IsoDate): number {
  return summary.openDues.filter((due) => due < today).length;
}

export function summaryReviewDue(summary: PlanSummary, today: IsoDate): boolean {
  return summary.review ? reviewState(summary.review.every, summary.review.last, today).isDue : false;
}
