import * as vscode from 'vscode';
import { addDays, isIsoDate, type IsoDate } from '../../../server/src/core/dates';
import { MAX_SKILL_LEVEL } from '../../../server/src/core/model/types';
import type { ActionAnswer, ExperimentAnswer, ReviewActionStep, ReviewAnswers, ReviewChecklist, ReviewExperimentStep, ReviewSkillStep } from '../../../server/src/core/review';
import { relativeDue } from '../views/describe';
import { askText, pickOne, type Choice, type Step } from './quickInput';

/** What the walk-through needs besides the first checklist. */
export interface WalkthroughSource {
  /** The checklist again, once the actions marked done are known (the skills they develop join it). */
  checklistAfter(actionsDone: string[]): Promise<ReviewChecklist>;
  /** A one-line summary of what git says changed since the last review, when it is known by the last step. */
  sinceSummary(): string | undefined;
}

/**
 * Asks every question of a review, one quick input after the other, and returns the answers;
 * throws `Cancelled` when the user presses Escape at any step, before anything is changed.
 * Order: open actions, finished experiments without a rating, skills worth raising, the seed
 * questions, then notes.
 */
export async function walkThrough(first: ReviewChecklist, source: WalkthroughSource): Promise<ReviewAnswers> {
  const today = first.today;
  const counter = new StepCounter(first);

  const actions: ActionAnswer[] = [];
  let keepRest = false;
  for (const [index, action] of first.actions.entries()) {
    if (keepRest) break;
    const remaining = first.actions.length - index - 1;
    const decision = await askAction(counter.next(actionTitle(action, today)), action, today, remaining);
    if (decision === 'keep-rest') {
      keepRest = true;
      continue;
    }
    if (decision === 'reschedule') {
      const due = await askDate(counter.same(), action, today);
      actions.push({ id: action.id, decision: 'reschedule', due });
    } else if (decision !== 'keep') {
      actions.push({ id: action.id, decision });
    }
  }
  counter.skipActions(first.actions.length);

  const experiments: ExperimentAnswer[] = [];
  for (const experiment of first.experiments) {
    const interest = await askInterest(counter.next(experimentTitle(experiment)), experiment);
    const learnedStep = counter.next(experimentTitle(experiment));
    if (interest === null) continue;
    const learned = await askText(learnedStep, vscode.l10n.t('What did you learn from "{0}"? (optional)', experiment.id), {
      value: experiment.learned ?? '',
      placeholder: vscode.l10n.t('For example: I like it in small doses, but not full-time'),
    });
    experiments.push({ plan: experiment.plan, id: experiment.id, interest, learned });
  }

  const done = actions.filter((a) => a.decision === 'done').map((a) => a.id);
  const skillSteps = done.length ? (await source.checklistAfter(done)).skills : first.skills;
  counter.setSkills(skillSteps.length);
  const skills: Array<{ id: string; level: number }> = [];
  for (const skill of skillSteps) {
    const level = await askSkill(counter.next(vscode.l10n.t('Skill: {0} (level {1})', skill.id, skill.level)), skill);
    if (level !== skill.level) skills.push({ id: skill.id, level });
  }

  const questions: Record<string, string> = {};
  for (const [index, question] of first.questions.entries()) {
    const answer = await askText(counter.next(vscode.l10n.t('Question {0} of {1}', index + 1, first.questions.length)), question.text, {
      placeholder: vscode.l10n.t('Your answer, for the review log (optional: press Enter to skip)'),
    });
    if (answer.trim()) questions[question.id] = answer.trim();
  }

  const summary = source.sinceSummary();
  const notes = await askText(counter.next(vscode.l10n.t('Notes')), vscode.l10n.t('Notes for the review log (optional). Enter records the review.'), {
    placeholder: summary ? vscode.l10n.t('Since the last review: {0}', summary) : vscode.l10n.t('How is the plan going? What will you change?'),
  });

  return { date: today, notes: notes.trim() || undefined, actions, experiments, skills, questions };
}

/** Step numbers for the title bar ("3/11"); the number of skill steps is known only after the actions. */
class StepCounter {
  private current = 0;
  private title = '';
  private skills: number;

  constructor(private readonly checklist: ReviewChecklist) {
    this.skills = checklist.skills.length;
  }

  private get total(): number {
    const c = this.checklist;
    return c.actions.length + 2 * c.experiments.length + this.skills + c.questions.length + 1;
  }

  next(title: string): Step {
    this.current++;
    this.title = title;
    return this.same();
  }

  /** A follow-up input of the same step (the date after "Reschedule"). */
  same(): Step {
    return { title: this.title, step: this.current, totalSteps: this.total };
  }

  /** "Keep the rest" skipped some actions: count them as done. */
  skipActions(count: number): void {
    this.current = Math.max(this.current, count);
  }

  setSkills(count: number): void {
    this.skills = count;
  }
}

function actionTitle(action: ReviewActionStep, today: IsoDate): string {
  const due = action.due ? `${action.due}, ${relativeDue(action.due, today)}` : vscode.l10n.t('no due date');
  return vscode.l10n.t('Action: {0} ({1})', action.do || action.id, due);
}

type ActionDecision = ActionAnswer['decision'] | 'keep-rest';

async function askAction(step: Step, action: ReviewActionStep, today: IsoDate, remaining: number): Promise<ActionDecision> {
  const items: Array<Choice<ActionDecision>> = [
    { label: `$(check) ${vscode.l10n.t('Done')}`, description: vscode.l10n.t('mark it done today ({0})', today), value: 'done' },
    { label: `$(arrow-right) ${vscode.l10n.t('Keep')}`, description: vscode.l10n.t('leave it as it is'), value: 'keep' },
    { label: `$(calendar) ${vscode.l10n.t('Reschedule')}`, description: vscode.l10n.t('give it a new due date'), value: 'reschedule' },
    { label: `$(close) ${vscode.l10n.t('Drop')}`, description: vscode.l10n.t('it is no longer worth doing'), value: 'drop' },
  ];
  if (remaining > 0) {
    items.push({ label: `$(run-all) ${vscode.l10n.t('Keep the rest')}`, description: vscode.l10n.t('leave this and the {0} remaining actions as they are', remaining), value: 'keep-rest' });
  }
  const placeholder = action.overdue ? vscode.l10n.t('This action is overdue: done, keep, reschedule or drop?') : vscode.l10n.t('Done, keep, reschedule or drop?');
  return pickOne(step, placeholder, items, items[1]);
}

/** A real calendar date from today on; the suggestion is two weeks after today (or after the old date, if later). */
async function askDate(step: Step, action: ReviewActionStep, today: IsoDate): Promise<IsoDate> {
  const base = action.due && action.due > today ? action.due : today;
  const suggestion = addDays(base, 14);
  const answer = await askText(step, vscode.l10n.t('New due date for "{0}" (YYYY-MM-DD)', action.id), {
    value: suggestion,
    validate: (value) => {
      const date = value.trim();
      if (!isIsoDate(date)) return vscode.l10n.t('Write a calendar date as YYYY-MM-DD, like {0}.', suggestion);
      if (date < today) return vscode.l10n.t('Choose today ({0}) or a later date.', today);
      return undefined;
    },
  });
  return answer.trim();
}

function experimentTitle(experiment: ReviewExperimentStep): string {
  const span = experiment.from || experiment.to ? `, ${experiment.from ?? '…'} → ${experiment.to ?? '…'}` : '';
  return vscode.l10n.t('Experiment: {0} ({1})', experiment.id, `${experiment.kind ?? experiment.plan}${span}`);
}

async function askInterest(step: Step, experiment: ReviewExperimentStep): Promise<number | null> {
  const labels = [
    vscode.l10n.t('I disliked it'),
    vscode.l10n.t('I did not enjoy it much'),
    vscode.l10n.t('It was all right'),
    vscode.l10n.t('I liked it'),
    vscode.l10n.t('I loved it'),
  ];
  const items: Array<Choice<number | null>> = [5, 4, 3, 2, 1].map((n) => ({ label: `${n} — ${labels[n - 1]}`, value: n }));
  items.push({ label: `$(debug-step-over) ${vscode.l10n.t('Skip')}`, description: vscode.l10n.t('rate it at the next review'), value: null });
  return pickOne(step, vscode.l10n.t('How much did you like "{0}"? (interest 1–5)', experiment.id), items);
}

async function askSkill(step: Step, skill: ReviewSkillStep): Promise<number> {
  const why = skill.why.join('; ');
  const items: Array<Choice<number>> = [
    { label: `$(arrow-up) ${vscode.l10n.t('Raise to {0}', skill.suggested)}`, description: why, value: skill.suggested },
    { label: `$(dash) ${vscode.l10n.t('Keep at {0}', skill.level)}`, value: skill.level },
  ];
  for (let level = 0; level <= MAX_SKILL_LEVEL; level++) {
    if (level !== skill.suggested && level !== skill.level) items.push({ label: vscode.l10n.t('Set to {0}', level), value: level });
  }
  return pickOne(step, vscode.l10n.t('Has your level in {0} gone up?', skill.id), items, items[1]);
}
