import type { IsoDate } from '../dates';
import { isActiveExperiment, isOpen, MAX_SKILL_LEVEL, type DateField, type Need, type Plan, type PlanModel } from '../model/types';

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
  closers: GapCloser[];
}

/**
 * Every skill gap of the plan, in the order of `plans` and their `needs`, each with what closes
 * it. The one place that decides whether a gap is closed: the `skill-gap` rule, the plan view and
 * the insights read it from here. A skill written with a broken level (or a need without an
 * integer level) is no gap: the schema reports it, and guessing a level would mislead.
 */
export function skillGaps(model: PlanModel): SkillGap[] {
  const closers = gapClosersBySkill(model);
  const gaps: SkillGap[] = [];
  for (const plan of model.plans) {
    for (const need of plan.needs) {
      if (need.level === undefined) continue;
      const skill = model.skillById.get(need.skill);
      if (skill && (skill.level === undefined || skill.level < 0 || skill.level > MAX_SKILL_LEVEL)) continue;
      const have = skill?.level ?? 0;
      if (have >= need.level) continue;
      const list = closers.get(need.skill) ?? [];
      gaps.push({ plan, need, skill: need.skill, have, level: need.level, closing: latestCloser(list), closers: list });
    }
  }
  return gaps;
}

/** Dated open actions and dated planned/running experiments, by the skill they develop, in file order. */
function gapClosersBySkill(model: PlanModel): Map<string, GapCloser[]> {
  const bySkill = new Map<string, GapCloser[]>();
  const add = (skill: string, closer: GapCloser) => {
    const list = bySkill.get(skill);
    if (list) list.push(closer);
    else bySkill.set(skill, [closer]);
  };
  for (const action of model.actions) {
    if (!isOpen(action) || !action.due) continue;
    const closer = closerOf('action', action.id, null, action.due);
    for (const ref of action.develops) add(ref.id, closer);
  }
  for (const plan of model.plans) {
    for (const experiment of plan.experiments) {
      if (!isActiveExperiment(experiment) || !experiment.to) continue;
      const closer = closerOf('experiment', experiment.id, plan.id, experiment.to);
      for (const ref of experiment.develops) add(ref.id, closer);
    }
  }
  for (const list of bySkill.values()) list.sort((a, b) => a.node.start - b.node.start);
  return bySkill;
}

function closerOf(kind: GapCloser['kind'], id: string, plan: string | null, date: DateField): GapCloser {
  return { kind, id, plan, date: date.valid ? date.text : null, node: date.node };
}

/** The closer with the latest real date; a closer whose date is unreadable only when no date is readable. */
function latestCloser(closers: GapCloser[]): GapCloser | undefined {
  if (closers.length === 0) return undefined;
  let latest = closers[0];
  for (const closer of closers) {
    if (closer.date !== null && (latest.date === null || closer.date > latest.date)) latest = closer;
  }
  return latest;
}
