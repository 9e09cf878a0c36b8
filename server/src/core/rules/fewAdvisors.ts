import { fewReviewPeopleRule } from './fewReviewPeople';

/** few-advisors (SPEC §3): a plan should be checked by 2–3 trusted advisors. */
export const fewAdvisorsRule = fewReviewPeopleRule('advisors', 2);
