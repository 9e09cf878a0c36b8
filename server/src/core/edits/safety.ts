import type { Analysis } from '../analyze';
import { touchesLoneCr } from '../text/lineIndex';
import type { YNode } from '../yaml/tree';
import { EditRefused, refuse } from './refusal';
import type { EditResult, OffsetEdit } from './textEdits';

/** The refusal every edit of a whole plan shares (the review's too), or null when the file can be edited. */
export function editRefusal(analysis: Analysis): Extract<EditResult, { ok: false }> | null {
  if (analysis.parsed.conflicts.length) return { ok: false, reason: 'edit.refused-conflict' };
  if (analysis.hasSyntaxErrors) return { ok: false, reason: 'edit.refused-syntax' };
  return null;
}

/**
 * Every edit's entry point: refuses a file whose tree is a guess (syntax errors, conflicts),
 * builds the edits (a builder that meets something it cannot change safely throws a refusal),
 * then checks what no builder may do: overlap, touch a line where a lone `\r` makes YAML and the
 * editor disagree on the lines, or change a node an alias shares (the change would show up
 * elsewhere). A refused edit is never partly made.
 */
export function safeEdit(analysis: Analysis, build: () => OffsetEdit[]): EditResult {
  const refused = editRefusal(analysis);
  if (refused) return refused;
  try {
    const edits = build();
    checkEdits(analysis, edits);
    return { ok: true, edits };
  } catch (error) {
    if (error instanceof EditRefused) return error.subject === undefined ? { ok: false, reason: error.reason } : { ok: false, reason: error.reason, subject: error.subject };
    throw error;
  }
}

function checkEdits(analysis: Analysis, edits: readonly OffsetEdit[]): void {
  const { text } = analysis;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start < sorted[i - 1].end) refuse('edit.unsupported', 'overlapping changes');
  }
  for (const edit of edits) {
    if (touchesLoneCr(text, edit.start, edit.end)) refuse('edit.refused-lone-cr');
  }
  if (!text.includes('*')) return;
  const shared = sharedNodes(analysis.model.root);
  for (const node of shared) {
    for (const edit of edits) if (touches(text, edit, node)) refuse('edit.refused-alias', text.slice(node.start, Math.min(node.end, node.start + 40)));
  }
}

/** Nodes that an alias repeats: the tree reaches them more than once. */
function sharedNodes(root: YNode | null): YNode[] {
  const seen = new Set<YNode>();
  const shared = new Set<YNode>();
  const visit = (node: YNode | null): void => {
    if (!node) return;
    if (seen.has(node)) {
      shared.add(node);
      return;
    }
    seen.add(node);
    if (node.kind === 'map') for (const pair of node.pairs) (visit(pair.key), visit(pair.value));
    else if (node.kind === 'seq') for (const item of node.items) visit(item);
  };
  visit(root);
  return [...shared];
}

/** Whether an edit changes a node's text (an insertion at a block collection's last line adds to it). */
function touches(text: string, edit: OffsetEdit, node: YNode): boolean {
  if (edit.start < node.end && edit.end > node.start) return true;
  if (edit.start === edit.end && edit.start > node.start && edit.start < node.end) return true;
  if (node.kind === 'scalar' || node.flow) return false;
  const lineEnd = text.indexOf('\n', node.end);
  return edit.start >= node.start && edit.start <= (lineEnd < 0 ? text.length : lineEnd);
}
