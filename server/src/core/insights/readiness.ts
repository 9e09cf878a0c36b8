import { daysBetween, type IsoDate } from '../dates';
import type { MessageArgs, MessageId } from '../messages/catalog';
import type { PlanModel, Plan } from '../model/types';
import type { BackupPlanReadiness, Criterion, CriterionId, Runway, SkillGapInsight } from './types';

/** Formats a message by id in the report's language. */
export type Format = <K extends MessageId>(id: K, args: MessageArgs<K>) => string;

/** The criteria of SPEC §7 in their order, with their weights (they sum to 100). */
export const CRITERIA: ReadonlyArray<{ id: CriterionId; weight: number }> = [
  { id: 'fit', weight: 15 },
  { id: 'skills', weight: 25 },
  { id: 'tested', weight: 20 },
  { id: 'network', weight: 15 },
  { id: 'market', weight: 10 },
  { id: 'trigger', weight: 5 },
  { id: 'runway', weight: 10 },
];

const STRONG_LEVEL = 3;
/** Market research counts as current for a year (`stale-market` fires after that). */
export const MARKET_FRESH_DAYS = 365;
const LIKED_INTEREST = 3;
const ENOUGH_CONTACTS = 2;
const MINIMUM_RUNWAY = 3;
const DEFAULT_TARGET_MONTHS = 6;
const EPSILON = 1e-9;

export interface ReadinessInputs {
  model: PlanModel;
  today: IsoDate;
  runway: Runway | null;
  /** Every gap of the plan (closing dates decide half of `skills`). */
  gaps: readonly SkillGapInsight[];
  format: Format;
}

type Scored = { score: number; detail: string };

/** How ready one backup plan is (SPEC §7): seven weighted criteria, summed and rounded half up. */
export function readinessOf(plan: Plan, inputs: ReadinessInputs): BackupPlanReadiness {
  const scorers: Record<CriterionId, () => Scored> = {
    fit: () => fit(plan, inputs),
    skills: () => skills(plan, inputs),
    tested: () => tested(plan, inputs),
    network: () => network(plan, inputs),
    market: () => market(plan, inputs),
    trigger: () => ({ score: plan.trigger?.value ? 1 : 0, detail: inputs.format('readiness.trigger', { written: Boolean(plan.trigger?.value) }) }),
    runway: () => runway(inputs),
  };
  const criteria: Criterion[] = CRITERIA.map(({ id, weight }) => ({ id, weight, ...scorers[id]() }));
  const sum = criteria.reduce((total, c) => total + c.weight * c.score, 0);
  return { id: plan.id, readiness: Math.floor(sum + 0.5 + EPSILON), criteria };
}

function fit(plan: Plan, { model, format }: ReadinessInputs): Scored {
  const why = Boolean(plan.why?.value);
  let strong: { skill: string; level: number } | undefined;
  for (const need of plan.needs) {
    const level = model.skillById.get(need.skill)?.level;
    if (level !== undefined && level >= STRONG_LEVEL && (!strong || level > strong.level)) strong = { skill: need.skill, level };
  }
  const score = (why ? 0.5 : 0) + (strong ? 0.5 : 0);
  return { score, detail: format('readiness.fit', { why, skill: strong?.skill ?? '', level: strong?.level ?? 0 }) };
}

function skills(plan: Plan, { model, gaps, format }: ReadinessInputs): Scored {
  const needs = plan.needs.filter((n) => n.level !== undefined);
  if (needs.length === 0) return { score: 0, detail: format('readiness.skills', { needs: 0, met: 0, dated: 0 }) };
  const planGaps = gaps.filter((g) => g.plan === plan.id);
  const unmet = new Set(planGaps.map((g) => g.skill));
  const met = needs.filter((n) => !unmet.has(n.skill) && (model.skillById.get(n.skill)?.level ?? 0) >= n.level!).length;
  const dated = planGaps.filter((g) => g.closesOn !== null).length;
  return { score: (met + dated / 2) / needs.length, detail: format('readiness.skills', { needs: needs.length, met, dated }) };
}

function tested(plan: Plan, { format }: ReadinessInputs): Scored {
  const liked = plan.experiments.find((e) => e.status === 'done' && e.interest !== undefined && e.interest.value >= LIKED_INTEREST);
  if (liked) return { score: 1, detail: format('readiness.tested', { state: 'liked', id: liked.id, interest: liked.interest!.value }) };
  const running = plan.experiments.find((e) => e.status === 'running');
  if (running) return { score: 0.5, detail: format('readiness.tested', { state: 'running', id: running.id, interest: 0 }) };
  const unrated = plan.experiments.find((e) => e.status === 'done' && e.interest === undefined);
  if (unrated) return { score: 0.5, detail: format('readiness.tested', { state: 'unrated', id: unrated.id, interest: 0 }) };
  const disliked = plan.experiments.some((e) => e.status === 'done');
  const planned = plan.experiments.some((e) => e.status === 'planned');
  const state = disliked ? 'disliked' : planned ? 'planned' : 'none';
  return { score: 0, detail: format('readiness.tested', { state, id: '', interest: 0 }) };
}

function network(plan: Plan, { model, format }: ReadinessInputs): Scored {
  const helpers = model.contacts.filter((c) => c.plans.some((ref) => ref.id === plan.id)).map((c) => c.name?.value || c.id);
  const score = helpers.length >= ENOUGH_CONTACTS ? 1 : helpers.length === 1 ? 0.5 : 0;
  return { score, detail: format('readiness.network', { count: helpers.length, names: helpers.join(', ') }) };
}

function market(plan: Plan, { today, format }: ReadinessInputs): Scored {
  const researched = plan.market?.researched;
  if (!plan.market) return { score: 0, detail: format('readiness.market', { state: 'none', date: '' }) };
  if (!researched?.valid) return { score: 0.5, detail: format('readiness.market', { state: 'undated', date: '' }) };
  const recent = daysBetween(researched.text, today) <= MARKET_FRESH_DAYS;
  return { score: recent ? 1 : 0.5, detail: format('readiness.market', { state: recent ? 'recent' : 'old', date: researched.text }) };
}

function runway({ model, runway: r, format }: ReadinessInputs): Scored {
  const configured = model.finances?.targetMonths?.value;
  const target = configured !== undefined && configured > 0 ? configured : DEFAULT_TARGET_MONTHS;
  const args = { months: r?.months?.toFixed(1) ?? '', target: String(target) };
  if (!r) return { score: 0, detail: format('readiness.runway', { ...args, state: 'none' }) };
  if (r.covered) return { score: 1, detail: format('readiness.runway', { ...args, state: 'covered' }) };
  const months = r.months!;
  if (months >= target - EPSILON) return { score: 1, detail: format('readiness.runway', { ...args, state: 'enough' }) };
  if (months >= MINIMUM_RUNWAY - EPSILON) return { score: 0.5, detail: format('readiness.runway', { ...args, state: 'some' }) };
  return { score: 0, detail: format('readiness.runway', { ...args, state: 'short' }) };
}
