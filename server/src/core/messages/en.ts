import type { DocumentShape, Expected, Place } from './terms';
import type { SyntaxArgs } from '../yaml/syntaxKinds';

/** A place in the plan, in words ("action \"pick-course\"", "item 2 of \"after\" of action \"a\""). */
function place(p: Place): string {
  switch (p.at) {
    case 'plan': return 'the plan';
    case 'section': return `"${p.section}"`;
    case 'entry': return `${p.kind} "${p.id}"`;
    case 'experiment': return `experiment "${p.id}"`;
    case 'needs': return `the needs of plan "${p.plan}"`;
    case 'need': return `needed skill "${p.skill}" of plan "${p.plan}"`;
    case 'review-log': return 'the review log';
    case 'review-log-entry': return `review log entry ${p.index}`;
    case 'field': return p.of ? `"${p.path}" of ${place(p.of)}` : `"${p.path}"`;
    case 'item': return `item ${p.index} of ${place(p.of)}`;
    case 'skill-level': return `the level of skill "${p.skill}"`;
    case 'need-level': return `the level plan "${p.plan}" needs in skill "${p.skill}"`;
  }
}

/** A place at the start of a sentence. */
function sentencePlace(p: Place): string {
  const text = place(p);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function expected(e: Expected): string {
  switch (e.is) {
    case 'number': {
      const noun = e.integer ? 'a whole number' : 'a number';
      if (e.min !== undefined && e.max !== undefined) return `${noun} from ${e.min} to ${e.max}`;
      if (e.min !== undefined) return e.min === 0 ? `${noun} of 0 or more` : `${noun} of at least ${e.min}`;
      if (e.above !== undefined) return `${noun} greater than ${e.above}`;
      if (e.max !== undefined) return `${noun} of at most ${e.max}`;
      return noun;
    }
    case 'map-with': return `a map with ${e.keys.map((k) => `"${k}"`).join(' and ')}${e.example ? ` (like ${e.example})` : ''}`;
    case 'text': return 'text';
    case 'list': return 'a list (like [a, b])';
    case 'map': return 'a map of keys and values';
    case 'boolean': return 'true or false';
    case 'empty': return 'empty';
    case 'any': return 'a valid value';
    case 'quoted-text': return `text: put ${e.value} in quotes ("${e.value}") to keep it as text`;
  }
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

const SHAPES: Record<DocumentShape, string> = { list: 'a list', scalar: 'a single value' };

function syntax(a: SyntaxArgs): string {
  switch (a.problem) {
    case 'missing-colon': return 'A key needs a colon after it, like "key: value".';
    case 'tab-indent': return 'Tabs are not allowed as indentation: indent with spaces.';
    case 'map-column': return 'All keys of a map must start at the same column: line this key up with the keys above it.';
    case 'list-column': return 'All items of a list must start at the same column: line this "-" up with the ones above it.';
    case 'bad-indent': return 'This line is indented in a way that does not fit the lines above it: line it up with the keys or items it belongs with.';
    case 'multiline-key': return 'A key must fit on one line: look for a missing colon or quote on the lines above.';
    case 'block-scalar-header': return 'After "|" or ">" the text starts on the next line: move what follows the "|" or ">" there, indented.';
    case 'flow-separator': return 'In a [list] or { map } written on one line, items are separated by "," and keys are followed by ": ": add the missing one.';
    case 'comment-space': return 'A comment needs a space before its "#".';
    case 'bad-escape': return 'This double-quoted text has a backslash escape YAML does not know: write \\ for a backslash, or use single quotes.';
    case 'anchor-tag': return 'This anchor (&), alias (*) or tag (!) is not valid here: a career plan needs none of them, so write the value out.';
    case 'directive': return 'A plan file needs no "%" directive: delete the line.';
    case 'structure': return 'This line does not fit the structure around it: check its indentation, and that list items start with "- ".';
    case 'unexpected': return 'This text cannot stand here: check the indentation, quotes and brackets on this line.';
    case 'multiple-docs': return 'A plan file holds one document: this "---" starts a second one. Delete it (and merge what follows into the plan), or move it to its own file.';
    case 'expected-key': return 'Expected a "key: value" line at the top level.';
    case 'alias-limit': return 'These aliases stand for too much data (an "alias bomb") and are not expanded: write the values out instead.';
    case 'nested-too-deeply': return 'The data here is nested too deeply to read.';
    case 'parser-failure': return 'The YAML reader failed on this text: that is a bug in careerplan; please report it with this plan.';
    case 'unclosed-quote': return `This text opens a ${a.quote} quote that is never closed: add the closing ${a.quote}.`;
    case 'too-deep': return `The data here is nested more than ${a.levels} levels deep; a career plan never needs that.`;
    case 'bad-scalar-start': return `A value cannot start with ${a.char} unless it is quoted: put the value in quotes.`;
    case 'unresolved-alias': return `The alias *${a.name} has no anchor &${a.name} before it.`;
    case 'alias-cycle': return `The alias *${a.name} points at a collection that contains it, which would repeat forever.`;
  }
}

/** The text for a state; the last (plainest) one for a state it does not know. */
function pick(texts: Record<string, string>, state: string): string {
  return texts[state] ?? Object.values(texts)[Object.values(texts).length - 1];
}

/**
 * Every text the analysis shows, in English. One function per message id; the Chinese catalogue
 * (zh.ts) has the same ids and arguments. Messages name the item and say what to do.
 */
export const en = {
  'yaml-syntax': (a: SyntaxArgs) => `YAML syntax error: ${syntax(a)}`,
  'yaml-syntax.duplicate-key': (a: { key: string }) => `The key "${a.key}" appears twice in the same map: keep only one of them (until then this later one counts).`,
  'yaml-syntax.not-utf8': () => 'The file is not valid UTF-8 text: save it with UTF-8 encoding.',
  'yaml-syntax.too-large': (a: { measure: 'lines' | 'characters'; limit: number }) =>
    `This plan is too large to check: it has more than ${a.limit.toLocaleString('en')} ${a.measure}. Split it into smaller plans, or move bulky data out of it.`,
  'merge-conflict': () =>
    'Unresolved git merge conflict: keep the lines you want and delete the <<<<<<<, ======= and >>>>>>> markers. Until then the plan is checked as if the first side ("ours") were kept.',
  'schema.empty': () => 'The file is empty: a career plan starts with "careerplan: 1".',
  'schema.not-map': (a: { found: DocumentShape }) => `A career plan is a map of sections (careerplan, skills, goals, …), but this document is ${SHAPES[a.found]}.`,
  'schema.empty-key': () => 'This line has a ":" with no key before it: write the key, or delete the line.',
  'schema.unknown-key': (a: { key: string; where: Place; suggestion?: string }) =>
    a.suggestion
      ? `Unknown key "${a.key}" in ${place(a.where)}: did you mean "${a.suggestion}"? Otherwise remove it, or start it with "x-" to keep it as your own extension.`
      : `Unknown key "${a.key}" in ${place(a.where)}: fix its spelling, remove it, or start it with "x-" to keep it as your own extension.`,
  'schema.bad-id': (a: { id: string; where: Place; suggestion?: string }) =>
    `"${a.id}" is not a valid id in ${place(a.where)}: use lower-case letters, digits and dashes (kebab-case), like "${a.suggestion || 'tech-writer'}".`,
  'schema.missing-key': (a: { key: string; where: Place }) => `${sentencePlace(a.where)} is missing the required key "${a.key}".`,
  'schema.enum': (a: { key: Place; value: string; allowed: string; suggestion?: string }) =>
    a.suggestion
      ? `"${a.value}" is not a valid value for ${place(a.key)}: did you mean "${a.suggestion}"? The values are ${a.allowed}.`
      : `"${a.value}" is not a valid value for ${place(a.key)}: use one of ${a.allowed}.`,
  'schema.type': (a: { key: Place; expected: Expected[] }) => `${sentencePlace(a.key)} must be ${a.expected.map(expected).join(', or ')}.`,
  'schema.date': (a: { key: Place; value: string; problem?: 'not-a-date' | 'form' | 'calendar'; corrected?: string }) =>
    a.problem === 'form' && a.corrected
      ? `"${a.value}" in ${place(a.key)} is not written as YYYY-MM-DD: write it as ${a.corrected}.`
      : a.problem === 'not-a-date'
        ? `"${a.value}" in ${place(a.key)} is not a date: write it as YYYY-MM-DD (for example 2027-03-31).`
        : `"${a.value}" in ${place(a.key)} is not a real calendar date: write it as YYYY-MM-DD (for example 2027-03-31).`,
  'schema.version': () => 'careerplan must be 1: it is the format version of this file.',
  'schema.const': (a: { key: Place; value: string }) => `${sentencePlace(a.key)} must be ${a.value}.`,
  'schema.pattern': (a: { key: Place; value: string; examples: string[] }) =>
    a.examples.length ? `${sentencePlace(a.key)}: "${a.value}" is not valid here; write it like ${orList(a.examples)}.` : `${sentencePlace(a.key)}: "${a.value}" does not have the expected form.`,
  'schema.invalid': (a: { key: Place }) => `${sentencePlace(a.key)} has a value the career plan format does not allow here.`,
  'unknown-reference': (a: { kind: string; id: string; section: string; suggestion: string }) =>
    a.suggestion
      ? `There is no ${a.kind === 'contact' ? 'person in your network' : a.kind} named "${a.id}" in "${a.section}": did you mean "${a.suggestion}"?`
      : `There is no ${a.kind === 'contact' ? 'person in your network' : a.kind} named "${a.id}": add it under "${a.section}"${a.kind === 'skill' ? ' (or to a plan\'s needs)' : ''}, or fix the id.`,
  'dependency-cycle': (a: { cycle: string }) =>
    `These actions wait for each other in a circle, so none of them can start: ${a.cycle}. Remove one of the "after" links.`,
  'dependency-cycle.self': (a: { id: string }) => `Action "${a.id}" waits for itself in its "after" list, so it can never start: remove "${a.id}" from the list.`,
  'missing-timeline.action': (a: { id: string }) => `Action "${a.id}" has no due date: add "due: YYYY-MM-DD" so it has a place in your timetable.`,
  'missing-timeline.goal': (a: { id: string }) => `Goal "${a.id}" has no target date: add "by: YYYY-MM-DD" to give it a timeline.`,
  'missing-timeline.experiment': (a: { id: string }) => `Experiment "${a.id}" has no end date: add "to: YYYY-MM-DD" so you know when to judge it.`,
  'missing-timeline.plan': (a: { id: string }) =>
    `Backup plan "${a.id}" has no dated next step: add an open action with a due date, or an experiment with dates, that moves it forward.`,
  'skill-gap': (a: { plan: string; skill: string; have: number; need: number }) =>
    `Plan "${a.plan}" needs ${a.skill} at level ${a.need}, you have ${a.have}, and no dated action or experiment develops it: add an action that develops "${a.skill}" with a due date.`,
  overdue: (a: { id: string; due: string; days: number }) =>
    `Action "${a.id}" was due on ${a.due} (${a.days} ${a.days === 1 ? 'day' : 'days'} ago): mark it done, or move the due date.`,
  'prerequisite-later': (a: { id: string; due: string; prerequisite: string; prerequisiteDue: string }) =>
    `Action "${a.id}" is due on ${a.due}, before its prerequisite "${a.prerequisite}" (due ${a.prerequisiteDue}): move one of the two dates.`,
  'review-due': (a: { last: string; every: string; next: string }) =>
    `Your plan review is overdue: the last review was on ${a.last}, so with "every: ${a.every}" the next one was due on ${a.next}. Start a review.`,
  'review-due.never': (a: { every: string }) =>
    `This plan is to be reviewed "every: ${a.every}", but no review is recorded yet: start a review (it sets review.last).`,
  'emergency-fund': (a: { months: string; target: string }) =>
    `Your emergency fund covers ${a.months} months of expenses: build it to at least 3 months (your target is ${a.target} months) so that you have time to switch paths if you must.`,
  'emergency-fund.below-target': (a: { months: string; target: string }) =>
    `Your emergency fund covers ${a.months} months of expenses, below your target of ${a.target} months: keep saving towards it.`,
  'no-backup': () => 'This plan has no backup plan: add a plan with "kind: backup" (a Plan B) built on what you are good at or interested in.',
  'no-experiment': (a: { plan: string }) =>
    `Backup plan "${a.plan}" has no experiments: test it on a small scale first (a freelance gig, volunteering, a course, an informational interview).`,
  'unrated-experiment': (a: { id: string }) => `Experiment "${a.id}" is over but has no rating: record how much you liked it with "interest: 1-5" (and what you learned).`,
  'missing-horizon.short': () => 'No goal for the next 12 months: add a goal with a "by" date within a year (or "horizon: short").',
  'missing-horizon.long': () => 'No long-term goal: add a goal for 3–5 years from now (a "by" date at least 3 years away, or "horizon: long").',
  'no-review': () => 'This plan has no review cadence: add "review: { every: 3m }" (or 1y, quarterly…) so you revisit it regularly.',
  'few-advisors': (a: { count: number }) =>
    `${a.count === 0 ? 'No advisor is' : 'Only one advisor is'} named for reviews: ask 2–3 trusted advisors from your network to check the plan.`,
  'stale-contact': (a: { name: string; role: string; days: number }) =>
    `You last talked to your ${a.role} ${a.name} ${a.days} days ago: get in touch to keep the relationship warm.`,
  'stale-resume': (a: { updated: string; days: number }) => `Your resume was last updated on ${a.updated}, ${a.days} days ago: refresh it at least once a year.`,
  'gap-after-goal': (a: { goal: string; by: string; skill: string; closesOn: string; closer: string; closerKind: 'action' | 'experiment' }) =>
    `Goal "${a.goal}" is due on ${a.by}, but its plan's gap in ${a.skill} only closes on ${a.closesOn} (${a.closerKind} "${a.closer}"): move the goal's date after that, or move the ${a.closerKind} earlier.`,
  'few-supporters': (a: { count: number }) =>
    `${a.count === 0 ? 'No supporter is' : a.count === 1 ? 'Only one supporter is' : `Only ${a.count} supporters are`} named: ask 4–5 friends or colleagues who encourage you, and list them in review.supporters.`,
  'contact-due': (a: { name: string; next: string; days: number; every: string; last: string }) =>
    `It is time to get in touch with ${a.name}: the next contact was due on ${a.next}${a.every ? ` (every ${a.every} since ${a.last})` : ''}, ${a.days} ${a.days === 1 ? 'day' : 'days'} ago. Get in touch, then log it.`,
  'one-sided-contact': (a: { name: string; count: number }) =>
    `${a.name} helped you ${a.count} times in the last year and the log shows nothing given back: offer help in return (an introduction, feedback, a thank-you) and log it as "gave".`,
  'unaddressed-obstacle': (a: { id: string; dropped: boolean }) =>
    a.dropped
      ? `Obstacle "${a.id}" is addressed only by dropped actions: add an action that deals with it and list it in "addressed-by".`
      : `Obstacle "${a.id}" has no action that addresses it: add one and list it in "addressed-by".`,
  'low-interest': (a: { plan: string; average: string; count: number }) =>
    `Your experiments for backup plan "${a.plan}" rated your interest ${a.average} on average (${a.count} rated): rethink this path, or test a different side of it before relying on it.`,
  'stale-market': (a: { plan: string; researched: string; days: number }) =>
    `The market research for backup plan "${a.plan}" dates from ${a.researched} (${a.days} days ago): look at demand and earnings again and update "researched".`,
  'unused-suppression': (a: { code: string }) => `This comment silences "${a.code}", but nothing here reports it: remove the comment.`,
  'unused-suppression.unknown': (a: { code: string }) => `"${a.code}" is not a careerplan rule code: fix the spelling or remove it.`,
  'edit.refused-syntax': () => 'The file has YAML syntax errors: fix them first, then try again (edits are refused so nothing gets damaged).',
  'edit.refused-conflict': () => 'The file has unresolved merge conflicts: resolve them first, then try again.',
  'edit.not-found': (a: { subject: string }) => `"${a.subject}" was not found in the plan (it may have been renamed or removed).`,
  'edit.unsupported': (a: { subject: string }) => `This change cannot be made automatically here${a.subject ? ` ("${a.subject}")` : ''}: edit the file by hand.`,
  'edit.refused-lone-cr': () => 'A line here ends with a lone carriage return (\\r), which editors show as a line break but YAML reads as text: save the file with LF or CRLF line endings, then try again.',
  'edit.refused-alias': (a: { subject: string }) => `This value is shared through a YAML anchor and alias ("${a.subject}"): changing it here would change it everywhere it is repeated. Write the value out, then try again.`,
  'edit.refused-long-key': (a: { subject: string }) => `The id "${a.subject}" is longer than the 1,024 characters YAML allows in a key: choose a shorter id.`,
  'edit.refused-block': (a: { subject: string }) => `The value here is a block of several lines ("${a.subject}"): replacing it would lose its lines and comments, so edit it by hand.`,
  'edit.stale-version': () => 'The file changed while this edit was being prepared: try again.',
  'edit.not-open': () => 'This plan is not open in the language server: open it in the editor and try again.',
  'edit.invalid': (a: { detail: string }) => `The edit request is not valid: ${a.detail}.`,
  'fix.add-date': (a: { key: string; date: string }) => `Add "${a.key}: ${a.date}"`,
  'fix.add-next-step': (a: { plan: string; date: string }) => `Add a next step for "${a.plan}", due ${a.date}`,
  'fix.add-skill-action': (a: { id: string; skill: string; date: string }) => `Add action "${a.id}" that develops ${a.skill}, due ${a.date}`,
  'fix.date-skill-action': (a: { id: string; date: string }) => `Give action "${a.id}" a due date (${a.date})`,
  'fix.did-you-mean': (a: { id: string }) => `Change to "${a.id}"`,
  'fix.create': (a: { kind: string; id: string; section: string }) =>
    `Add ${a.kind === 'contact' ? 'person' : a.kind} "${a.id}" to "${a.section}"`,
  'fix.mark-done': (a: { id: string }) => `Mark "${a.id}" done`,
  'fix.move-due': (a: { date: string }) => `Move the due date to ${a.date}`,
  'fix.start-review': () => 'Start the review',
  'fix.replace-value': (a: { value: string }) => `Change to "${a.value}"`,
  'fix.ignore-line': (a: { code: string }) => `Ignore ${a.code} on this line`,
  'fix.ignore-file': (a: { code: string }) => `Ignore ${a.code} in this file`,
  'fix.text.develop-skill': (a: { skill: string; level: number }) => `Develop ${a.skill} to level ${a.level}`,
  'fix.text.next-step': (a: { plan: string }) => `Take the next step towards ${a.plan}`,
  'fix.add-key': (a: { key: string; value: string }) => `Add "${a.key}: ${a.value}"`,
  'fix.remove-key': (a: { key: string }) => `Remove "${a.key}"`,
  'fix.rename-key': (a: { key: string }) => `Rename to "${a.key}"`,
  'fix.remove-after': (a: { id: string; prerequisite: string }) => `Remove "${a.prerequisite}" from the after list of "${a.id}"`,
  'fix.due-after-prerequisite': (a: { id: string; date: string; prerequisite: string }) => `Move "${a.id}" to ${a.date}, after "${a.prerequisite}"`,
  'fix.prerequisite-earlier': (a: { prerequisite: string; date: string }) => `Move "${a.prerequisite}" earlier, to ${a.date}`,
  'fix.set-target-months': (a: { months: number }) => `Set target-months to ${a.months}`,
  'fix.open-finances': () => 'Open the finances',
  'fix.open-plan': (a: { plan: string }) => `Open plan "${a.plan}"`,
  'fix.add-backup-plan': (a: { id: string }) => `Add a backup plan "${a.id}"`,
  'fix.add-experiment': (a: { id: string; plan: string; from: string; to: string }) => `Add experiment "${a.id}" to "${a.plan}" (${a.from} to ${a.to})`,
  'fix.rate-experiment': (a: { id: string; interest: number }) => `Rate "${a.id}": interest ${a.interest} of 5`,
  'fix.add-goal': (a: { horizon: string; id: string; date: string }) =>
    a.horizon === 'short' ? `Add a goal for the next 12 months ("${a.id}", by ${a.date})` : `Add a 3–5-year goal ("${a.id}", by ${a.date})`,
  'fix.add-review-cadence': (a: { every: string }) => `Review every ${a.every} (add "review: { every: ${a.every} }")`,
  'fix.add-to-review': (a: { name: string; list: string }) => `Add ${a.name} to review.${a.list}`,
  'fix.add-new-contact': (a: { id: string; list: string }) => `Add a new contact "${a.id}" to network and review.${a.list}`,
  'fix.log-contact': (a: { name: string; date: string }) => `Log a contact with ${a.name} today (${a.date})`,
  'fix.log-contact-next': (a: { name: string; date: string; next: string }) => `Log a contact with ${a.name} today (${a.date}), next contact ${a.next}`,
  'fix.set-today': (a: { key: string; date: string }) => `Set ${a.key} to today (${a.date})`,
  'fix.remove-suppression': () => 'Remove this suppression comment',
  'fix.remove-suppression-code': (a: { code: string }) => `Remove ${a.code} from this comment`,
  'fix.all': (a: { count: number }) => `Fix all unambiguous problems (${a.count})`,
  'fix.text.backup-plan': () => 'My Plan B',
  'fix.text.learned': () => 'What I learned',
  'fix.text.short-goal': () => 'A goal for the next 12 months',
  'fix.text.long-goal': () => 'Where I want to be in 3 to 5 years',
  'fix.text.contact-log': () => 'Caught up',
  'fix.text.new-contact': (a: { list: string }): string => (a.list === 'advisors' ? 'A trusted advisor' : 'A friend who encourages me'),
  'fix.move-goal-by': (a: { goal: string; date: string }) => `Move the "by" of goal "${a.goal}" to ${a.date}, after the gap closes`,
  'fix.log-gave': (a: { name: string; date: string }) => `Log something you gave ${a.name} today (${a.date})`,
  'fix.add-obstacle-action': (a: { id: string; obstacle: string }) => `Add action "${a.id}" that addresses "${a.obstacle}"`,
  'fix.text.gave': () => 'What I gave back',
  'fix.text.address-obstacle': (a: { obstacle: string }) => `Work around: ${a.obstacle}`,
  'lens.progress': (a: { done: number; total: number }) => (a.total === 0 ? 'No actions yet' : `${a.done}/${a.total} actions done`),
  'lens.next': (a: { id: string; due: string }) => (a.due ? `Next: ${a.id} (due ${a.due})` : `Next: ${a.id} (no due date)`),
  'lens.mark-done': () => 'Mark done',
  'lens.snooze': () => 'Snooze a week',
  'lens.review-due': (a: { since: string }) => `Review due since ${a.since}`,
  'lens.review-due.never': () => 'Review due: none recorded yet',
  'lens.review-next': (a: { date: string }) => `Next review on ${a.date}`,
  'lens.review-none': () => 'No review cadence',
  'lens.start-review': () => 'Start review',
  'lens.readiness': (a: { percent: number }) => `Readiness ${a.percent}%`,
  'hint.runway': (a: { months: string; covered: boolean }) => (a.covered ? 'covered if you lost your job' : `≈ ${a.months} months if you lost your job`),
  'hint.gap-closes': (a: { date: string }) => `closes ${a.date}`,
  'hint.gap-undated': () => 'no dated plan',
  'hint.next-contact': (a: { date: string; due: boolean }) => (a.due ? `next contact ${a.date}, due` : `next contact ${a.date}`),
  'hint.waiting': (a: { ids: string }) => `waiting on ${a.ids}`,
  'arithmetic.runway': (a: { fund: string; expenses: string; continuing: string; months: string }) =>
    `**Runway** if you lost your job: emergency-fund ÷ (monthly-expenses − income that goes on) = ${a.fund} ÷ (${a.expenses} − ${a.continuing}) ≈ **${a.months} months** (rounded down to one decimal).`,
  'arithmetic.runway-covered': (a: { expenses: string; continuing: string }) =>
    `**Runway** if you lost your job: unlimited — the income that goes on (${a.continuing} a month) covers monthly-expenses (${a.expenses}).`,
  'arithmetic.stream': (a: { id: string; amount: string; kind: string; continues: boolean }) =>
    `\`${a.id}\` ${a.amount} (${a.kind}): ${a.continues ? 'goes on' : 'stops with the job'}`,
  'arithmetic.gap': (a: { plan: string; skill: string; have: number; need: number }) => `**Skill gap**: plan \`${a.plan}\` needs \`${a.skill}\` at level ${a.need}; you have ${a.have}.`,
  'arithmetic.gap-closes': (a: { date: string }) => `It closes on **${a.date}**, the latest of these dates:`,
  'arithmetic.gap-closer': (a: { id: string; kind: 'action' | 'experiment'; date: string }) =>
    a.kind === 'action' ? `action \`${a.id}\` due ${a.date}` : `experiment \`${a.id}\` to ${a.date}`,
  'arithmetic.gap-undated': (a: { skill: string }) =>
    `No dated plan closes it: add an open action with \`develops: [${a.skill}]\` and a due date, or a planned experiment with a \`to\` date.`,
  'arithmetic.next-contact-set': (a: { date: string }) => `**Next contact** ${a.date}, as next-contact says.`,
  'arithmetic.next-contact': (a: { last: string; from: 'last-contact' | 'log'; every: string; date: string }) =>
    `**Next contact**: last contact ${a.last} (${a.from === 'log' ? 'the newest log entry' : 'last-contact'}) + every ${a.every} = **${a.date}**.`,
  'arithmetic.next-contact-none': () => '**Next contact**: none — set next-contact, or every with a last contact.',
  'arithmetic.contact-due': (a: { date: string }) => `Due: ${a.date} has passed. Get in touch, then log the contact.`,
  'arithmetic.exchanges': (a: { gave: number; got: number }) => `Log: you gave ${a.gave} times and got ${a.got} times.`,
  'arithmetic.waiting': () => '**Waiting**: this action cannot start before these open actions are finished:',
  'arithmetic.waiting-on': (a: { id: string; status: string; due: string }) => (a.due ? `\`${a.id}\` (${a.status}, due ${a.due})` : `\`${a.id}\` (${a.status}, no due date)`),
  'review.question.job-disappeared': () => 'What would I do if my current job disappeared tomorrow?',
  'review.question.fund-enough': () => 'Is my emergency fund still enough?',
  'review.question.network-quiet': () => 'Who in my network have I not talked to?',
  'review.reason.need': (a: { plan: string; level: number }) => `plan "${a.plan}" needs level ${a.level}`,
  'review.reason.develops': (a: { action: string }) => `action "${a.action}" is done and develops it`,
  'calendar.name': () => 'Career plan',
  'calendar.category': () => 'Career plan',
  'calendar.contact-summary': (a: { name: string }) => `Get in touch with ${a.name}`,
  'calendar.description.plan': (a: { title: string; id: string }) => (a.title ? `Plan: ${a.title} (${a.id})` : `Plan: ${a.id}`),
  'calendar.description.goal': (a: { title: string; id: string }) => (a.title ? `Goal: ${a.title} (${a.id})` : `Goal: ${a.id}`),
  'calendar.description.action': (a: { id: string; status: string }) => `Action: ${a.id} (${a.status})`,
  'calendar.description.contact': (a: { id: string; role: string }) => (a.role ? `Contact: ${a.id} (${a.role})` : `Contact: ${a.id}`),
  'calendar.description.last-contact': (a: { date: string }) => `Last contact: ${a.date}`,
  'calendar.review-summary': () => 'Review your career plan',
  'calendar.goal-summary': (a: { title: string }) => `Goal due: ${a.title}`,
  'calendar.experiment-summary': (a: { id: string }) => `Experiment ends: ${a.id}`,
  'calendar.description.career-plan': (a: { name: string }) => `Career plan: ${a.name}`,
  'calendar.description.review': (a: { every: string; last: string }) => (a.last ? `Review every ${a.every}; last review ${a.last}` : `Review every ${a.every}`),
  'calendar.description.experiment': (a: { id: string; status: string }) => `Experiment: ${a.id} (${a.status})`,
  'readiness.fit': (a: { why: boolean; skill: string; level: number }) =>
    a.why && a.skill
      ? `"why" is written, and it builds on ${a.skill}, which you have at level ${a.level}`
      : a.why
        ? '"why" is written, but it needs none of your skills at level 3 or more'
        : a.skill
          ? `Builds on ${a.skill} (your level ${a.level}), but "why" is not written`
          : 'No "why", and it needs none of your skills at level 3 or more',
  'readiness.skills': (a: { needs: number; met: number; dated: number }) =>
    a.needs === 0
      ? 'No needs listed: add the skills this path takes'
      : `${a.met} of ${a.needs} ${a.needs === 1 ? 'need' : 'needs'} met, ${a.dated} more with a closing date`,
  'readiness.tested': (a: { state: 'liked' | 'running' | 'unrated' | 'disliked' | 'planned' | 'none'; id: string; interest: number }) =>
    pick(
      {
        liked: `Experiment "${a.id}" done, interest ${a.interest}`,
        running: `Experiment "${a.id}" is running`,
        unrated: `Experiment "${a.id}" is done but not rated`,
        disliked: 'Every rated experiment scored below 3',
        planned: 'Experiments planned, none run yet',
        none: 'Not tested: no experiment yet',
      },
      a.state,
    ),
  'readiness.network': (a: { count: number; names: string }) =>
    a.count === 0 ? 'No contact lists this plan in "plans"' : `${a.count} ${a.count === 1 ? 'contact helps' : 'contacts help'}: ${a.names}`,
  'readiness.market': (a: { state: 'recent' | 'old' | 'undated' | 'none'; date: string }) =>
    pick(
      {
        recent: `Market researched on ${a.date}`,
        old: `Market researched on ${a.date}, more than a year ago`,
        undated: 'Market research without a date',
        none: 'No market research',
      },
      a.state,
    ),
  'readiness.trigger': (a: { written: boolean }): string => (a.written ? 'Trigger written: you know when you would switch' : 'No trigger: write down when you would switch'),
  'readiness.runway': (a: { state: 'covered' | 'enough' | 'some' | 'short' | 'none'; months: string; target: string }) =>
    pick(
      {
        covered: 'Income that goes on without your job covers your expenses',
        enough: `Runway ${a.months} months, at least your target of ${a.target}`,
        some: `Runway ${a.months} months, below your target of ${a.target}`,
        short: `Runway ${a.months} months, less than 3`,
        none: 'No runway known: add monthly-expenses and emergency-fund',
      },
      a.state,
    ),
  'report.title': (a: { owner: string }) => (a.owner ? `Career plan report: ${a.owner}` : 'Career plan report'),
  'report.generated': (a: { file: string; today: string }) => `${a.file}, as of ${a.today}`,
  'report.runway': () => 'Runway',
  'report.runway.months': (a: { months: string; fund: string; expenses: string; income: string }) =>
    `${a.months} months if your job stopped today: ${a.fund} saved, ${a.expenses} a month in expenses, ${a.income} a month of income that goes on.`,
  'report.runway.covered': (a: { income: string; expenses: string }) => `Covered: ${a.income} a month of income that goes on without your job pays the ${a.expenses} of expenses.`,
  'report.runway.none': () => 'No runway known: add monthly-expenses and emergency-fund to finances.',
  'report.readiness': () => 'Backup plans',
  'report.readiness.plan': (a: { title: string; readiness: number }) => `${a.title}: ${a.readiness}% ready`,
  'report.readiness.none': () => 'No backup plan yet.',
  'report.criterion': (a: { id: string }) =>
    pick({ fit: 'Fit', skills: 'Skills', tested: 'Tested', network: 'Network', market: 'Market', trigger: 'Trigger', runway: 'Runway' }, a.id),
  'report.gaps': () => 'Skill gaps',
  'report.gap': (a: { plan: string; skill: string; have: number; need: number }) => `${a.plan}: ${a.skill} ${a.have} → ${a.need}`,
  'report.gap.closes': (a: { date: string; by: string }) => `closes on ${a.date} (${a.by})`,
  'report.gap.open': () => 'no closing date: nothing dated develops it',
  'report.gaps.none': () => 'No skill gaps.',
  'report.actions': () => 'Next actions',
  'report.actions.waiting': () => 'Waiting',
  'report.actions.none': () => 'No open actions.',
  'report.action.due': (a: { date: string; overdue: boolean }) => (a.date ? (a.overdue ? `overdue since ${a.date}` : `due ${a.date}`) : 'no due date'),
  'report.action.waiting-on': (a: { ids: string }) => `waits on ${a.ids}`,
  'report.contacts': () => 'Contacts',
  'report.contact.next': (a: { date: string; due: boolean }) => (a.date ? (a.due ? `get in touch: due since ${a.date}` : `next contact ${a.date}`) : 'no next contact'),
  'report.contact.exchanges': (a: { gave: number; got: number }) => `gave ${a.gave}, got ${a.got}`,
  'report.contacts.none': () => 'No contacts yet.',
  'report.review': () => 'Review',
  'report.review.next': (a: { every: string; last: string; next: string; due: boolean }) =>
    a.next ? `${a.due ? 'Due since' : 'Next review on'} ${a.next} (every ${a.every}, last ${a.last}).` : a.every ? `Due: no review recorded yet (every ${a.every}).` : 'No review cadence.',
  'report.review.none': () => 'No review section.',
  'report.timeline': () => 'Timeline',
  'report.progress': () => 'Progress over time',
  'report.progress.caption': (a: { commits: number }) => `Actions done and skills raised at each of ${a.commits} commits.`,
  'report.progress.done': () => 'actions done',
  'report.progress.skills': () => 'skills raised',
  'timeline.no-plan': () => 'No plan',
  'timeline.today': () => 'Today',
} satisfies Record<string, (args: never) => string>;
