import type { IsoDate } from '../dates';

/**
 * What a plan means (SPEC §7), as plain data. `careerplan report --format json` prints this
 * object as it is (with the file name in front), and every other surface reads the same object.
 */
export interface PlanInsights {
  today: IsoDate;
  /** Null without `monthly-expenses` or `emergency-fund`. */
  runway: Runway | null;
  backupPlans: BackupPlanReadiness[];
  skillGaps: SkillGapInsight[];
  nextActions: NextAction[];
  contacts: ContactInsight[];
  /** Null when the plan has no `review` section. */
  review: ReviewInsight | null;
}

export interface Runway {
  /** Months the fund lasts once the job's income stops, rounded down to one decimal; null when covered. */
  months: number | null;
  /** The income that goes on covers the expenses. */
  covered: boolean;
  fund: number;
  expenses: number;
  /** The monthly sum of the streams that go on without the job (side and passive). */
  continuingIncome: number;
}

export type CriterionId = 'fit' | 'skills' | 'tested' | 'network' | 'market' | 'trigger' | 'runway';

export interface Criterion {
  id: CriterionId;
  weight: number;
  /** 0, 0.5 or 1; `skills` is an exact fraction. */
  score: number;
  /** One line saying why, in the report's language. */
  detail: string;
}

export interface BackupPlanReadiness {
  id: string;
  /** The weighted sum of the criteria, rounded half up to a whole percent. */
  readiness: number;
  criteria: Criterion[];
}

/** A skill gap as the insights show it (see skillGaps.ts for the model-side gap). */
export interface SkillGapInsight {
  plan: string;
  skill: string;
  have: number;
  need: number;
  /** The latest date among what develops the skill; null when nothing dated does. */
  closesOn: IsoDate | null;
  /** Ids of the actions and experiments whose dates count, in the order written. */
  by: string[];
}

export interface NextAction {
  id: string;
  due: IsoDate | null;
  status: 'todo' | 'doing' | 'blocked';
  overdue: boolean;
  /** Open actions named in `after`: until they finish this one waits. */
  waitingOn: string[];
}

export interface ContactInsight {
  id: string;
  nextContact: IsoDate | null;
  /** The next contact date is before today. */
  due: boolean;
  gave: number;
  got: number;
}

export interface ReviewInsight {
  every: string | null;
  last: IsoDate | null;
  next: IsoDate | null;
  due: boolean;
}
