import type { ServerContext } from '../context';
import { timelineModel } from '../../core/timeline';
import { readPlan } from '../planSource';
import { TimelineRequest } from '../protocol';

/** `careerplan/timeline`: the plan's goals, actions and experiments on a date axis, a lane per plan. */
export function register(ctx: ServerContext): void {
  ctx.connection.onRequest(
    TimelineRequest.type,
    ctx.runner.request(TimelineRequest.method, () => null, async (params: TimelineRequest.Params): Promise<TimelineRequest.Result> => {
      if (typeof params?.uri !== 'string') return null;
      const open = ctx.store.get(params.uri);
      const locale = ctx.settings.current.locale;
      if (open) return open.memo(`timeline:${locale}`, () => ({ uri: params.uri, version: open.version, ...timelineModel(open.analysis, open.today, { locale }) }));
      const plan = await readPlan(ctx, params.uri);
      return plan ? { uri: params.uri, version: null, ...timelineModel(plan.analysis, ctx.settings.current.today, { locale }) } : null;
    }),
  );
}
