import { setEntryField } from '../edits/planEdits';
import { safeEdit } from '../edits/safety';
import { eolOf } from '../edits/yamlText';
import { lineStartOf } from '../text/lineIndex';
import type { Analysis, Finding } from '../analyze';
import { locate } from '../yaml/locate';
import { asMap, keyText, type YMap } from '../yaml/tree';
import { dataString, editAction, textFromId, type FixContext, type QuickFix } from './quickFix';

/**
 * schema, a required key is missing: insert it with a placeholder the user then types over (a
 * title made from the entry's id, today for a date, 0 for a level or an amount).
 */
export const schemaMissingKeyFix: QuickFix = {
  codes: ['schema'],
  fixes(context, finding) {
    const key = dataString(finding, 'missing');
    if (!key) return [];
    const { analysis, format } = context;
    if (key === 'careerplan') {
      const first = analysis.model.root?.pairs[0];
      if (!first) return [];
      const at = lineStartOf(analysis.text, first.key.start);
      return editAction(context, format('fix.add-key', { key, value: '1' }), safeEdit(analysis, () => [{ start: at, end: at, newText: `careerplan: 1${eolOf(analysis.text)}` }]), true);
    }
    const target = targetMap(analysis, finding);
    if (!target) return [];
    const value = placeholder(context, key, target.id);
    if (value === undefined) return [];
    return editAction(context, format('fix.add-key', { key, value: String(value) }), setEntryField(analysis, target.map, key, value), true);
  },
};

/** The map the key is missing from: the value of the key the finding is on, or a list item map. */
function targetMap(analysis: Analysis, finding: Finding): { map: YMap; id: string } | null {
  const location = locate(analysis.model.root, finding.start);
  const pair = location.onKey;
  // On an entry's key: the key's value. On a list item (a log entry): the item map itself.
  const value = pair && pair.key.start === finding.start ? asMap(pair.value) : null;
  if (value && pair) return { map: value, id: keyText(pair) };
  const step = [...location.steps].reverse().find((s) => s.node.kind === 'map' && s.node.start === finding.start && s.node !== analysis.model.root);
  return step && step.node.kind === 'map' ? { map: step.node, id: '' } : null;
}

function placeholder(context: FixContext, key: string, id: string): string | number | undefined {
  switch (key) {
    case 'title':
    case 'do':
    case 'text':
      return textFromId(id || key);
    case 'name':
      return textFromId(id || key, true);
    case 'kind':
      return context.analysis.model.plans.some((p) => p.kind?.value === 'primary') ? 'backup' : 'primary';
    case 'date':
      return context.today;
    case 'level':
    case 'amount':
      return 0;
    default:
      return undefined;
  }
}
