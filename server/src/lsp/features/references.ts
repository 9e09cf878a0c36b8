import type { Location, ReferenceParams } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import type { AnalyzedDocument } from '../documents';

/** Find references: every place that names the id under the cursor (its definition when asked). */
export function provideReferences(doc: AnalyzedDocument, params: ReferenceParams): Location[] | null {
  const { analysis } = doc;
  const occurrence = doc.ids.at(analysis.lines.offsetAt(params.position));
  if (!occurrence) return null;
  const definitions = new Set(doc.ids.definitions(occurrence.kind, occurrence.id, occurrence.scope));
  return doc.ids
    .all(occurrence.kind, occurrence.id, occurrence.scope)
    .filter((o) => params.context.includeDeclaration || !definitions.has(o))
    .map((o) => ({ uri: doc.uri, range: analysis.lines.rangeOf(o.node) }));
}

export function register(ctx: ServerContext): void {
  ctx.connection.onReferences(
    ctx.runner.request('textDocument/references', () => null, (params: ReferenceParams) => {
      const doc = ctx.store.get(params.textDocument.uri);
      return doc ? provideReferences(doc, params) : null;
    }),
  );
}
