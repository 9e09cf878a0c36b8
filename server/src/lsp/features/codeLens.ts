import type { CodeLens, CodeLensParams, Command } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import type { Analysis } from '../../core/analyze';
import { compareDueDates, type IsoDate } from '../../core/dates';
import { CLIENT_COMMANDS } from '../../core/fixes/clientCommands';
import type { FixContext } from '../../core/fixes/quickFix';
import { createMessageFormatter } from '../../core/messages/catalog';
import { isOpen, type Action } from '../../core/model/types';
import { reviewStatus } from '../../core/views/planView';
import type { BackupPlanReadiness } from '../../core/insights';
import { documentInsights } from '../planInsights';
import type { ActionCommandArgs, ReadinessCommandArgs } from '../protocol';

type Format = FixContext['format'];

/** Progress of the actions linked to one plan or goal, and its open action due first. */
interface Progress {
  done: number;
  total: number;
  next: Action | undefined;
}

/** `a` comes before `b` in due-date order (ties keep document order). */
function dueFirst(a: Action, b: Action | undefined): boolean {
  if (!b) return true;
  return compareDueDates(a.due?.valid ? a.due.text : undefined, b.due?.valid ? b.due.text : undefined) < 0;
}

function tally(map: Map<string, Progress>, id: string | undefined, action: Action): void {
  if (id === undefined || action.status === 'dropped') return;
  let progress = map.get(id);
  if (!progress) map.set(id, (progress = { done: 0, total: 0, next: undefined }));
  progress.total++;
  if (action.status === 'done') progress.done++;
  if (isOpen(action) && dueFirst(action, progress.next)) progress.next = action;
}

/** A lens that only shows text (VS Code renders a command without an id as a label). */
const label = (title: string): Command => ({ title, command: '' });

/**
 * The code lenses of a plan (SPEC §5): the review status with "Start review" on the first key;
 * progress (done/total of the actions linked to it, dropped ones left out) and the next open
 * action on each plan and goal; "Mark done" and "Snooze a week" on each open action. One pass
 * over the actions, so a 50,000-line plan costs a few milliseconds; the lenses are complete
 * (no resolve round trip), since computing them is cheaper than asking twice.
 */
export function provideCodeLenses(analysis: Analysis, uri: string, today: IsoDate, format: Format, readiness: readonly BackupPlanReadiness[] = []): CodeLens[] {
  const { model, lines } = analysis;
  const lenses: CodeLens[] = [];
  const top = lines.rangeOf(model.root?.pairs[0]?.key ?? { start: 0, end: 0 });
  const review = reviewStatus(model, today);
  const status = !review?.every
    ? format('lens.review-none', {})
    : review.isDue
      ? review.next ? format('lens.review-due', { since: review.next }) : format('lens.review-due.never', {})
      : review.next ? format('lens.review-next', { date: review.next }) : format('lens.review-none', {});
  lenses.push({ range: top, command: label(status) });
  lenses.push({ range: top, command: { title: format('lens.start-review', {}), command: CLIENT_COMMANDS.startReview, arguments: [uri] } });

  const byPlan = new Map<string, Progress>();
  const byGoal = new Map<string, Progress>();
  for (const action of model.actions) {
    tally(byPlan, action.plan?.id, action);
    tally(byGoal, action.goal?.id, action);
  }
  const progressLenses = (key: { start: number; end: number }, progress: Progress | undefined) => {
    const range = lines.rangeOf(key);
    lenses.push({ range, command: label(format('lens.progress', { done: progress?.done ?? 0, total: progress?.total ?? 0 })) });
    const next = progress?.next;
    if (next) lenses.push({ range, command: label(format('lens.next', { id: next.id, due: next.due?.valid ? next.due.text : '' })) });
  };
  // Each backup plan's readiness (SPEC §7) comes first on its line; the command lists the seven criteria.
  const readinessOf = new Map(readiness.map((r) => [r.id, r.readiness]));
  for (const plan of model.plans) {
    const percent = readinessOf.get(plan.id);
    if (percent !== undefined) {
      const args: ReadinessCommandArgs = { uri, planId: plan.id };
      lenses.push({ range: lines.rangeOf(plan.key), command: { title: format('lens.readiness', { percent }), command: CLIENT_COMMANDS.showReadiness, arguments: [args] } });
    }
    progressLenses(plan.key, byPlan.get(plan.id));
  }
  for (const goal of model.goals) progressLenses(goal.key, byGoal.get(goal.id));

  const markDone = format('lens.mark-done', {});
  const snooze = format('lens.snooze', {});
  for (const action of model.actions) {
    if (!isOpen(action) || !action.map) continue;
    const range = lines.rangeOf(action.key);
    const args: ActionCommandArgs = { uri, actionId: action.id };
    lenses.push({ range, command: { title: markDone, command: CLIENT_COMMANDS.markDone, arguments: [args] } });
    lenses.push({ range, command: { title: snooze, command: CLIENT_COMMANDS.snooze, arguments: [args] } });
  }
  return lenses;
}

export function register(ctx: ServerContext): void {
  ctx.connection.onCodeLens(
    ctx.runner.request('textDocument/codeLens', () => [], (params: CodeLensParams) => {
      const doc = ctx.store.get(params.textDocument.uri);
      if (!doc) return [];
      const { locale } = ctx.settings.current;
      return provideCodeLenses(doc.analysis, doc.uri, doc.today, createMessageFormatter(locale), documentInsights(doc, locale).insights.backupPlans);
    }),
  );
}
