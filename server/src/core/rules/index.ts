import type { Rule } from './rule';
import { unknownReferenceRule } from './unknownReference';
import { dependencyCycleRule } from './dependencyCycle';
import { missingTimelineRule } from './missingTimeline';
import { skillGapRule } from './skillGap';
import { overdueRule } from './overdue';
import { prerequisiteLaterRule } from './prerequisiteLater';
import { reviewDueRule } from './reviewDue';
import { emergencyFundRule } from './emergencyFund';
import { noBackupRule } from './noBackup';
import { noExperimentRule } from './noExperiment';
import { unratedExperimentRule } from './unratedExperiment';
import { missingHorizonRule } from './missingHorizon';
import { noReviewRule } from './noReview';
import { fewAdvisorsRule } from './fewAdvisors';
import { staleContactRule } from './staleContact';
import { staleResumeRule } from './staleResume';
import { gapAfterGoalRule } from './gapAfterGoal';
import { fewSupportersRule } from './fewSupporters';
import { contactDueRule } from './contactDue';
import { oneSidedContactRule } from './oneSidedContact';
import { unaddressedObstacleRule } from './unaddressedObstacle';
import { lowInterestRule } from './lowInterest';
import { staleMarketRule } from './staleMarket';

/** Every semantic rule, in SPEC §3's order. The schema check and syntax checks live in analyze.ts. */
export const RULES: readonly Rule[] = [
  unknownReferenceRule,
  dependencyCycleRule,
  missingTimelineRule,
  skillGapRule,
  overdueRule,
  prerequisiteLaterRule,
  reviewDueRule,
  emergencyFundRule,
  noBackupRule,
  noExperimentRule,
  unratedExperimentRule,
  missingHorizonRule,
  noReviewRule,
  fewAdvisorsRule,
  staleContactRule,
  staleResumeRule,
  gapAfterGoalRule,
  fewSupportersRule,
  contactDueRule,
  oneSidedContactRule,
  unaddressedObstacleRule,
  lowInterestRule,
  staleMarketRule,
];
