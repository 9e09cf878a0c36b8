export { applyReview, type ActionAnswer, type ExperimentAnswer, type ReviewAnswers } from './apply';
export {
  REVIEW_QUESTIONS, reviewChecklist, type ChecklistOptions, type ReviewActionStep, type ReviewChecklist,
  type ReviewExperimentStep, type ReviewQuestion, type ReviewQuestionId, type ReviewSkillStep, type SkillReason,
} from './checklist';
export type { ReviewLogChanges, ReviewLogData } from './logEntry';
