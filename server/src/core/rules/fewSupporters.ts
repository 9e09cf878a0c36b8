import type { Rule } from './rule';

const ENOUGH_SUPPORTERS = 4;

/** few-supporters (SPEC §3): 4–5 friends who encourage you keep a plan going. */
export const fewSupportersRule: Rule = {
  code: 'few-supporters',
  check({ model }, report) {
    const review = model.review;
    if (!review) return;
    const count = new Set(review.supporters.map((supporter) => supporter.id)).size;
    if (count >= ENOUGH_SUPPORTERS) return;
    report(review.supportersKey ?? review.key, 'few-supporters', { count }, { count });
  },
};
