import type { Ref } from '../model/types';
import { closestId } from '../text/closest';
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
  check({ model }, report) {
    // A skill is known when you have it or when some plan needs it (needing it at 0 is the gap).
    const skills = new Set<string>(model.skillById.keys());
    for (const plan of model.plans) for (const need of plan.needs) skills.add(need.skill);

    const known: Record<TargetKind, ReadonlySet<string> | ReadonlyMap<string, unknown>> = {
      plan: model.planById,
      goal: model.goalById,
      action: model.actionById,
      contact: model.contactById,
      skill: skills,
    };
    const checker = new ReferenceChecker(known, report);

    for (const goal of model.goals) checker.check('plan', goal.plan);
    for (const action of model.actions) {
      checker.check('plan', action.plan);
      checker.check('goal', action.goal);
      checker.checkAll('action', action.after);
      checker.checkAll('skill', action.develops);
    }
    for (const plan of model.plans) for (const experiment of plan.experiments) checker.checkAll('skill', experiment.develops);
    for (const obstacle of model.obstacles) checker.checkAll('action', obstacle.addressedBy);
    for (const contact of model.contacts) checker.checkAll('plan', contact.plans);
    if (model.review) {
      checker.checkAll('contact', model.review.advisors);
      checker.checkAll('contact', model.review.supporters);
    }
  },
};

/**
 * Comparisons allowed for did-you-mean per analysis (a tenth of a second or so). Plenty for real plans; a plan
 * with thousands of distinct unknown ids among thousands of ids gets suggestions for the first
 * ones only, so typing stays responsive (code actions can still compute one on demand).
 */
const SUGGESTION_BUDGET = 200_000;

/** Reports unknown ids; suggestions are computed once per unknown id, only for unknown ones. */
class ReferenceChecker {
  private readonly suggestions = new Map<string, string>();
  private readonly budget = { remaining: SUGGESTION_BUDGET };

  constructor(
    private readonly known: Record<TargetKind, ReadonlySet<string> | ReadonlyMap<string, unknown>>,
    private readonly report: Report,
  ) {}

  check(kind: TargetKind, ref: Ref | undefined): void {
    if (!ref || this.known[kind].has(ref.id)) return;
    const suggestion = this.suggest(kind, ref.id);
    const section = SECTION[kind];
    this.report(ref.node, 'unknown-reference', { kind, id: ref.id, section, suggestion }, { kind, id: ref.id, suggestion, section });
  }

  checkAll(kind: TargetKind, refs: readonly Ref[]): void {
    for (const ref of refs) this.check(kind, ref);
  }

  private suggest(kind: TargetKind, id: string): string {
    const cacheKey = `${kind}:${id}`;
    let suggestion = this.suggestions.get(cacheKey);
    if (suggestion === undefined) {
      suggestion = closestId(id, this.known[kind].keys(), { budget: this.budget });
      this.suggestions.set(cacheKey, suggestion);
    }
    return suggestion;
  }
}
