import type { IsoDate } from '../dates';
import { isActiveExperiment, isOpen, MAX_SKILL_LEVEL, type Action, type DateField, type Experiment, type Need, type Plan, type PlanModel } from '../model/types';

/** An open action with a `due`, or a planned/running experiment with a `to`, that develops the skill. */
export interface GapCloser {
  kind: 'action' | 'experiment';
  id: string;
  /** The experiment's plan; null for an action. */
  plan: string | null;
  /** Its `due` or `to`; null when that date is written but is not a real date (the schema reports it). */
  date: IsoDate | null;
  /** The `due` or `to` node. */
  node: DateField['node'];
}

/** A need of a plan for a skill above your level (SPEC §7 "Skill-gap closing date"). */
export interface SkillGap {
  plan: Plan;
  need: Need;
  skill: string;
  /** Your level (an absent skill is 0). */
  have: number;
  /** The level the plan needs. */
  level: number;
  /**
   * What closes the gap: the closer with the latest date (the first in the file on a tie).
   * Undefined when nothing dated develops the skill: that is the `skill-gap` finding.
   */
  closing: GapCloser | undefined;
  /** Every closer of the skill, in the order written (the `by` list of SPEC §7). */
  closers: readonly GapCloser[];
}

/** What the skill gaps are computed from (for rules that declare what they read). */
export function skillGapInputs(model: PlanModel): readonly unknown[] {
  return [model.skills, model.plans, model.actions];
}

/** Whether an action can change the skill gaps (it develops a skill): other actions never do. */
export function mayCloseGap(action: Action): boolean {
  return action.develops.length > 0;
}

/**
 * Every skill gap of the plan, in the order of `plans` and their `needs`, each with what closes
 * it. The one place that decides whether a gap is closed: the `skill-gap` rule, the plan view and
 * the insights read it from here. A skill written with a broken level (or a need without an
 * integer level) is no gap: the schema reports it, and guessing a level would mislead.
 * Computed once per model (two rules and the views ask for it on every analysis); callers only read it.
 */
export function skillGaps(model: PlanModel): readonly SkillGap[] {
  let gaps = gapsOfModel.get(model);
  if (!gaps) {
    gaps = findSkillGaps(model);
    gapsOfModel.set(model, gaps);
  }
  return gaps;
}

/** A model is built once per analysis and never changed after, so its gaps can be kept with it. */
const gapsOfModel = new WeakMap<PlanModel, readonly SkillGap[]>();

function findSkillGaps(model: PlanModel): SkillGap[] {
  const wanted: Array<{ plan: Plan; need: Need; have: number; level: number }> = [];
  const gapSkills = new Set<string>();
  for (const plan of model.plans) {
    for (const need of plan.needs) {
      if (need.level === undefined) continue;
      const skill = model.skillById.get(need.skill);
      if (skill && (skill.level === undefined || skill.level < 0 || skill.level > MAX_SKILL_LEVEL)) continue;
      const have = skill?.level ?? 0;
      if (have >= need.level) continue;
      wanted.push({ plan, need, have, level: need.level });
      gapSkills.add(need.skill);
    }
  }
  const closers = gapClosersBySkill(model, gapSkills);
  return wanted.map(({ plan, need, have, level }) => {
    const list = closers.get(need.skill) ?? [];
    return { plan, need, skill: need.skill, have, level, closing: latestCloser(list), closers: list };
  });
}

/** Dated open actions and dated planned/running experiments that develop one of `skills`, by skill, in file order. */
function gapClosersBySkill(model: PlanModel, skills: ReadonlySet<string>): Map<string, GapCloser[]> {
  const bySkill = new Map<string, GapCloser[]>();
  if (skills.size === 0) return bySkill;
  const add = (skill: string, closer: GapCloser) => {
    if (!skills.has(skill)) return;
    const list = bySkill.get(skill);
    if (list) list.push(closer);
    else bySkill.set(skill, [closer]);
  };
  for (const action of model.actions) {
    if (action.develops.length === 0) continue;
    const closer = actionCloser(action);
    if (closer) for (const ref of action.develops) add(ref.id, closer);
  }
  for (const plan of model.plans) {
    for (const experiment of plan.experiments) {
      if (experiment.develops.length === 0) continue;
      const closer = experimentCloser(experiment);
      if (closer) for (const ref of experiment.develops) add(ref.id, closer);
    }
  }
  for (const list of bySkill.values()) list.sort((a, b) => a.node.start - b.node.start);
  return bySkill;
}

/**
 * The closer an entry makes, kept with the entry: the model reuses the entry objects of
 * unchanged text, so an edit reads closers again only for the entries it touched. A closer holds
 * its date node, never an offset: nodes move with the text, so `node.start` is read when needed.
 */
const closerOfEntry = new WeakMap<Action | Experiment, GapCloser | null>();

function actionCloser(action: Action): GapCloser | null {
  let closer = closerOfEntry.get(action);
  if (closer === undefined) {
    closer = isOpen(action) && action.due ? closerOf('action', action.id, null, action.due) : null;
    closerOfEntry.set(action, closer);
  }
  return closer;
}

function experimentCloser(experiment: Experiment): GapCloser | null {
  let closer = closerOfEntry.get(experiment);
  if (closer === undefined) {
    closer = isActiveExperiment(experiment) && experiment.to ? closerOf('experiment', experiment.id, experiment.planId, experiment.to) : null;
    closerOfEntry.set(experiment, closer);
  }
  return closer;
}

function closerOf(kind: GapCloser['kind'], id: string, plan: string | null, date: DateField): GapCloser {
  return { kind, id, plan, date: date.valid ? date.text : null, node: date.node };
}

/** The closer with the latest real date; a closer whose date is unreadable only when no date is readable. */
function latestCloser(closers: readonly GapCloser[]): GapCloser | undefined {
  if (closers.length === 0) return undefined;
  let latest = closers[0];
  for (const closer of closers) {
    if (closer.date !== null && (latest.date === null || closer.date > latest.date)) latest = closer;
  }
  return latest;
}
