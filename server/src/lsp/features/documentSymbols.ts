import type { DocumentSymbol, DocumentSymbolParams, SymbolInformation } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { buildOutline, type OutlineNode } from '../../core/outline/outline';
import type { AnalyzedDocument } from '../documents';
import { SYMBOL_KIND } from '../symbolKinds';

/** The outline: sections, their entries (plans with their experiments), review log entries. */
export function provideDocumentSymbols(doc: AnalyzedDocument, hierarchical: boolean): DocumentSymbol[] | SymbolInformation[] {
  const { lines } = doc.analysis;
  const outline = doc.memo('outline', () => buildOutline(doc.analysis.model));
  if (!hierarchical) {
    const flat: SymbolInformation[] = [];
    const visit = (nodes: OutlineNode[], container?: string) => {
      for (const node of nodes) {
        flat.push({ name: node.name || '""', kind: SYMBOL_KIND[node.kind], location: { uri: doc.uri, range: lines.rangeOf(node.span) }, containerName: container });
        visit(node.children, node.name);
      }
    };
    visit(outline);
    return flat;
  }
  const convert = (node: OutlineNode): DocumentSymbol => ({
    name: node.name || '""',
    detail: node.detail,
    kind: SYMBOL_KIND[node.kind],
    range: lines.rangeOf(node.span),
    selectionRange: lines.rangeOf(node.selection),
    children: node.children.map(convert),
  });
  return outline.map(convert);
}

export function register(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol(
    ctx.runner.request('textDocument/documentSymbol', () => [], (params: DocumentSymbolParams) => {
      const doc = ctx.store.get(params.textDocument.uri);
      return doc ? provideDocumentSymbols(doc, Boolean(ctx.client.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport)) : [];
    }),
  );
}
