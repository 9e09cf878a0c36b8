import { FoldingRangeKind, type FoldingRange, type FoldingRangeParams } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import type { YNode } from '../../core/yaml/tree';
import type { AnalyzedDocument } from '../documents';

/** Folding: every map entry and list item that spans lines, and runs of comment lines. */
export function provideFoldingRanges(doc: AnalyzedDocument): FoldingRange[] {
  const { lines, text, parsed } = doc.analysis;
  const ranges: FoldingRange[] = [];
  const add = (start: number, end: number) => {
    const startLine = lines.positionAt(start).line;
    const endPosition = lines.positionAt(end);
    // A node that ends at the start of a line ends on the line before.
    const endLine = endPosition.character === 0 ? endPosition.line - 1 : endPosition.line;
    if (endLine > startLine) ranges.push({ startLine, endLine });
  };
  const visit = (node: YNode | null) => {
    if (!node) return;
    if (node.kind === 'map') {
      for (const pair of node.pairs) {
        if (pair.value && pair.value.kind !== 'scalar') add(pair.start, trimEnd(text, pair.end));
        visit(pair.value);
      }
    } else if (node.kind === 'seq') {
      for (const item of node.items) {
        if (item.kind !== 'scalar') add(item.start, trimEnd(text, item.end));
        visit(item);
      }
    } else if (node.end - node.start > 0 && text.indexOf('\n', node.start) < node.end) {
      add(node.start, trimEnd(text, node.end)); // a multi-line text value
    }
  };
  visit(parsed.root);
  // Comment blocks of two or more lines.
  let blockStart = -1;
  for (let line = 0; line <= lines.lineCount; line++) {
    const isComment = line < lines.lineCount && /^\s*#/.test(text.slice(lines.lineStart(line), lines.lineEnd(line)));
    if (isComment && blockStart < 0) blockStart = line;
    if (!isComment && blockStart >= 0) {
      if (line - 1 > blockStart) ranges.push({ startLine: blockStart, endLine: line - 1, kind: FoldingRangeKind.Comment });
      blockStart = -1;
    }
  }
  return ranges;
}

/** Node ends can include trailing blank lines; fold up to the last character that is not white space. */
function trimEnd(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i;
}

export function register(ctx: ServerContext): void {
  ctx.connection.onFoldingRanges(
    ctx.runner.request('textDocument/foldingRange', () => [], (params: FoldingRangeParams) => {
      const doc = ctx.store.get(params.textDocument.uri);
      return doc ? doc.memo('folding', () => provideFoldingRanges(doc)) : [];
    }),
  );
}
