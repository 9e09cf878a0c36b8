import { basename } from 'node:path';
import type { ServerContext } from '../context';
import { reportData, reportHtml } from '../../core/report';
import { filePath, readPlan } from '../planSource';
import { ReportRequest } from '../protocol';

/**
 * `careerplan/report`: the core's HTML report of one plan (the same page `careerplan report
 * --format html` writes), from the open document's current text or the file on disk.
 */
export function register(ctx: ServerContext): void {
  ctx.connection.onRequest(
    ReportRequest.type,
    ctx.runner.request(ReportRequest.method, () => null, async (params: ReportRequest.Params): Promise<ReportRequest.Result> => {
      if (typeof params?.uri !== 'string') return null;
      const plan = await readPlan(ctx, params.uri);
      if (!plan) return null;
      const { today, locale } = ctx.settings.current;
      const file = basename(filePath(params.uri) ?? decodeURIComponent(params.uri.replace(/^.*\//, '')));
      const build = () => reportHtml(reportData(file, plan.analysis, { today, locale }));
      const open = ctx.store.get(params.uri);
      const html = open && open.version === plan.version ? open.memo(`report:${locale}`, build) : build();
      return { uri: params.uri, version: plan.version, html };
    }),
  );
}
