import { resolvePlanUri } from '../model/planTarget';
import type { CommandFactory } from './context';

/** `careerplan.showReport`: the plan's report (SPEC §6) in a webview that follows its edits. */
export const showReport: CommandFactory = (ctx) => async (arg) => {
  const uri = await resolvePlanUri(arg, ctx.models);
  if (uri) await ctx.report.show(uri);
};
