import type { CodeAction } from 'vscode-languageserver-types';
import { setMapFields } from '../edits/structureEdits';
import { CLIENT_COMMANDS } from './clientCommands';
import { commandAction, editAction, type QuickFix } from './quickFix';

const MINIMUM_MONTHS = 3;

/**
 * emergency-fund: open the finances to update the numbers; below the target but above the
 * 3-month minimum, the target itself may be what is off: set target-months to the months covered.
 */
export const emergencyFundFix: QuickFix = {
  codes: ['emergency-fund'],
  fixes(context, finding) {
    const { analysis, uri, format } = context;
    const finances = analysis.model.finances;
    if (!finances) return [];
    const actions: CodeAction[] = [];
    const months = typeof finding.data?.months === 'number' ? Math.floor(finding.data.months) : 0;
    if (finances.map && months >= MINIMUM_MONTHS) {
      actions.push(...editAction(context, format('fix.set-target-months', { months }), setMapFields(analysis, finances.map, [['target-months', months]], ['emergency-fund'])));
    }
    const title = format('fix.open-finances', {});
    actions.push(...commandAction(title, CLIENT_COMMANDS.reveal, [uri, analysis.lines.rangeOf(finances.key)]));
    return actions;
  },
};
