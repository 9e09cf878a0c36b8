import type { ServerContext } from '../context';
import { buildPlanView } from '../../core/views/planView';
import { summaryOverdue, summaryReviewDue } from '../../core/views/planSummary';
import { knownPlans } from '../openPlans';
import { documentInsights } from '../planInsights';
import { ListPlansRequest, PlanModelRequest, StatsRequest } from '../protocol';

/**
 * The custom requests of protocol.ts: the view model of one plan for the client's tree views
 * and status bar, the list of plans in the workspace, and the server's timings.
 */
export function register(ctx: ServerContext): void {
  ctx.connection.onRequest(
    PlanModelRequest.type,
    ctx.runner.request(PlanModelRequest.method, () => null, (params: PlanModelRequest.Params): PlanModelRequest.Result => {
      const doc = ctx.store.get(params.uri);
      if (!doc) return null;
      const { analysis } = doc;
      return doc.memo('planView', () =>
        buildPlanView({
          uri: doc.uri,
          version: doc.version,
          today: doc.today,
          model: analysis.model,
          hasSyntaxErrors: analysis.hasSyntaxErrors,
          insights: documentInsights(doc, ctx.settings.current.locale).insights,
          rangeOf: (span) => analysis.lines.rangeOf(span),
        }),
      );
    }),
  );

  ctx.connection.onRequest(
    ListPlansRequest.type,
    ctx.runner.request(ListPlansRequest.method, () => ({ plans: [], complete: false }), async (): Promise<ListPlansRequest.Result> => {
      await ctx.index.settled();
      const today = ctx.settings.current.today;
      const plans = knownPlans(ctx).map((plan) => ({
        uri: plan.uri,
        owner: plan.summary.owner,
        overdueCount: summaryOverdue(plan.summary, today),
        reviewDue: summaryReviewDue(plan.summary, today),
        open: plan.open !== undefined,
      }));
      plans.sort((a, b) => a.uri.localeCompare(b.uri));
      return { plans, complete: ctx.index.complete };
    }),
  );

  ctx.connection.onRequest(
    StatsRequest.type,
    ctx.runner.request(StatsRequest.method, () => ({ handlers: {}, analyses: { count: 0, totalMs: 0, maxMs: 0, lastMs: 0 }, openDocuments: 0, indexedPlans: 0, memory: { rss: 0, heapUsed: 0 } }), (): StatsRequest.Result => ({
      handlers: ctx.runner.stats(),
      analyses: { ...ctx.store.stats },
      openDocuments: ctx.documents.keys().length,
      indexedPlans: ctx.index.size,
      memory: { rss: process.memoryUsage.rss(), heapUsed: process.memoryUsage().heapUsed },
    })),
  );
}
