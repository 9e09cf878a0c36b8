import type { DefinitionParams, Location } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import type { AnalyzedDocument } from '../documents';

/** Go to definition: from a reference (or a plan's need) to the id's key; on the key itself, the key. */
export function provideDefinition(doc: AnalyzedDocument, params: DefinitionParams): Location[] | null {
  const { analysis } = doc;
  const occurrence = doc.ids.at(analysis.lines.offsetAt(params.position));
  if (!occurrence) return null;
  const targets = doc.ids.definitions(occurrence.kind, occurrence.id, occurrence.scope);
  if (targets.length === 0) return null;
  return targets.map((target) => ({ uri: doc.uri, range: analysis.lines.rangeOf(target.node) }));
}

export function register(ctx: ServerContext): void {
  ctx.connection.onDefinition(
    ctx.runner.request('textDocument/definition', () => null, (params: DefinitionParams) => {
      const doc = ctx.store.get(params.textDocument.uri);
      return doc ? provideDefinition(doc, params) : null;
    }),
  );
}
