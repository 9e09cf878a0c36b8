import * as vscode from 'vscode';
import { resolvePlanUri } from '../model/planTarget';
import { runReview } from '../review/runReview';
import type { CommandFactory } from './context';

/** `careerplan.startReview`: the guided review of a plan (lenses and quick fixes pass `[uri]`). One review at a time. */
export const startReview: CommandFactory = (ctx) => {
  let running = false;
  return async (arg) => {
    if (running) {
      void vscode.window.showInformationMessage(vscode.l10n.t('A review is already in progress: finish it or press Escape to cancel it.'));
      return;
    }
    const uri = await resolvePlanUri(arg, ctx.models);
    if (!uri) return;
    running = true;
    try {
      if (await runReview(ctx.server, uri)) ctx.history.reload();
    } finally {
      running = false;
    }
  };
};
