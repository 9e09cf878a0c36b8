import * as vscode from 'vscode';
import { resolveActionTarget } from '../edits/actionTarget';
import { applyPlanEdit } from '../edits/planEdit';
import type { CommandFactory } from './context';

/** `careerplan.markDone`: from a lens (`{ uri, actionId }`), a view item, or the palette. */
export const markDone: CommandFactory = (ctx) => async (arg) => {
  const target = await resolveActionTarget(arg, ctx.models, vscode.l10n.t('Which action is done?'));
  if (target) await applyPlanEdit(ctx.server, target, { kind: 'markDone', actionId: target.actionId });
};
