import type { IsoDate } from '../dates';
import { createMessageFormatter, type Catalog, type Locale } from '../messages/catalog';
import type { PlanModel } from '../model/types';
import { reviewStatus } from '../views/planView';
import { contactInsight } from './contacts';
import { readinessOf } from './readiness';
import { runwayOf } from './runway';
import { skillGaps as modelSkillGaps, type SkillGap } from './skillGaps';
import type { PlanInsights, SkillGapInsight } from './types';
import { nextActionsOf } from './waiting';

export type * from './types';

export interface InsightOptions {
  /** The language of the criteria details (default English). */
  locale?: Locale;
  catalog?: Partial<Catalog>;
}

/**
 * The insights of SPEC §7 for one plan: the one entry point every surface uses. Pure: reads
 * the model and the injected "today", never throws on a model built from any parsed text.
 */
export function planInsights(model: PlanModel, today: IsoDate, options: InsightOptions = {}): PlanInsights {
  const format = createMessageFormatter(options.locale ?? 'en', options.catalog);
  const runway = runwayOf(model.finances);
  const skillGaps = modelSkillGaps(model).map(gapInsight);
  const backupPlans = model.plans
    .filter((plan) => plan.kind?.value === 'backup')
    .map((plan) => readinessOf(plan, { model, today, runway, gaps: skillGaps, format }));
  const review = reviewStatus(model, today);
  return {
    today,
    runway,
    backupPlans,
    skillGaps,
    nextActions: nextActionsOf(model, today),
    contacts: model.contacts.map((contact) => contactInsight(contact, today)),
    review: review && { every: review.every, last: review.last, next: review.next, due: review.isDue },
  };
}

/** A gap as plain data: `closesOn` is the latest real date, `by` every dated closer in the order written. */
function gapInsight(gap: SkillGap): SkillGapInsight {
  const by: string[] = [];
  for (const closer of gap.closers) if (closer.date !== null && !by.includes(closer.id)) by.push(closer.id);
  return { plan: gap.plan.id, skill: gap.skill, have: gap.have, need: gap.level, closesOn: gap.closing?.date ?? null, by };
}
