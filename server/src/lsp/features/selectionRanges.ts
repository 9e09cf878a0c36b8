import type { Range, SelectionRange, SelectionRangeParams } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { locate } from '../../core/yaml/locate';
import type { AnalyzedDocument } from '../documents';

/** Smart select: the word, then its key-value pair, then the enclosing map or list, and so on out to the root. */
export function provideSelectionRanges(doc: AnalyzedDocument, params: SelectionRangeParams): SelectionRange[] {
  const { lines, parsed } = doc.analysis;
  return params.positions.map((asked) => {
    // A position past the end (or not a position at all) is taken as the nearest one in the document.
    const offset = lines.offsetAt({ line: finiteOr0(asked?.line), character: finiteOr0(asked?.character) });
    const position = lines.positionAt(offset);
    const location = locate(parsed.root, offset);
    const spans: Array<{ start: number; end: number }> = [];
    for (const step of location.steps) {
      if (step.pair) spans.push(step.pair);
      spans.push(step.node);
    }
    let parent: SelectionRange | undefined;
    let previous: Range | undefined;
    for (const span of spans) {
      const range = lines.rangeOf(span);
      if (previous && sameRange(previous, range)) continue;
      parent = { range, parent };
      previous = range;
    }
    return parent ?? { range: { start: position, end: position } };
  });
}

function finiteOr0(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export function register(ctx: ServerContext): void {
  ctx.connection.onSelectionRanges(
    ctx.runner.request('textDocument/selectionRange', () => [], (params: SelectionRangeParams) => {
      const doc = ctx.store.get(params.textDocument.uri);
      return doc && Array.isArray(params.positions) ? provideSelectionRanges(doc, params) : [];
    }),
  );
}
