import type { WorkspaceEdit } from 'vscode-languageserver-types';
import type { LineIndex } from '../text/lineIndex';
import { toTextEdits, type OffsetEdit } from './textEdits';

/**
 * A workspace edit on one document, tied to the version it was computed from, so that a client
 * refuses to apply it to a document that has changed since (`TextDocumentEdit` with an
 * `OptionalVersionedTextDocumentIdentifier`; a null version means "any").
 */
export function documentEdit(uri: string, version: number | null, edits: OffsetEdit[], lines: LineIndex): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri, version }, edits: toTextEdits(edits, lines) }] };
}
