import type { CodeAction } from 'vscode-languageserver-types';
import type { Finding } from '../analyze';
import { contactLogFix } from './contactLog';
import { dependencyCycleFix } from './dependencyCycle';
import { emergencyFundFix } from './emergencyFund';
import { gapAfterGoalFix } from './gapAfterGoal';
import { gaveBackFix } from './gaveBack';
import { missingHorizonFix } from './missingHorizon';
import { missingTimelineFix } from './missingTimeline';
import { noBackupFix } from './noBackup';
import { noExperimentFix } from './noExperiment';
import { noReviewFix } from './noReview';
import { obstacleActionFix } from './obstacleAction';
import { openPlanFix } from './openPlan';
import { overdueFix } from './overdue';
import { prerequisiteLaterFix } from './prerequisiteLater';
import type { FixContext, QuickFix } from './quickFix';
import { reviewDueFix } from './reviewDue';
import { reviewPeopleFix } from './reviewPeople';
import { schemaDateFix } from './schemaDate';
import { schemaEnumFix } from './schemaEnum';
import { schemaMissingKeyFix } from './schemaMissingKey';
import { schemaUnknownKeyFix } from './schemaUnknownKey';
import { setTodayFix } from './setToday';
import { skillGapFix } from './skillGap';
import { suppressFix } from './suppress';
import { unknownReferenceFix } from './unknownReference';
import { unratedExperimentFix } from './unratedExperiment';
import { unusedSuppressionFix } from './unusedSuppression';

/** Every quick fix family; the fixes of a finding come in this order, suppressions last. */
export const QUICK_FIXES: readonly QuickFix[] = [
  unknownReferenceFix,
  schemaEnumFix,
  schemaDateFix,
  schemaMissingKeyFix,
  schemaUnknownKeyFix,
  dependencyCycleFix,
  missingTimelineFix,
  skillGapFix,
  overdueFix,
  prerequisiteLaterFix,
  reviewDueFix,
  emergencyFundFix,
  noBackupFix,
  noExperimentFix,
  unratedExperimentFix,
  missingHorizonFix,
  noReviewFix,
  reviewPeopleFix,
  contactLogFix,
  setTodayFix,
  gapAfterGoalFix,
  gaveBackFix,
  obstacleActionFix,
  openPlanFix,
  unusedSuppressionFix,
  suppressFix,
];

/** The fix families that apply to a code, in list order. */
export function fixesFor(code: Finding['code']): QuickFix[] {
  return QUICK_FIXES.filter((fix) => fix.codes.includes(code) || fix.codes.includes('*'));
}

/** The code actions for one finding. None while the file has syntax errors or merge conflicts. */
export function quickFixes(context: FixContext, finding: Finding): CodeAction[] {
  const { analysis } = context;
  if (analysis.hasSyntaxErrors || analysis.parsed.conflicts.length) return [];
  return fixesFor(finding.code).flatMap((fix) => fix.fixes(context, finding));
}

export type { FixContext, QuickFix };
