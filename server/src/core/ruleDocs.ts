import { RULE_DEFAULTS, type RuleCode, type Severity } from './codes';
import type { Locale } from './messages/catalog';
import { RULE_DOC_TEXTS_ZH } from './messages/ruleDocsZh';

/**
 * What each diagnostic code means, why it matters and how to fix it. One source for the SARIF
 * rule metadata of the command line, the README's rule table and hovers on codes.
 */
export interface RuleDoc {
  code: RuleCode;
  defaultSeverity: Severity;
  /** One line, used as SARIF `shortDescription`. */
  title: string;
  /** What the rule reports (SARIF `fullDescription`). */
  meaning: string;
  why: string;
  fix: string;
}

/** The texts of a rule's help, in one language (the Chinese ones are in messages/ruleDocsZh.ts). */
export type RuleDocText = Omit<RuleDoc, 'code' | 'defaultSeverity'>;

const TEXTS: Record<RuleCode, RuleDocText> = {
  'yaml-syntax': {
    title: 'The file is not valid YAML.',
    meaning: 'The text cannot be read as YAML 1.2: a parse error (bad indentation, an unclosed quote or bracket), a key that appears twice in the same map, a file that is not UTF-8 text, or a plan too large to check (more than 400,000 lines or 12,000,000 characters). Each problem is reported at its own position.',
    why: 'Until the file parses, nothing else can be checked, and editors refuse to change it so that no edit damages it.',
    fix: 'Go to the reported position and fix the YAML: align the indentation with the neighbouring keys, close quotes and brackets, remove the duplicate key, or save the file as UTF-8.',
  },
  'merge-conflict': {
    title: 'The file contains unresolved git merge conflict markers.',
    meaning: 'Lines starting with <<<<<<<, ======= and >>>>>>> were left by git when two changes to the same lines were merged. One finding is reported per conflict block.',
    why: 'A conflicted file is not the plan you meant to keep. It is checked as if the first side ("ours") were kept, so other findings may change once you resolve it.',
    fix: 'Keep the lines you want from each side and delete the three marker lines, then commit the resolved file.',
  },
  schema: {
    title: 'The plan does not follow the career plan format.',
    meaning: 'A value has the wrong type, is not one of the allowed values, a required key is missing (reported on the parent key), a key is unknown (reported on that key), an id is not kebab-case, or a date is not a real calendar date.',
    why: 'Tools read the plan by its format: a misspelt key or value is silently ignored by every other check, so the plan says less than you think.',
    fix: 'Follow the message: fix the spelling of the key or value, add the missing key, write dates as YYYY-MM-DD and ids in kebab-case. Keys starting with "x-" are kept as your own extensions.',
  },
  'unknown-reference': {
    title: 'An id refers to something that does not exist.',
    meaning: 'A reference (plan, goal, after, addressed-by, plans, advisors, supporters) names an id that is not defined, or develops names a skill that is neither in skills nor in any plan\'s needs.',
    why: 'Broken links make progress, skill gaps and the network invisible to the analysis, usually because of a typo or a renamed item.',
    fix: 'Correct the id (the message suggests the closest one), or add the missing item to its section.',
  },
  'dependency-cycle': {
    title: 'Actions wait for each other in a circle.',
    meaning: 'The after links of some actions form a cycle (a → b → a); the message spells the cycle.',
    why: 'No action in a cycle can ever start, so that part of the plan is stuck.',
    fix: 'Remove or change one of the after links so the order is a line, not a circle.',
  },
  'missing-timeline': {
    title: 'Something in the plan has no date.',
    meaning: 'An open action has no due date, a goal has no by date, a planned or running experiment has no to date, or a backup plan has no dated open action and no dated experiment.',
    why: 'An action plan needs a timetable: undated steps and goals tend to never happen, and a backup plan without a dated next step is only a wish.',
    fix: 'Add the date: due for actions, by for goals, to for experiments; for a backup plan, add an open action with a due date or an experiment with dates.',
  },
  'skill-gap': {
    title: 'A plan needs a skill you do not have yet, and nothing dated develops it.',
    meaning: 'A plan\'s needs ask for a skill at a level above yours (a missing skill counts as 0), and no open action or planned or running experiment that develops the skill has a date. Reported on the needs entry.',
    why: 'Gaps between what a path needs and what you can do are closed by concrete, dated learning: courses, certifications, practice.',
    fix: 'Add an action that develops the skill (develops: [skill]) with a due date and link it to the plan, or raise the skill level if you already have it.',
  },
  overdue: {
    title: 'An open action is past its due date.',
    meaning: 'An action with status todo, doing or blocked has a due date before today. Reported on the due value.',
    why: 'An overdue step means the timetable no longer matches reality, and the steps after it slip too.',
    fix: 'Mark the action done (status: done, done: date), drop it, or move the due date to when you will really do it.',
  },
  'prerequisite-later': {
    title: 'An action is due before one of its prerequisites.',
    meaning: 'An action lists another action in after, but is due earlier than that prerequisite.',
    why: 'The timetable cannot be followed: the action cannot be finished before the work it waits for.',
    fix: 'Move the action\'s due date after its prerequisite\'s, or move the prerequisite earlier.',
  },
  'review-due': {
    title: 'The plan review is overdue.',
    meaning: 'review.last plus the review.every cadence is before today, or a cadence is set but no review is recorded.',
    why: 'A plan is only useful while it is current: review it on schedule (yearly at least) and after any significant life or career event.',
    fix: 'Review the plan: go through open actions and finished experiments, record a review.log entry and set review.last to today.',
  },
  'emergency-fund': {
    title: 'The emergency fund is too thin.',
    meaning: 'finances.emergency-fund covers less than 3 months of finances.monthly-expenses (a warning), or less than target-months (information; the target defaults to 6). The message gives the months covered.',
    why: 'Three to six months of living expenses buy the time to switch paths after a layoff or to try a backup plan.',
    fix: 'Build the fund up to at least 3 months of expenses, and towards your target; update the numbers in finances as they change.',
  },
  'no-backup': {
    title: 'The plan has no backup plan.',
    meaning: 'No plan under plans has kind: backup.',
    why: 'A Plan B chosen in calm times, from what you are good at or interested in, turns a layoff or a dead end into a switch instead of a crisis.',
    fix: 'Add a plan with kind: backup, close to your strengths, interests or current work (not just a hot market or a salary).',
  },
  'no-experiment': {
    title: 'A backup plan has no experiments.',
    meaning: 'A plan of kind backup has no entries under experiments.',
    why: 'A backup path should be tested on a small scale before you commit: you may love something small-scale and hate it full-time, or the opposite.',
    fix: 'Add an experiment: a freelance gig, volunteering, a side project, a course or an informational interview, with from and to dates.',
  },
  'unrated-experiment': {
    title: 'A finished experiment has no interest rating.',
    meaning: 'An experiment that is done, or whose to date has passed, has no interest value.',
    why: 'The point of an experiment is what you learn about your interest in the path; unrecorded, that lesson is lost by the next review.',
    fix: 'Add interest: 1-5 (how much you liked it) and learned: what you found out.',
  },
  'missing-horizon': {
    title: 'Goals are missing at one of the two horizons.',
    meaning: 'No goal is short-horizon (by at most 12 months from today, or horizon: short), or none is long-horizon (by at least 3 years from today, or horizon: long). Goals whose date has passed count for neither.',
    why: 'Goals for the next 12 months keep you moving; goals for 3–5 years give those steps a direction.',
    fix: 'Add the missing goal with a by date in the right range, or set horizon on an existing goal.',
  },
  'no-review': {
    title: 'The plan has no review cadence.',
    meaning: 'There is no review.every.',
    why: 'Plans go stale silently; a cadence lets the tools remind you when a review is due.',
    fix: 'Add review: { every: 3m } (or 6m, 1y, quarterly, yearly).',
  },
  'few-advisors': {
    title: 'Fewer than 2 advisors check the plan.',
    meaning: 'The review section names fewer than 2 advisors.',
    why: 'Two or three trusted advisors who check the plan catch blind spots and keep it honest; four or five supporters keep you going.',
    fix: 'Add people from network to review.advisors (and review.supporters).',
  },
  'stale-contact': {
    title: 'A mentor or advisor has not been contacted for a long time.',
    meaning: 'A network contact with role mentor or advisor was last contacted more than 180 days ago.',
    why: 'A network that is kept warm, with reciprocity, is there when you need it; a cold one is not.',
    fix: 'Get in touch, then update last-contact (and set next-contact).',
  },
  'stale-resume': {
    title: 'The resume has not been updated for over a year.',
    meaning: 'resume.updated is more than 365 days before today.',
    why: 'An up-to-date resume lets you act on an opportunity, or a layoff, right away.',
    fix: 'Refresh your resume and set resume.updated to today.',
  },
  'gap-after-goal': {
    title: 'A goal is due before the skill gap of its plan closes.',
    meaning: 'A goal with plan: P and a by date that has not passed is due before a skill gap of P closes: the latest due date among the open actions, and the to date among the planned or running experiments, that develop the skill. Reported on the goal\'s by, naming the skill, the closing date and the action or experiment that sets it.',
    why: 'A goal that comes before the skills it needs is a date you cannot meet: either the goal or the learning is planned wrong.',
    fix: 'Move the goal\'s by date after the gap closes, or move the action or experiment that closes the gap earlier.',
  },
  'few-supporters': {
    title: 'Fewer than 4 supporters are named.',
    meaning: 'The review section names fewer than 4 supporters.',
    why: 'Four or five friends who encourage you keep you going when the plan gets hard; advisors check it, supporters carry you.',
    fix: 'Add people from network to review.supporters.',
  },
  'contact-due': {
    title: 'It is time to get in touch with a contact.',
    meaning: 'A contact\'s next contact date is before today: its next-contact, else its last contact (the later of last-contact and the newest log date) plus every.',
    why: 'A network that is kept warm is there when you need it; a planned contact that slips quietly becomes a lost one.',
    fix: 'Get in touch, then log it: set last-contact, append a log entry and move next-contact (or let every set it).',
  },
  'one-sided-contact': {
    title: 'A contact only gives, and nothing is given back.',
    meaning: 'A contact\'s log has at least 3 entries dated within the last 365 days, and every one of them is got only.',
    why: 'Relationships last with reciprocity: help that goes one way wears out the person who gives it.',
    fix: 'Offer something in return (an introduction, feedback, help with their work, a thank-you) and log it as gave.',
  },
  'unaddressed-obstacle': {
    title: 'An obstacle has no action that addresses it.',
    meaning: 'An obstacle has no addressed-by, or every action it lists is dropped.',
    why: 'An obstacle you named but plan nothing against will still be in the way when you need to switch.',
    fix: 'Add an action that deals with the obstacle and list it in addressed-by.',
  },
  'low-interest': {
    title: 'The experiments of a backup plan showed little interest.',
    meaning: 'A backup plan whose done experiments that carry an interest average 2 or less. Reported on the plan\'s key.',
    why: 'Experiments exist to find out whether you would like the path: a low rating is the lesson, and a Plan B you dislike is not a plan.',
    fix: 'Rethink the backup plan, test a different side of it, or choose another path close to your strengths and interests.',
  },
  'stale-market': {
    title: 'The market research of a backup plan is over a year old.',
    meaning: 'A backup plan\'s market.researched is more than 365 days before today.',
    why: 'Demand and earnings change; a Plan B chosen on old numbers may not be there when you need it.',
    fix: 'Research demand and earnings again and set market.researched to today.',
  },
  'unused-suppression': {
    title: 'A disable comment silences nothing.',
    meaning: 'A careerplan-disable-next-line or careerplan-disable-file comment names a code that is not reported where it applies, or a code that does not exist.',
    why: 'Leftover suppressions hide future findings and make the file harder to read.',
    fix: 'Remove the comment, or fix the spelling of the code.',
  },
};

export const RULE_DOCS: Readonly<Record<RuleCode, RuleDoc>> = Object.fromEntries(
  (Object.keys(TEXTS) as RuleCode[]).map((code) => [code, { code, defaultSeverity: RULE_DEFAULTS[code], ...TEXTS[code] }]),
) as Record<RuleCode, RuleDoc>;

/** A rule's help in the given language. */
export function ruleDoc(code: RuleCode, locale: Locale = 'en'): RuleDoc {
  return locale === 'zh-cn' ? { code, defaultSeverity: RULE_DEFAULTS[code], ...RULE_DOC_TEXTS_ZH[code] } : RULE_DOCS[code];
}

const HELP_WORDS: Record<Locale, { why: string; fix: string; default: string; severity: Record<Severity, string> }> = {
  en: { why: 'Why it matters:', fix: 'How to fix:', default: 'default:', severity: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' } },
  'zh-cn': { why: '为什么重要：', fix: '如何修复：', default: '默认级别：', severity: { error: '错误', warning: '警告', info: '信息', hint: '提示' } },
};

/** Plain-text help: what it means, why it matters, how to fix. */
export function ruleHelpText(code: RuleCode, locale: Locale = 'en'): string {
  const doc = ruleDoc(code, locale);
  const words = HELP_WORDS[locale];
  return `${doc.meaning}\n\n${words.why} ${doc.why}\n\n${words.fix} ${doc.fix}`;
}

/** The same help in Markdown (SARIF `help.markdown`, hovers). */
export function ruleHelpMarkdown(code: RuleCode, locale: Locale = 'en'): string {
  const doc = ruleDoc(code, locale);
  const words = HELP_WORDS[locale];
  return `**${code}** (${words.default} ${words.severity[doc.defaultSeverity]}): ${doc.title}\n\n${doc.meaning}\n\n**${words.why}** ${doc.why}\n\n**${words.fix}** ${doc.fix}`;
}
