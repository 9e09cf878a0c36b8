import type { PlanModel } from '../model/types';
import type { YNode } from '../yaml/tree';

/**
 * Where a plan-wide finding goes: the key of `section` when the plan has it (that is where the
 * user will add what is missing), else the document's first key. Null for an empty document,
 * which the schema already reports and which should not drown in advice.
 */
export function sectionOrDocumentKey(model: PlanModel, section: string): YNode | null {
  return model.sections.get(section)?.key ?? model.root?.pairs[0]?.key ?? null;
}
