import type { Range } from 'vscode-languageserver-types';
import { addCadence, compareDueDates, type IsoDate } from '../dates';
import { lastContactOf } from '../insights/contacts';
import { skillGaps } from '../insights/skillGaps';
import type { CriterionId, PlanInsights } from '../insights/types';
import { isOpen, type Action, type ActionStatus, type ExperimentStatus, type PlanModel } from '../model/types';

/**
 * The plain JSON view of one plan that the editor's tree views, status bar and lenses show.
 * Built from the analysed model; every range is an LSP range of the document version it was
 * built from (`version`), so a client can tell when a view is stale.
 */
export interface ActionView {
  id: string;
  do: string | null;
  status: ActionStatus;
  due: IsoDate | null;
  done: IsoDate | null;
  plan: string | null;
  goal: string | null;
  phase: number | null;
  /** Open and due before today. */
  overdue: boolean;
  /** The whole entry. */
  range: Range;
  /** The entry's id key (what to select when revealing it). */
  selectionRange: Range;
}

export interface ExperimentView {
  id: string;
  kind: string | null;
  status: ExperimentStatus;
  from: IsoDate | null;
  to: IsoDate | null;
  interest: number | null;
  range: Range;
  selectionRange: Range;
}

export interface PlanSummaryView {
  id: string;
  title: string | null;
  kind: string | null;
  model: string | null;
  experiments: ExperimentView[];
  /** Actions linked to this plan: done, and all but dropped ones. */
  actions: { done: number; total: number };
  /** The open action of this plan due first (undated ones last), if any. */
  nextAction: string | null;
  range: Range;
  selectionRange: Range;
}

export interface GoalView {
  id: string;
  title: string | null;
  by: IsoDate | null;
  horizon: string | null;
  plan: string | null;
  range: Range;
  selectionRange: Range;
}

export interface SkillGapView {
  plan: string;
  skill: string;
  have: number;
  need: number;
  /**
   * What closes the gap (SPEC §7): the dated open action or planned/running experiment that
   * develops the skill with the latest date; null when nothing dated does (the `skill-gap` finding).
   * `date` is null when that date is written but not a real date.
   */
  closing: { kind: 'action' | 'experiment'; id: string; plan: string | null; date: IsoDate | null } | null;
  /** The `needs` entry. */
  range: Range;
}

export interface ReviewView {
  every: string | null;
  last: IsoDate | null;
  /** `last` + `every`; null when either is missing or invalid. */
  next: IsoDate | null;
  /** The next review date has passed, or a cadence is set and no review was ever recorded. */
  isDue: boolean;
  /** The `review` key. */
  range: Range;
}

/** A contact of `network` for the Network view: who, and the core's next contact and given/got counts. */
export interface ContactView {
  id: string;
  name: string | null;
  role: string | null;
  every: string | null;
  /** The later of `last-contact` and the newest log date. */
  lastContact: IsoDate | null;
  nextContact: IsoDate | null;
  due: boolean;
  gave: number;
  got: number;
  range: Range;
  selectionRange: Range;
}

export interface PlanView {
  uri: string;
  version: number;
  today: IsoDate;
  owner: string | null;
  actions: ActionView[];
  plans: PlanSummaryView[];
  goals: GoalView[];
  skillGaps: SkillGapView[];
  review: ReviewView | null;
  overdueCount: number;
  /** True when the text does not parse: the view shows what could be read, edits are refused. */
  hasSyntaxErrors: boolean;
  /** What the plan means (SPEC §7), from the core's insights; criteria details in the server's locale. */
  insights: PlanInsights;
  /** For each backup plan, where in the file each readiness criterion reads (where to go to raise it). */
  readinessPlaces: Record<string, Record<CriterionId, Range>>;
  contacts: ContactView[];
}

export interface PlanViewSource {
  uri: string;
  version: number;
  today: IsoDate;
  model: PlanModel;
  hasSyntaxErrors: boolean;
  insights: PlanInsights;
  rangeOf(span: { start: number; end: number }): Range;
}

export function isOverdue(action: Action, today: IsoDate): boolean {
  return isOpen(action) && action.due !== undefined && action.due.valid && action.due.text < today;
}

/** Open actions due before today. */
export function countOverdue(model: PlanModel, today: IsoDate): number {
  let count = 0;
  for (const action of model.actions) if (isOverdue(action, today)) count++;
  return count;
}

export function reviewStatus(model: PlanModel, today: IsoDate): Omit<ReviewView, 'range'> | null {
  const review = model.review;
  if (!review) return null;
  return reviewState(review.every?.value ?? null, review.last?.valid ? review.last.text : null, today);
}

/** When the next review is due and whether it is due now, from the cadence and the last review date. */
export function reviewState(every: string | null, last: IsoDate | null, today: IsoDate): Omit<ReviewView, 'range'> {
  const next = every && last ? addCadence(last, every) ?? null : null;
  const isDue = next !== null ? next < today : every !== null && last === null && addCadence(today, every) !== undefined;
  return { every, last, next, isDue };
}

export function buildPlanView(source: PlanViewSource): PlanView {
  const { model, today, rangeOf } = source;
  const date = (field: { text: string; valid: boolean } | undefined): IsoDate | null => (field?.valid ? field.text : null);
  const actions: ActionView[] = model.actions.map((a) => ({
    id: a.id,
    do: a.do?.value ?? null,
    status: a.status,
    due: date(a.due),
    done: date(a.done),
    plan: a.plan?.id ?? null,
    goal: a.goal?.id ?? null,
    phase: a.phase?.value ?? null,
    overdue: isOverdue(a, today),
    range: rangeOf(a.pair),
    selectionRange: rangeOf(a.key),
  }));
  const plans: PlanSummaryView[] = model.plans.map((p) => {
    const linked = model.actions.filter((a) => a.plan?.id === p.id && a.status !== 'dropped');
    const next = linked.filter(isOpen).sort((a, b) => compareDueDates(validDue(a), validDue(b)))[0];
    return {
      id: p.id,
      title: p.title?.value ?? null,
      kind: p.kind?.value ?? null,
      model: p.model?.value ?? null,
      experiments: p.experiments.map((e) => ({
        id: e.id,
        kind: e.kind?.value ?? null,
        status: e.status,
        from: date(e.from),
        to: date(e.to),
        interest: e.interest?.value ?? null,
        range: rangeOf(e.pair),
        selectionRange: rangeOf(e.key),
      })),
      actions: { done: linked.filter((a) => a.status === 'done').length, total: linked.length },
      nextAction: next?.id ?? null,
      range: rangeOf(p.pair),
      selectionRange: rangeOf(p.key),
    };
  });
  const goals: GoalView[] = model.goals.map((g) => ({
    id: g.id,
    title: g.title?.value ?? null,
    by: date(g.by),
    horizon: g.horizon?.value ?? null,
    plan: g.plan?.id ?? null,
    range: rangeOf(g.pair),
    selectionRange: rangeOf(g.key),
  }));
  const status = reviewStatus(model, today);
  return {
    uri: source.uri,
    version: source.version,
    today,
    owner: model.owner?.value ?? null,
    actions,
    plans,
    goals,
    skillGaps: skillGapViews(model, rangeOf),
    review: status && model.review ? { ...status, range: rangeOf(model.review.key) } : null,
    overdueCount: actions.filter((a) => a.overdue).length,
    hasSyntaxErrors: source.hasSyntaxErrors,
    insights: source.insights,
    readinessPlaces: readinessPlaces(model, source.insights, rangeOf),
    contacts: contactViews(model, source.insights, rangeOf),
  };
}

/** The key each criterion reads (its section or the plan itself when the key is missing): a jump target. */
function readinessPlaces(model: PlanModel, insights: PlanInsights, rangeOf: PlanViewSource['rangeOf']): PlanView['readinessPlaces'] {
  const places: PlanView['readinessPlaces'] = {};
  for (const { id } of insights.backupPlans) {
    const plan = model.planById.get(id);
    if (!plan) continue;
    const fund = model.finances?.emergencyFund?.node ?? model.finances?.key;
    const spans: Record<CriterionId, { start: number; end: number }> = {
      fit: plan.why?.node ?? plan.needsKey ?? plan.key,
      skills: plan.needsKey ?? plan.key,
      tested: plan.experimentsKey ?? plan.key,
      network: model.sections.get('network')?.key ?? plan.key,
      market: plan.market?.key ?? plan.key,
      trigger: plan.trigger?.node ?? plan.key,
      runway: fund ?? plan.key,
    };
    places[id] = Object.fromEntries(Object.entries(spans).map(([k, span]) => [k, rangeOf(span)])) as Record<CriterionId, Range>;
  }
  return places;
}

function contactViews(model: PlanModel, insights: PlanInsights, rangeOf: PlanViewSource['rangeOf']): ContactView[] {
  const byId = new Map(insights.contacts.map((c) => [c.id, c]));
  return model.contacts.map((c) => {
    const insight = byId.get(c.id);
    return {
      id: c.id,
      name: c.name?.value ?? null,
      role: c.role?.value ?? null,
      every: c.every?.value ?? null,
      lastContact: lastContactOf(c)?.date ?? null,
      nextContact: insight?.nextContact ?? null,
      due: insight?.due ?? false,
      gave: insight?.gave ?? 0,
      got: insight?.got ?? 0,
      range: rangeOf(c.pair),
      selectionRange: rangeOf(c.key),
    };
  });
}

function skillGapViews(model: PlanModel, rangeOf: PlanViewSource['rangeOf']): SkillGapView[] {
  return skillGaps(model).map((gap) => ({
    plan: gap.plan.id,
    skill: gap.skill,
    have: gap.have,
    need: gap.level,
    closing: gap.closing ? { kind: gap.closing.kind, id: gap.closing.id, plan: gap.closing.plan, date: gap.closing.date } : null,
    range: rangeOf(gap.need.pair),
  }));
}

function validDue(action: Action): IsoDate | undefined {
  return action.due?.valid ? action.due.text : undefined;
}
