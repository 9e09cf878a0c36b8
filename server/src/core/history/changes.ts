import { progressAt, type PlanProgress } from './progress';

/** What moved forward between two versions of a plan. */
export interface ProgressChanges {
  /** Actions done in the later version that were not done (or did not exist) in the earlier one. */
  actionsDone: string[];
  /** Skill id → new level, for skills whose level went up (a skill absent before counts as 0). */
  skillsRaised: Record<string, number>;
  /** Ids of the experiments that ended in between (each id once, even when two plans share it). */
  experimentsFinished: string[];
}

export interface SkillRaise {
  id: string;
  from: number;
  to: number;
}

/**
 * The changes from `before` to `after` (plan texts, or their progress); a null `before` is an
 * empty plan, so everything done in `after` counts. Lists keep the order of the later version.
 */
export function summarizeChanges(beforeVersion: PlanProgress | string | null, afterVersion: PlanProgress | string): ProgressChanges {
  const before = typeof beforeVersion === 'string' ? progressAt(beforeVersion) : beforeVersion;
  const after = typeof afterVersion === 'string' ? progressAt(afterVersion) : afterVersion;
  const doneBefore = new Set(before?.actionsDone ?? []);
  const endedBefore = new Set((before?.experimentsEnded ?? []).map((e) => `${e.plan}\u0000${e.id}`));
  const finished: string[] = [];
  for (const e of after.experimentsEnded) {
    if (!endedBefore.has(`${e.plan}\u0000${e.id}`) && !finished.includes(e.id)) finished.push(e.id);
  }
  const skillsRaised: Record<string, number> = {};
  for (const raise of skillRaises(before, after)) skillsRaised[raise.id] = raise.to;
  return {
    actionsDone: after.actionsDone.filter((id) => !doneBefore.has(id)),
    skillsRaised,
    experimentsFinished: finished,
  };
}

/** Skills whose level went up from one version to the next, with both levels. */
export function skillRaises(before: PlanProgress | null, after: PlanProgress): SkillRaise[] {
  const raises: SkillRaise[] = [];
  for (const [id, to] of Object.entries(after.skills)) {
    const from = before && Object.prototype.hasOwnProperty.call(before.skills, id) ? before.skills[id] : 0;
    if (to > from) raises.push({ id, from, to });
  }
  return raises;
}

export function hasChanges(changes: ProgressChanges): boolean {
  return changes.actionsDone.length > 0 || changes.experimentsFinished.length > 0 || Object.keys(changes.skillsRaised).length > 0;
}
