import { resolvePlanUri } from '../model/planTarget';
import { TimelinePanel } from '../timeline/panel';
import type { CommandFactory } from './context';

/** `careerplan.showTimeline`: the timeline panel of a plan (the one panel switches plans). */
export const showTimeline: CommandFactory = (ctx) => {
  let panel: TimelinePanel | undefined;
  return async (arg) => {
    const uri = await resolvePlanUri(arg, ctx.models);
    if (!uri) return;
    if (!panel) {
      panel = new TimelinePanel(ctx.server);
      ctx.extension.subscriptions.push(panel);
    }
    await panel.show(uri);
  };
};
