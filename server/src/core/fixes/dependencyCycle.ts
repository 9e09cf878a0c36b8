import type { CodeAction } from 'vscode-languageserver-types';
import { removeListItem } from '../edits/structureEdits';
import { asSeq, getValue } from '../yaml/tree';
import { editAction, type QuickFix } from './quickFix';

/** dependency-cycle: remove one `after` link of the cycle (the one the finding is on first). */
export const dependencyCycleFix: QuickFix = {
  codes: ['dependency-cycle'],
  fixes(context, finding) {
    const { analysis, format } = context;
    const model = analysis.model;
    const ids = Array.isArray(finding.data?.actions) ? finding.data.actions : [];
    // Each action of the cycle waits for the next one; the last waits for the first.
    const links = ids.map((id, i) => ({ id, prerequisite: ids[(i + 1) % ids.length] }));
    const actions: CodeAction[] = [];
    for (const link of links) {
      const action = model.actionById.get(link.id);
      const seq = asSeq(getValue(action?.map, 'after'));
      const ref = action?.after.find((r) => r.id === link.prerequisite && (ids.length > 1 || r.node.start === finding.start));
      if (!seq || !ref) continue;
      const closing = ref.node.start === finding.start;
      const made = editAction(context, format('fix.remove-after', link), removeListItem(analysis, seq, ref.node), closing);
      // The link under the finding comes first.
      if (closing) actions.unshift(...made);
      else actions.push(...made);
    }
    return actions;
  },
};
