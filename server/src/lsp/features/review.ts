import type { ServerContext } from '../context';
import type { EditResult } from '../../core/edits/textEdits';
import { documentEdit } from '../../core/edits/workspaceEdit';
import { createMessageFormatter, type Locale } from '../../core/messages/catalog';
import { applyReview, reviewChecklist, type ReviewAnswers } from '../../core/review';
import type { AnalyzedDocument } from '../documents';
import { ApplyReviewRequest, ReviewChecklistRequest } from '../protocol';

type Format = ReturnType<typeof createMessageFormatter>;

/** Why a review of this document cannot start or be applied now; null when it can. */
function refusal(doc: AnalyzedDocument | undefined, version: unknown, format: Format): string | null {
  if (!doc) return format('edit.not-open', {});
  if (version !== doc.version) return format('edit.stale-version', {});
  if (doc.analysis.parsed.conflicts.length) return format('edit.refused-conflict', {});
  if (doc.analysis.hasSyntaxErrors) return format('edit.refused-syntax', {});
  return null;
}

/**
 * `careerplan/reviewChecklist`: what the guided review walks through. Refused up front for a
 * file that the review could not change, so nobody answers questions for nothing.
 */
export function provideReviewChecklist(doc: AnalyzedDocument | undefined, params: ReviewChecklistRequest.Params, format: Format, locale: Locale): ReviewChecklistRequest.Result {
  const refused = refusal(doc, params?.version, format);
  if (refused || !doc) return { error: refused ?? format('edit.not-open', {}) };
  const doneNow = Array.isArray(params.actionsDoneNow) ? params.actionsDoneNow.filter((id): id is string => typeof id === 'string') : [];
  return { checklist: reviewChecklist(doc.analysis, doc.today, { actionsDoneNow: doneNow, locale }) };
}

/**
 * `careerplan/applyReview`: every answer as one edit of exactly the version the client saw, so
 * the review is one undo step; the answers name entries by id, so a review started on an older
 * version applies to the current one as long as those entries still exist.
 */
export function provideApplyReview(doc: AnalyzedDocument | undefined, params: ApplyReviewRequest.Params, format: Format): ApplyReviewRequest.Result {
  const refused = refusal(doc, params?.version, format);
  if (refused || !doc) return { error: refused ?? format('edit.not-open', {}) };
  const answers = params.answers as ReviewAnswers | undefined;
  if (!answers || typeof answers !== 'object') return { error: format('edit.invalid', { detail: 'no answers' }) };
  let result: EditResult;
  try {
    result = applyReview(doc.analysis, answers);
  } catch (error) {
    // Malformed answers from a client (a list that is not a list): refuse, never half-apply.
    return { error: format('edit.invalid', { detail: error instanceof Error ? error.message : String(error) }) };
  }
  if (!result.ok) return { error: format(result.reason, { subject: result.subject ?? '' }) };
  return { edit: documentEdit(doc.uri, doc.version, result.edits, doc.analysis.lines) };
}

export function register(ctx: ServerContext): void {
  const formatter = () => createMessageFormatter(ctx.settings.current.locale);
  const failed = (): { error?: string } => ({ error: formatter()('edit.unsupported', { subject: '' }) });
  ctx.connection.onRequest(
    ReviewChecklistRequest.type,
    ctx.runner.request(ReviewChecklistRequest.method, failed, (params: ReviewChecklistRequest.Params) =>
      provideReviewChecklist(typeof params?.uri === 'string' ? ctx.store.get(params.uri) : undefined, params, formatter(), ctx.settings.current.locale),
    ),
  );
  ctx.connection.onRequest(
    ApplyReviewRequest.type,
    ctx.runner.request(ApplyReviewRequest.method, failed, (params: ApplyReviewRequest.Params) =>
      provideApplyReview(typeof params?.uri === 'string' ? ctx.store.get(params.uri) : undefined, params, formatter()),
    ),
  );
}
