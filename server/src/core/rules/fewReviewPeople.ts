import type { Rule } from './rule';

/**
 * few-advisors and few-supporters (SPEC §3): the review names too few distinct people in one of
 * its two lists. Reported on that list's key, or on `review:` when the list is missing.
 */
export function fewReviewPeopleRule(list: 'advisors' | 'supporters', enough: number): Rule {
  const code = `few-${list}` as const;
  return {
    code,
    reads: (model) => [model.review],
    check({ model }, report) {
      const review = model.review;
      if (!review) return;
      const count = new Set(review[list].map((person) => person.id)).size;
      if (count >= enough) return;
      report(review[`${list}Key`] ?? review.key, code, { count }, { count });
    },
  };
}
