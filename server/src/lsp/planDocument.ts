import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { BlockText } from '../core/text/blockText';
import { LineIndex } from '../core/text/lineIndex';
import type { TextSource } from '../core/text/textSource';

/**
 * An open document's text as the editor's changes leave it, held in blocks (BlockText) with
 * its line index kept up to date around each change. The text model of `vscode-languageserver-
 * textdocument` keeps one string, which the engine copies whole on the first read after every
 * keystroke (12 ms at 200,000 lines); here a keystroke costs a block, and the analysis and
 * completion read the blocks (`source`). `getText()` joins the blocks once per version.
 */
export class PlanDocument implements TextDocument {
  private lines: LineIndex;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    private text: BlockText,
  ) {
    this.lines = new LineIndex(text);
  }

  static create(uri: string, languageId: string, version: number, content: string): PlanDocument {
    return new PlanDocument(uri, languageId, version, BlockText.of(content));
  }

  get version(): number {
    return this.currentVersion;
  }

  /** The current text, for reads that need no whole string. */
  get source(): TextSource {
    return this.text;
  }

  get lineCount(): number {
    return this.lines.lineCount;
  }

  getText(range?: Range): string {
    if (!range) return String(this.text);
    const [a, b] = [this.offsetAt(range.start), this.offsetAt(range.end)];
    return this.text.slice(Math.min(a, b), Math.max(a, b));
  }

  positionAt(offset: number): Position {
    return this.lines.positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.lines.offsetAt(position);
  }

  /** Applies the changes in order (each range is in the text the ones before it left), as the LSP text model does. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) {
        const a = this.offsetAt(change.range.start);
        const b = this.offsetAt(change.range.end);
        const start = Math.min(a, b);
        const end = Math.max(a, b);
        const before = this.text.length;
        this.text = this.text.edit(start, end, change.text);
        this.lines = LineIndex.afterEdit(this.lines, this.text, start, before - end);
      } else {
        this.text = BlockText.of(change.text);
        this.lines = new LineIndex(this.text);
      }
    }
    this.currentVersion = version;
  }
}

/** A document's text for reads around an offset: the blocks of a PlanDocument, else its string. */
export function sourceOf(document: TextDocument): TextSource {
  return document instanceof PlanDocument ? document.source : document.getText();
}
