import type { CodeAction } from 'vscode-languageserver-types';
import { setMapFields } from '../edits/structureEdits';
import { getPair } from '../yaml/tree';
import { dataString, editAction, type QuickFix } from './quickFix';

const RATINGS = [5, 4, 3, 2, 1];

/** unrated-experiment: record `interest` (one fix per rating) and a `learned` line to type over. */
export const unratedExperimentFix: QuickFix = {
  codes: ['unrated-experiment'],
  fixes(context, finding) {
    const { analysis, format } = context;
    const plan = analysis.model.planById.get(dataString(finding, 'plan') ?? '');
    const experiment = plan?.experiments.find((e) => e.id === dataString(finding, 'experiment'));
    const map = experiment?.map;
    if (!experiment || !map) return [];
    const learned: Array<[string, string]> = getPair(map, 'learned') ? [] : [['learned', format('fix.text.learned', {})]];
    const actions: CodeAction[] = [];
    for (const interest of RATINGS) {
      const result = setMapFields(analysis, map, [['interest', interest], ...learned], ['status', 'to']);
      actions.push(...editAction(context, format('fix.rate-experiment', { id: experiment.id, interest }), result));
    }
    return actions;
  },
};
