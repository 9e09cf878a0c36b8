import type { Hover, HoverParams } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { isRuleCode } from '../../core/codes';
import type { Locale } from '../../core/messages/catalog';
import { occurrenceAt } from '../../core/ids/idIndex';
import { ruleHelpMarkdown, ruleHelpText } from '../../core/ruleDocs';
import type { SchemaInfo } from '../../core/schema/schemaInfo';
import { hintMayBeAt, type InsightHint } from '../../core/views/insightHints';
import { locate, type Location } from '../../core/yaml/locate';
import type { AnalyzedDocument } from '../documents';
import { itemInfo, itemMarkdown } from '../itemInfo';
import { hoverMarkup, MARKDOWN, PLAINTEXT, type Markup } from '../markup';
import { documentInsights } from '../planInsights';
import { schemaMarkdown } from '../schemaMarkdown';
import type { ServerTexts } from '../serverMessages';

/**
 * Hover on the places an insight is shown (SPEC §7: `emergency-fund`, a gap in `needs`, a
 * contact's `last-contact` or `every`, `after`): the arithmetic behind it, above what the hover
 * says there anyway (the referenced item, the key's documentation).
 */
export function provideHover(doc: AnalyzedDocument, params: HoverParams, schema: SchemaInfo, texts: ServerTexts, locale: Locale, markup: Markup = MARKDOWN): Hover | null {
  const offset = doc.analysis.lines.offsetAt(params.position);
  const location = locate(doc.analysis.parsed.root, offset);
  const base = provideBaseHover(doc, offset, location, schema, texts, markup);
  const span = (h: InsightHint) => h.spans.find((s) => s.start <= offset && offset <= s.end);
  // The plan's insights cost a pass over the plan: computed only where a hint may stand.
  const hint = hintMayBeAt(location.path) ? documentInsights(doc, locale).hints.find((h) => span(h)) : undefined;
  if (!hint) return base;
  // The arithmetic is written in Markdown; a plain-text client gets it without the marks.
  const arithmetic = markup === PLAINTEXT ? hint.arithmetic.replace(/\*\*|`/g, '') : hint.arithmetic;
  const baseText = base && typeof base.contents === 'object' && 'value' in base.contents ? base.contents.value : '';
  return {
    contents: { kind: markup.kind, value: baseText ? `${arithmetic}\n\n---\n\n${baseText}` : arithmetic },
    range: base?.range ?? doc.analysis.lines.rangeOf(span(hint)!),
  };
}

/**
 * Hover: on an id (its key or a reference to it), the item it names (title, dates, status);
 * on a rule code under `rules:`, what the rule checks; on any other key or value, the schema's
 * documentation of that key.
 */
function provideBaseHover(doc: AnalyzedDocument, offset: number, location: Location, schema: SchemaInfo, texts: ServerTexts, markup: Markup): Hover | null {
  const { analysis } = doc;
  // Only the pairs at the offset are read: a hover must not index every id of a new version.
  const occurrence = occurrenceAt(analysis.parsed.root, offset);
  if (occurrence) {
    const info =
      itemInfo(analysis.model, occurrence.kind, occurrence.id, occurrence.scope, doc.today, texts) ??
      (doc.lastGood ? itemInfo(doc.lastGood.model, occurrence.kind, occurrence.id, occurrence.scope, doc.today, texts) : undefined);
    const body = info ? itemMarkdown(info, texts, markup) : `${markup.bold(texts.kind[occurrence.kind])} ${markup.code(occurrence.id)}\n\n${texts.field.notDefined}`;
    return { contents: { kind: markup.kind, value: body }, range: analysis.lines.rangeOf(occurrence.node) };
  }
  const last = location.steps[location.steps.length - 1];
  if (!last || last.segment === undefined) return null;
  const path = location.path;
  if (path.length === 2 && path[0] === 'rules' && location.onKey && typeof path[1] === 'string' && isRuleCode(path[1])) {
    const help = markup === PLAINTEXT ? ruleHelpText(path[1], texts.locale) : ruleHelpMarkdown(path[1], texts.locale);
    return { contents: { kind: markup.kind, value: help }, range: analysis.lines.rangeOf(last.node) };
  }
  // On a value, document its key; on a list item, the list's key.
  let keyIndex = path.length - 1;
  while (keyIndex >= 0 && typeof path[keyIndex] === 'number') keyIndex--;
  if (keyIndex < 0) return null;
  const keyPath = path.slice(0, keyIndex + 1);
  const description = schema.describe(keyPath);
  if (!description || (!description.title && !description.description)) return null;
  return {
    contents: { kind: markup.kind, value: schemaMarkdown(description, String(keyPath[keyPath.length - 1]), texts, markup) },
    range: analysis.lines.rangeOf(last.node),
  };
}

export function register(ctx: ServerContext): void {
  ctx.connection.onHover(
    ctx.runner.request('textDocument/hover', () => null, (params: HoverParams) => {
      const doc = ctx.store.get(params.textDocument.uri);
      return doc ? provideHover(doc, params, ctx.schema(), ctx.texts(), ctx.settings.current.locale, hoverMarkup(ctx.client)) : null;
    }),
  );
}
