import { MarkupKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import type { InsightHint, InsightHintKind } from '../../core/views/insightHints';
import type { AnalyzedDocument } from '../documents';
import { documentInsights } from '../planInsights';
import type { EffectiveSettings } from '../settings';

/** What a hint carries to `inlayHint/resolve`: enough to find the same hint again. */
interface HintData {
  uri: string;
  version: number;
  kind: InsightHintKind;
  key: string;
}

const tooltipOf = (hint: InsightHint) => ({ kind: MarkupKind.Markdown, value: hint.arithmetic });

/**
 * Inlay hints (SPEC §7): the runway beside `emergency-fund`, the closing date beside each gap in
 * `needs`, the next contact beside a contact's `last-contact` or `every`, and "waiting on …"
 * beside `after`; each kind can be switched off (`careerplan.inlayHints.*`). The arithmetic is
 * the tooltip, resolved on demand when the client can (it is the longer part).
 */
export function provideInlayHints(doc: AnalyzedDocument, params: InlayHintParams, settings: EffectiveSettings, resolveTooltip: boolean): InlayHint[] {
  const { lines } = doc.analysis;
  const from = lines.offsetAt(params.range.start);
  const to = lines.offsetAt(params.range.end);
  const result: InlayHint[] = [];
  for (const hint of documentInsights(doc, settings.locale).hints) {
    if (!settings.inlayHints[hint.kind] || hint.at.end < from || hint.at.end > to) continue;
    const data: HintData = { uri: doc.uri, version: doc.version, kind: hint.kind, key: hint.key };
    result.push({
      position: lines.positionAt(hint.at.end),
      label: hint.label,
      paddingLeft: true,
      ...(resolveTooltip ? { data } : { tooltip: tooltipOf(hint) }),
    });
  }
  return result;
}

/** Adds the arithmetic to a hint of the version it was made for (a hint of an older version is returned as it is). */
export function resolveInlayHint(doc: AnalyzedDocument | undefined, hint: InlayHint, settings: EffectiveSettings): InlayHint {
  const data = hint.data as HintData | undefined;
  if (!doc || !data || data.version !== doc.version) return hint;
  const found = documentInsights(doc, settings.locale).hints.find((h) => h.kind === data.kind && h.key === data.key);
  return found ? { ...hint, tooltip: tooltipOf(found) } : hint;
}

export function register(ctx: ServerContext): void {
  ctx.connection.languages.inlayHint.on(
    ctx.runner.request('textDocument/inlayHint', () => [], (params: InlayHintParams) => {
      const doc = ctx.store.get(params.textDocument.uri);
      const resolve = ctx.client.textDocument?.inlayHint?.resolveSupport?.properties.includes('tooltip') ?? false;
      return doc ? provideInlayHints(doc, params, ctx.settings.current, resolve) : [];
    }),
  );
  // A failed resolve answers the hint as it came: it still shows, without its tooltip.
  ctx.connection.languages.inlayHint.resolve((hint, token) =>
    ctx.runner.request('inlayHint/resolve', () => hint, (h: InlayHint) => {
      const uri = (h.data as HintData | undefined)?.uri;
      return resolveInlayHint(uri ? ctx.store.get(uri) : undefined, h, ctx.settings.current);
    })(hint, token),
  );
  // Hints follow the settings (a kind switched off, a new day): ask the client to fetch them again.
  ctx.settings.onDidChange(() => {
    if (ctx.client.workspace?.inlayHint?.refreshSupport) void ctx.connection.languages.inlayHint.refresh().catch(() => undefined);
  });
}
