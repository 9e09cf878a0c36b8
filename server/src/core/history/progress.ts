import { buildModel } from '../model/buildModel';
import type { PlanModel } from '../model/types';
import { ChunkedYamlParser } from '../yaml/chunkedParser';

/** An experiment named by its plan, since experiment ids are only unique within a plan. */
export interface ExperimentRef {
  plan: string;
  id: string;
}

/**
 * How far a plan had come in one version of its text: plain data, so it can be cached by git
 * blob id (the same text always gives the same progress) and stored as JSON.
 */
export interface PlanProgress {
  /** Ids of the actions with status done. */
  actionsDone: string[];
  /** Actions that count: all but the dropped ones. */
  actionsTotal: number;
  /** Skill id → level, for skills with a valid level. */
  skills: Record<string, number>;
  /** Experiments that ended (status done or abandoned). */
  experimentsEnded: ExperimentRef[];
  /** The text had YAML syntax errors: the figures come from a best-effort reading. */
  syntaxErrors: boolean;
}

/**
 * The progress of a plan's text. Only the parse and the model are needed (no schema or rules),
 * which keeps a history of a thousand versions fast; pass one parser for consecutive versions of
 * the same plan so each parse re-reads only the sections that changed.
 */
export function progressAt(text: string, parser: ChunkedYamlParser = new ChunkedYamlParser()): PlanProgress {
  const parsed = parser.parse(text);
  return progressOf(buildModel(parsed.root), parsed.problems.length > 0);
}

export function progressOf(model: PlanModel, syntaxErrors = false): PlanProgress {
  const skills: Record<string, number> = {};
  for (const skill of model.skills) {
    if (skill.level !== undefined && !Object.prototype.hasOwnProperty.call(skills, skill.id)) skills[skill.id] = skill.level;
  }
  const experimentsEnded: ExperimentRef[] = [];
  for (const plan of model.plans) {
    for (const experiment of plan.experiments) {
      if (experiment.status === 'done' || experiment.status === 'abandoned') experimentsEnded.push({ plan: plan.id, id: experiment.id });
    }
  }
  return {
    actionsDone: model.actions.filter((a) => a.status === 'done').map((a) => a.id),
    actionsTotal: model.actions.filter((a) => a.status !== 'dropped').length,
    skills,
    experimentsEnded,
    syntaxErrors,
  };
}
