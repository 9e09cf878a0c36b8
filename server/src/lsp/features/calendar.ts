import { basename } from 'node:path';
import { version } from '../../../../package.json';
import { stableFileId } from '../../node/fileId';
import type { ServerContext } from '../context';
import { buildCalendar, type CalendarPlan } from '../../core/calendar/ics';
import { filePath, readPlan } from '../planSource';
import { CalendarRequest } from '../protocol';

/**
 * `careerplan/calendar`: the `.ics` of the given plans, as `careerplan calendar` writes it (the
 * same UIDs, so an export from the editor and one from the command line update the same events).
 */
export function register(ctx: ServerContext): void {
  ctx.connection.onRequest(
    CalendarRequest.type,
    ctx.runner.request(CalendarRequest.method, (): CalendarRequest.Result => ({ ics: '', events: 0, skipped: [] }), async (params: CalendarRequest.Params): Promise<CalendarRequest.Result> => {
      const uris = Array.isArray(params?.uris) ? params.uris.filter((u): u is string => typeof u === 'string') : [];
      const plans: CalendarPlan[] = [];
      const skipped: CalendarRequest.Result['skipped'] = [];
      for (const uri of [...new Set(uris)]) {
        const plan = await readPlan(ctx, uri);
        if (!plan) skipped.push({ uri, reason: 'unreadable' });
        else if (plan.analysis.hasSyntaxErrors) skipped.push({ uri, reason: 'syntax-errors' });
        else {
          const path = filePath(uri);
          plans.push({ analysis: plan.analysis, fileId: path === null ? uri : stableFileId(path), name: plan.analysis.model.owner?.value || (path === null ? uri : basename(path)) });
        }
      }
      const { today, locale } = ctx.settings.current;
      const ics = buildCalendar(plans, { today, prodId: `-//careerplan//careerplan ${version}//EN`, locale });
      return { ics, events: ics.split('\r\nBEGIN:VEVENT\r\n').length - 1, skipped };
    }),
  );
}
