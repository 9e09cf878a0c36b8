import type { CodeAction } from 'vscode-languageserver-types';
import { removeLines, removeText } from '../edits/structureEdits';
import { findSuppressions, isInsideScalar } from '../suppressions';
import { editAction, type QuickFix } from './quickFix';

/** unused-suppression: remove the code from the comment, or the whole comment when it names no other. */
export const unusedSuppressionFix: QuickFix = {
  codes: ['unused-suppression'],
  fixes(context, finding) {
    const { analysis, format } = context;
    const text = analysis.text;
    const comment = findSuppressions(text, () => 0).find((s) => s.start <= finding.start && finding.end <= s.end && !isInsideScalar(analysis.model.root, s.start));
    if (!comment) return [];
    const index = comment.codes.findIndex((c) => c.start === finding.start && c.end === finding.end);
    const actions: CodeAction[] = [];
    if (index >= 0 && comment.codes.length > 1) {
      const code = comment.codes[index];
      // The separator before the code (after it, for the first one) goes with it.
      const span = index > 0 ? { start: comment.codes[index - 1].end, end: code.end } : { start: code.start, end: comment.codes[1].start };
      actions.push(...editAction(context, format('fix.remove-suppression-code', { code: code.code }), removeText(analysis, span.start, span.end), true));
    }
    actions.push(...editAction(context, format('fix.remove-suppression', {}), removeLines(analysis, comment.start, comment.end), actions.length === 0));
    return actions;
  },
};
