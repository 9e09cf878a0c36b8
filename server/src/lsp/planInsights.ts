import { planInsights, type PlanInsights } from '../core/insights';
import type { Locale } from '../core/messages/catalog';
import { createMessageFormatter } from '../core/messages/catalog';
import { insightHints, type InsightHint } from '../core/views/insightHints';
import type { AnalyzedDocument } from './documents';

/**
 * The insights of one open document's version and the hints placed in its text, computed once
 * per version and locale whoever asks first (inlay hints, hover, code lenses, the view model).
 * A text with syntax errors has no hints: their places would be guesses.
 */
export function documentInsights(doc: AnalyzedDocument, locale: Locale): { insights: PlanInsights; hints: InsightHint[] } {
  return doc.memo(`insights:${locale}`, () => {
    const { model, hasSyntaxErrors } = doc.analysis;
    const insights = planInsights(model, doc.today, { locale });
    const hints = hasSyntaxErrors ? [] : insightHints(model, insights, createMessageFormatter(locale));
    return { insights, hints };
  });
}
