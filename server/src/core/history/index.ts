export { progressAt, progressOf, type ExperimentRef, type PlanProgress } from './progress';
export { hasChanges, skillRaises, summarizeChanges, type ProgressChanges, type SkillRaise } from './changes';
export { ProgressReader } from './progressReader';
