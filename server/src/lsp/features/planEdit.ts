import type { ServerContext } from '../context';
import { isIsoDate } from '../../core/dates';
import { logContact } from '../../core/edits/logContact';
import { markDone, setDue, snooze } from '../../core/edits/planEdits';
import type { EditResult } from '../../core/edits/textEdits';
import { documentEdit } from '../../core/edits/workspaceEdit';
import type { FixContext } from '../../core/fixes/quickFix';
import { createMessageFormatter } from '../../core/messages/catalog';
import type { AnalyzedDocument } from '../documents';
import { PlanEditRequest } from '../protocol';

/** "Snooze a week". */
export const DEFAULT_SNOOZE_DAYS = 7;

/**
 * `careerplan/edit`: the edit is computed from the analysis of exactly the version the client
 * saw, so what the user clicked is what changes; a document that has moved on is refused, and
 * the client asks again.
 */
export function providePlanEdit(doc: AnalyzedDocument | undefined, params: PlanEditRequest.Params, format: FixContext['format']): PlanEditRequest.Result {
  if (!doc) return { error: format('edit.not-open', {}) };
  if (params.version !== doc.version) return { error: format('edit.stale-version', {}) };
  const edit = params.edit ?? ({} as PlanEditRequest.Edit);
  const invalid = (detail: string) => ({ error: format('edit.invalid', { detail }) });
  if (typeof edit.actionId !== 'string' || edit.actionId === '') return invalid('no action or contact id');
  let result: EditResult;
  switch (edit.kind) {
    case 'markDone':
      result = markDone(doc.analysis, edit.actionId, doc.today);
      break;
    case 'snooze': {
      const days = edit.days ?? DEFAULT_SNOOZE_DAYS;
      if (!Number.isInteger(days) || Math.abs(days) > 36_500) return invalid(`"days" must be a whole number of days, not ${JSON.stringify(edit.days)}`);
      result = snooze(doc.analysis, edit.actionId, days, doc.today);
      break;
    }
    case 'setDue':
      if (!isIsoDate(edit.date)) return invalid(`"date" must be a YYYY-MM-DD calendar date, not ${JSON.stringify(edit.date)}`);
      result = setDue(doc.analysis, edit.actionId, edit.date);
      break;
    case 'logContact':
      if (typeof edit.note !== 'object' || edit.note === null) return invalid('"note" must be { got?, gave? }');
      result = logContact(doc.analysis, edit.actionId, doc.today, edit.note);
      break;
    default:
      return invalid(`unknown kind ${JSON.stringify((edit as { kind: unknown }).kind)}`);
  }
  if (!result.ok) return { error: format(result.reason, { subject: result.subject ?? '' }) };
  return { edit: documentEdit(doc.uri, doc.version, result.edits, doc.analysis.lines) };
}

export function register(ctx: ServerContext): void {
  const failed = (): PlanEditRequest.Result => ({ error: createMessageFormatter(ctx.settings.current.locale)('edit.unsupported', { subject: '' }) });
  ctx.connection.onRequest(
    PlanEditRequest.type,
    ctx.runner.request(PlanEditRequest.method, failed, (params: PlanEditRequest.Params) => {
      const format = createMessageFormatter(ctx.settings.current.locale);
      const uri = typeof params?.uri === 'string' ? params.uri : '';
      return providePlanEdit(uri ? ctx.store.get(uri) : undefined, params, format);
    }),
  );
}
