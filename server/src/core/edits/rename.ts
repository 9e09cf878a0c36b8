import type { IdOccurrence } from '../ids/idIndex';
import type { OffsetEdit } from './textEdits';
import { scalarTextSpan } from './valueSlot';

/**
 * The edits of renaming an id: its own text at every occurrence (inside quotes, the content line
 * of a block scalar), once per place in the text: an alias names its anchored node again, and
 * that node is renamed once.
 */
export function renameEdits(text: string, occurrences: readonly IdOccurrence[], newName: string): OffsetEdit[] {
  const nodes = new Set(occurrences.map((o) => o.node));
  return [...nodes].map((node) => ({ ...scalarTextSpan(text, node), newText: newName }));
}
