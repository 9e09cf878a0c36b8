import type { CodeAction } from 'vscode-languageserver-types';
import { replaceScalar } from '../edits/planEdits';
import { removePair } from '../edits/structureEdits';
import { locate } from '../yaml/locate';
import { getPair } from '../yaml/tree';
import { dataString, editAction, type QuickFix } from './quickFix';

/** schema, an unknown key: rename it to the closest allowed key (when that is free), or remove it. */
export const schemaUnknownKeyFix: QuickFix = {
  codes: ['schema'],
  fixes(context, finding) {
    const key = dataString(finding, 'key');
    if (key === undefined) return [];
    const { analysis, format } = context;
    const location = locate(analysis.model.root, finding.start);
    const pair = location.onKey;
    const parent = location.steps[location.steps.length - 2]?.node;
    if (!pair || pair.key.start !== finding.start || parent?.kind !== 'map') return [];
    const actions: CodeAction[] = [];
    const suggestion = dataString(finding, 'suggestion');
    // Renaming onto a key the map already has would make a duplicate key.
    if (suggestion && !getPair(parent, suggestion)) {
      actions.push(...editAction(context, format('fix.rename-key', { key: suggestion }), replaceScalar(analysis, pair.key, suggestion), true));
    }
    actions.push(...editAction(context, format('fix.remove-key', { key }), removePair(analysis, parent, pair)));
    return actions;
  },
};
