import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument, type Position, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { KnownEdit } from '../core/yaml/chunkedParser';
import { PlanDocument, sourceOf } from './planDocument';

/** Where a document's text changed since the version marked: outside [prefix, length − suffix) it is that version's. */
interface Region {
  version: number;
  prefix: number;
  suffix: number;
}

/**
 * The documents' text model (it creates and updates them for TextDocuments) that also remembers
 * where each document changed since the version its analysis last parsed. The editor's change
 * events say where an edit is, so the parser need not compare two whole texts to find it: at
 * 50,000 lines that comparison was the largest single cost of a keystroke.
 */
export class EditTracker implements TextDocumentsConfiguration<TextDocument> {
  private readonly regions = new WeakMap<TextDocument, Region>();

  create(uri: string, languageId: string, version: number, content: string): TextDocument {
    return PlanDocument.create(uri, languageId, version, content);
  }

  update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    const region = this.regions.get(document);
    // One change at a time: each change's range is in the text the changes before it left.
    for (const raw of changes) {
      const change = clampedToText(document, raw);
      if (region) narrow(region, document, change);
      if (document instanceof PlanDocument) document.update([change], version);
      else document = TextDocument.update(document, [change], version);
    }
    if (region) this.regions.set(document, region);
    return document;
  }

  /** The document's current text is the one just parsed: later changes are counted from it. */
  mark(document: TextDocument): void {
    this.regions.set(document, { version: document.version, prefix: Infinity, suffix: Infinity });
  }

  /** Where the document changed since `version` was marked, or undefined when that is not known. */
  since(document: TextDocument, version: number | undefined): KnownEdit | undefined {
    const region = this.regions.get(document);
    if (!region || region.version !== version || region.prefix === Infinity) return undefined;
    return { prefix: region.prefix, suffix: region.suffix };
  }
}

/**
 * The change with a range past the last line moved to the end of the text. The text model
 * mis-indexes its lines on such a range (its offsets become NaN from then on); an editor never
 * sends one, but no client's message may spoil a document.
 */
function clampedToText(document: TextDocument, change: TextDocumentContentChangeEvent): TextDocumentContentChangeEvent {
  if (!('range' in change) || !change.range) return change;
  const { start, end } = change.range;
  const inside = (p: Position) => p.line < document.lineCount && p.line >= 0 && p.character >= 0;
  if (inside(start) && inside(end)) return change;
  const clamp = (p: Position): Position => (p.line < 0 ? { line: 0, character: 0 } : p.line >= document.lineCount ? document.positionAt(sourceOf(document).length) : { line: p.line, character: Math.max(0, p.character) });
  return { ...change, range: { start: clamp(start), end: clamp(end) } };
}

/** Shrinks the unchanged ends to leave out what `change` replaces (read before it is applied). */
function narrow(region: Region, document: TextDocument, change: TextDocumentContentChangeEvent): void {
  const range = 'range' in change ? change.range : undefined;
  // The offsets the text model itself applies the change at (it also accepts a reversed range);
  // a change of the whole text, or offsets the model cannot give, leave nothing known unchanged.
  const a = range ? document.offsetAt(range.start) : NaN;
  const b = range ? document.offsetAt(range.end) : NaN;
  if (!Number.isInteger(a) || !Number.isInteger(b)) {
    region.prefix = 0;
    region.suffix = 0;
    return;
  }
  region.prefix = Math.min(region.prefix, a, b);
  region.suffix = Math.min(region.suffix, sourceOf(document).length - Math.max(a, b));
}
