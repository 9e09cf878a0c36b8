import type { Analysis } from '../analyze';
import type { IsoDate } from '../dates';
import { createMessageFormatter, type Catalog, type Locale } from '../messages/catalog';
import { isOpen, MAX_SKILL_LEVEL, type ActionStatus, type ExperimentStatus, type PlanModel } from '../model/types';

/** The seed questions of every review, by stable id (the keys of a log entry's `answers`). */
export const REVIEW_QUESTIONS = ['job-disappeared', 'fund-enough', 'network-quiet'] as const;
export type ReviewQuestionId = (typeof REVIEW_QUESTIONS)[number];

export interface ReviewActionStep {
  id: string;
  do: string;
  due: IsoDate | null;
  status: ActionStatus;
  overdue: boolean;
  plan: string | null;
  goal: string | null;
  /** Skills the action develops: marking it done makes them worth raising. */
  develops: string[];
}

export interface ReviewExperimentStep {
  plan: string;
  id: string;
  kind: string | null;
  from: IsoDate | null;
  to: IsoDate | null;
  status: ExperimentStatus;
  learned: string | null;
}

export type SkillReason = { kind: 'need'; plan: string; level: number } | { kind: 'develops'; action: string };

export interface ReviewSkillStep {
  id: string;
  /** The level now (0 when the skill is not in `skills` yet). */
  level: number;
  /** A proposal: one level up, not above what a plan needs when that is the only reason. */
  suggested: number;
  reasons: SkillReason[];
  /** The reasons in words, for the user. */
  why: string[];
}

export interface ReviewQuestion {
  id: ReviewQuestionId;
  text: string;
}

export interface ReviewChecklist {
  today: IsoDate;
  lastReview: IsoDate | null;
  /** Open actions, overdue and soonest first, undated last. */
  actions: ReviewActionStep[];
  /** Experiments that are over (done, or past their `to` date) and have no `interest` yet. */
  experiments: ReviewExperimentStep[];
  skills: ReviewSkillStep[];
  questions: ReviewQuestion[];
}

export interface ChecklistOptions {
  /** Actions the user has just marked done in this review: the skills they develop join the list. */
  actionsDoneNow?: readonly string[];
  locale?: Locale;
  catalog?: Partial<Catalog>;
}

/** The steps of a guided review of one plan (SPEC §5 "Review prompt"). */
export function reviewChecklist(analysis: Analysis, today: IsoDate, options: ChecklistOptions = {}): ReviewChecklist {
  const { model } = analysis;
  const format = createMessageFormatter(options.locale ?? 'en', options.catalog);
  const lastReview = model.review?.last?.valid ? model.review.last.text : null;
  return {
    today,
    lastReview,
    actions: openActions(model, today),
    experiments: unratedFinishedExperiments(model, today),
    skills: skillsWorthRaising(model, lastReview, options.actionsDoneNow ?? []).map((step) => ({
      ...step,
      why: step.reasons.map((r) => (r.kind === 'need' ? format('review.reason.need', { plan: r.plan, level: r.level }) : format('review.reason.develops', { action: r.action }))),
    })),
    questions: REVIEW_QUESTIONS.map((id) => ({ id, text: format(`review.question.${id}`, {}) })),
  };
}

function openActions(model: PlanModel, today: IsoDate): ReviewActionStep[] {
  const steps = model.actions.filter(isOpen).map((action) => {
    const due = action.due?.valid ? action.due.text : null;
    return {
      id: action.id,
      do: action.do?.value ?? '',
      due,
      status: action.status,
      overdue: due !== null && due < today,
      plan: action.plan?.id ?? null,
      goal: action.goal?.id ?? null,
      develops: action.develops.map((d) => d.id),
    };
  });
  // Stable: actions due on the same day keep their order in the file.
  return steps.sort((a, b) => (a.due === b.due ? 0 : a.due === null ? 1 : b.due === null ? -1 : a.due < b.due ? -1 : 1));
}

/** As the unrated-experiment rule sees them: done, or past their `to` date, without a rating. */
function unratedFinishedExperiments(model: PlanModel, today: IsoDate): ReviewExperimentStep[] {
  const steps: ReviewExperimentStep[] = [];
  for (const plan of model.plans) {
    for (const e of plan.experiments) {
      const over = e.status === 'done' || (e.to?.valid === true && e.to.text < today);
      if (!over || e.interest !== undefined) continue;
      steps.push({
        plan: plan.id,
        id: e.id,
        kind: e.kind?.value ?? null,
        from: e.from?.valid ? e.from.text : null,
        to: e.to?.valid ? e.to.text : null,
        status: e.status,
        learned: e.learned?.value ?? null,
      });
    }
  }
  return steps;
}

/**
 * Skills some plan needs at a higher level than the plan records, and skills developed by an
 * action done since the last review (or now); skills at the top level are left out.
 */
function skillsWorthRaising(model: PlanModel, lastReview: IsoDate | null, doneNow: readonly string[]): Array<Omit<ReviewSkillStep, 'why'>> {
  const known = new Set<string>([...model.skills.map((s) => s.id), ...model.plans.flatMap((p) => p.needs.map((n) => n.skill))]);
  const levelOf = (id: string) => model.skillById.get(id)?.level ?? 0;
  const steps = new Map<string, Omit<ReviewSkillStep, 'why'>>();
  const add = (id: string, reason: SkillReason) => {
    const level = levelOf(id);
    if (level >= MAX_SKILL_LEVEL) return;
    const step = steps.get(id) ?? { id, level, suggested: level + 1, reasons: [] };
    step.reasons.push(reason);
    steps.set(id, step);
  };
  for (const plan of model.plans) {
    for (const need of plan.needs) {
      if (need.level !== undefined && levelOf(need.skill) < need.level) add(need.skill, { kind: 'need', plan: plan.id, level: need.level });
    }
  }
  const now = new Set(doneNow);
  for (const action of model.actions) {
    const doneSince = action.status === 'done' && (lastReview === null || (action.done?.valid === true && action.done.text >= lastReview));
    if (!doneSince && !now.has(action.id)) continue;
    for (const skill of action.develops) if (known.has(skill.id)) add(skill.id, { kind: 'develops', action: action.id });
  }
  return [...steps.values()];
}
