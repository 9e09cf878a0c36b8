import { fewReviewPeopleRule } from './fewReviewPeople';

/** few-supporters (SPEC §3): 4–5 friends who encourage you keep a plan going. */
export const fewSupportersRule = fewReviewPeopleRule('supporters', 4);
