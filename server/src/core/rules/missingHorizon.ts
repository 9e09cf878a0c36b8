import { addMonths, type IsoDate } from '../dates';
import type { Goal } from '../model/types';
import { sectionOrDocumentKey } from './documentAnchor';
import type { Rule } from './rule';

type Horizon = 'short' | 'long';

/** missing-horizon (SPEC §3): goals should cover both the next 12 months and 3–5 years. */
export const missingHorizonRule: Rule = {
  code: 'missing-horizon',
  reads: (model) => [model.goals, sectionOrDocumentKey(model, 'goals')],
  check({ model, today }, report) {
    const covered = new Set<Horizon>();
    const shortUntil = addMonths(today, 12);
    const longFrom = addMonths(today, 36);
    for (const goal of model.goals) {
      const horizon = horizonOf(goal, today, shortUntil, longFrom);
      if (horizon) covered.add(horizon);
    }
    if (covered.size === 2) return;
    const anchor = sectionOrDocumentKey(model, 'goals');
    if (!anchor) return;
    if (!covered.has('short')) report(anchor, 'missing-horizon.short', {}, { horizon: 'short' });
    if (!covered.has('long')) report(anchor, 'missing-horizon.long', {}, { horizon: 'long' });
  },
};

/** An explicit `horizon` wins over the one derived from `by`; a goal whose date has passed has none. */
function horizonOf(goal: Goal, today: IsoDate, shortUntil: IsoDate, longFrom: IsoDate): Horizon | undefined {
  const by = goal.by?.valid ? goal.by.text : undefined;
  if (by !== undefined && by < today) return undefined;
  const stated = goal.horizon?.value;
  if (stated === 'short' || stated === 'long') return stated;
  if (by === undefined) return undefined;
  if (by <= shortUntil) return 'short';
  if (by >= longFrom) return 'long';
  return undefined;
}
