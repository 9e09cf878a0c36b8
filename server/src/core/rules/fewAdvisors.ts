import type { Rule } from './rule';

const ENOUGH_ADVISORS = 2;

/** few-advisors (SPEC §3): a plan should be checked by 2–3 trusted advisors. */
export const fewAdvisorsRule: Rule = {
  code: 'few-advisors',
  check({ model }, report) {
    const review = model.review;
    if (!review) return;
    const count = new Set(review.advisors.map((advisor) => advisor.id)).size;
    if (count >= ENOUGH_ADVISORS) return;
    report(review.advisorsKey ?? review.key, 'few-advisors', { count }, { count });
  },
};
