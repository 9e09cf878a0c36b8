import type { ServerContext } from './context';
import { summarizePlan, type PlanSummary } from '../core/views/planSummary';
import type { AnalyzedDocument } from './documents';
import { PLAN_FILE_PATTERN } from '../node/planFiles';
import { normalizeUri } from './workspaceIndex';

export interface KnownPlan {
  uri: string;
  summary: PlanSummary;
  /** The open document's analysis when the plan is open (its unsaved text wins over the disk). */
  open?: AnalyzedDocument;
}

/** Every plan the server knows: the open ones from their live analysis, the others from the index. */
export function knownPlans(ctx: ServerContext): KnownPlan[] {
  const plans: KnownPlan[] = [];
  const openUris = new Set<string>();
  for (const document of ctx.store.all()) {
    if (!PLAN_FILE_PATTERN.test(document.uri) && document.languageId !== 'careerplan') continue;
    const doc = ctx.store.analyze(document);
    openUris.add(normalizeUri(document.uri));
    plans.push({ uri: document.uri, summary: openSummary(doc), open: doc });
  }
  for (const entry of ctx.index.entries()) if (!openUris.has(entry.uri)) plans.push({ uri: entry.uri, summary: entry });
  return plans;
}

export function openSummary(doc: AnalyzedDocument): PlanSummary {
  return doc.memo('summary', () => summarizePlan(doc.analysis.model, (span) => doc.analysis.lines.rangeOf(span)));
}
