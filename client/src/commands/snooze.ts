import * as vscode from 'vscode';
import { resolveActionTarget } from '../edits/actionTarget';
import { applyPlanEdit } from '../edits/planEdit';
import type { CommandFactory } from './context';

const SNOOZE_DAYS = 7;

/** `careerplan.snooze`: moves the action's due date a week later (from today when it has none). */
export const snooze: CommandFactory = (ctx) => async (arg) => {
  const target = await resolveActionTarget(arg, ctx.models, vscode.l10n.t('Which action should move a week later?'));
  if (target) await applyPlanEdit(ctx.server, target, { kind: 'snooze', actionId: target.actionId, days: SNOOZE_DAYS });
};
