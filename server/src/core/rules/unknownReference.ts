import type { Action, Contact, Goal, Plan, PlanModel, Ref } from '../model/types';
import { closestId } from '../text/closest';
import { sameItems } from '../model/listChange';
import { EntryFindings, IdsToken, idsOfChanged, kept } from './kept';
import type { Report, Rule } from './rule';

/** What a reference names, and the section where such an item is defined (for "add it under …"). */
type TargetKind = 'plan' | 'goal' | 'action' | 'contact' | 'skill';

const SECTION: Record<TargetKind, string> = {
  plan: 'plans',
  goal: 'goals',
  action: 'actions',
  contact: 'network',
  skill: 'skills',
};

/** unknown-reference (SPEC §3): an id in a reference field that names nothing of the right kind. */
export const unknownReferenceRule: Rule = {
  code: 'unknown-reference',
  reads: (model) => [model.goals, model.actions, model.plans, model.obstacles, model.contacts, model.review, model.skillById],
  check(context, report) {
    const { model } = context;
    const checker = new ReferenceChecker(model, report);
    // An entry's findings depend on it and on which ids of the kinds it names exist, so each
    // id-keyed section keeps its entries' findings while those ids stay the same, and an edit
    // checks only the entries it made (for actions, also those that wait for an action id that
    // came or went). A kept did-you-mean was computed against the same ids, so it is the one a
    // fresh check would give.
    const state = kept(context, 'state', () => new KeptReferences());
    const plans = state.planIds.of(model.plans);
    const goals = state.goalIds.of(model.goals);
    const skills = state.skillsToken(model, checker);
    const each = <E extends object>(findings: EntryFindings<E>, list: readonly E[], token: unknown[], check: (entry: E) => void, recheck?: (entry: E) => boolean) =>
      findings.update(list, token, (entry, reportEntry) => {
        checker.reportTo(reportEntry);
        check(entry);
      }, report, recheck);
    each(state.goals, model.goals, [plans], (goal) => goal.plan && checker.check('plan', goal.plan));
    const gone = actionIdsThatCameOrWent(state.actionList, state.actionById, model);
    each(state.actions, model.actions, [plans, goals, skills], (action) => {
      if (action.plan) checker.check('plan', action.plan);
      if (action.goal) checker.check('goal', action.goal);
      checker.checkAll('action', action.after);
      checker.checkAll('skill', action.develops);
    }, gone.size ? (action) => action.after.some((ref) => gone.has(ref.id)) : undefined);
    state.actionList = model.actions;
    state.actionById = model.actionById;
    each(state.plans, model.plans, [skills], (plan) => {
      for (const experiment of plan.experiments) checker.checkAll('skill', experiment.develops);
    });
    each(state.contacts, model.contacts, [plans], (contact) => checker.checkAll('plan', contact.plans));
    // Obstacles and the review are short: checked in full.
    checker.reportTo(report);
    for (const obstacle of model.obstacles) checker.checkAll('action', obstacle.addressedBy);
    if (model.review) {
      checker.checkAll('contact', model.review.advisors);
      checker.checkAll('contact', model.review.supporters);
    }
  },
};

/** What unknown-reference keeps of one document between analyses. */
class KeptReferences {
  readonly planIds = new IdsToken();
  readonly goalIds = new IdsToken();
  readonly skillNames = new IdsToken();
  readonly goals = new EntryFindings<Goal>();
  readonly actions = new EntryFindings<Action>();
  readonly plans = new EntryFindings<Plan>();
  readonly contacts = new EntryFindings<Contact>();
  actionList: readonly Action[] = [];
  actionById: ReadonlyMap<string, Action> = new Map();
  private skillSources: readonly unknown[] = [];
  private skills: object | undefined;

  /**
   * The token of the skill names a reference may use. They come from your skills and the plans'
   * needs: while both are the objects of last time (an edit elsewhere), the names are not
   * gathered again.
   */
  skillsToken(model: PlanModel, checker: ReferenceChecker): object {
    const sources = [model.skillById, model.plans];
    if (!this.skills || !sameItems(this.skillSources, sources)) {
      this.skillSources = sources;
      this.skills = this.skillNames.ofNames(checker.skillNames());
    }
    return this.skills;
  }
}

/** The ids of the actions an edit made or dropped that exist now and did not before, or the other way round. */
function actionIdsThatCameOrWent(before: readonly Action[], beforeById: ReadonlyMap<string, Action>, model: PlanModel): Set<string> {
  const ids = idsOfChanged(before, model.actions);
  for (const id of ids) if (beforeById.has(id) === model.actionById.has(id)) ids.delete(id);
  return ids;
}

/**
 * Comparisons allowed for did-you-mean per analysis (a tenth of a second or so). Plenty for real plans; a plan
 * with thousands of distinct unknown ids among thousands of ids gets suggestions for the first
 * ones only, so typing stays responsive (code actions can still compute one on demand).
 */
const SUGGESTION_BUDGET = 200_000;

/**
 * Reports unknown ids; suggestions are computed once per unknown id, only for unknown ones.
 * Most references name something that exists, so the lookup is a plain map lookup, and the
 * set of needed skills is only gathered when a skill is not among yours.
 */
class ReferenceChecker {
  private readonly suggestions = new Map<string, string>();
  private readonly budget = { remaining: SUGGESTION_BUDGET };
  /** A skill is known when you have it or when some plan needs it (needing it at 0 is the gap). */
  private neededSkills: Set<string> | undefined;
  private allSkills: Set<string> | undefined;

  constructor(
    private readonly model: PlanModel,
    private report: Report,
  ) {}

  /** Where the next findings go (each action's are kept apart). */
  reportTo(report: Report): void {
    this.report = report;
  }

  check(kind: TargetKind, ref: Ref): void {
    if (this.isKnown(kind, ref.id)) return;
    const suggestion = this.suggest(kind, ref.id);
    const section = SECTION[kind];
    this.report(ref.node, 'unknown-reference', { kind, id: ref.id, section, suggestion }, { kind, id: ref.id, suggestion, section });
  }

  checkAll(kind: TargetKind, refs: readonly Ref[]): void {
    for (let i = 0; i < refs.length; i++) this.check(kind, refs[i]);
  }

  private isKnown(kind: TargetKind, id: string): boolean {
    switch (kind) {
      case 'plan':
        return this.model.planById.has(id);
      case 'goal':
        return this.model.goalById.has(id);
      case 'action':
        return this.model.actionById.has(id);
      case 'contact':
        return this.model.contactById.has(id);
      case 'skill':
        return this.model.skillById.has(id) || this.needed().has(id);
    }
  }

  private needed(): Set<string> {
    if (!this.neededSkills) {
      this.neededSkills = new Set();
      for (const plan of this.model.plans) for (const need of plan.needs) this.neededSkills.add(need.skill);
    }
    return this.neededSkills;
  }

  /** The skill names a reference may use, in the order did-you-mean tries them. */
  skillNames(): string[] {
    return [...this.known('skill')];
  }

  /** Every id of a kind, in the order did-you-mean has always tried them (your skills, then needed ones). */
  private known(kind: TargetKind): Iterable<string> {
    switch (kind) {
      case 'plan':
        return this.model.planById.keys();
      case 'goal':
        return this.model.goalById.keys();
      case 'action':
        return this.model.actionById.keys();
      case 'contact':
        return this.model.contactById.keys();
      case 'skill':
        this.allSkills ??= new Set([...this.model.skillById.keys(), ...this.needed()]);
        return this.allSkills;
    }
  }

  private suggest(kind: TargetKind, id: string): string {
    const cacheKey = `${kind}:${id}`;
    let suggestion = this.suggestions.get(cacheKey);
    if (suggestion === undefined) {
      suggestion = closestId(id, this.known(kind), { budget: this.budget });
      this.suggestions.set(cacheKey, suggestion);
    }
    return suggestion;
  }
}
