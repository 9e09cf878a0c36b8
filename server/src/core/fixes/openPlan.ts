import { CLIENT_COMMANDS } from './clientCommands';
import { commandAction, dataString, type QuickFix } from './quickFix';

/** low-interest: the plan itself is what to reconsider, so the fix opens it (no edit decides that). */
export const openPlanFix: QuickFix = {
  codes: ['low-interest'],
  fixes(context, finding) {
    const { analysis, uri, format } = context;
    const plan = analysis.model.planById.get(dataString(finding, 'plan') ?? '');
    if (!plan) return [];
    return commandAction(format('fix.open-plan', { plan: plan.id }), CLIENT_COMMANDS.reveal, [uri, analysis.lines.rangeOf(plan.key)], true);
  },
};
