import type { TextEdit } from 'vscode-languageserver-types';
import type { LineIndex } from '../text/lineIndex';
import type { RefusalReason } from './refusal';

/** A replacement of `text[start, end)` by `newText`, in offsets. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** An edit the user asked for, or the reason it cannot be made (a message id of messages/en.ts). */
export type EditResult =
  | { ok: true; edits: OffsetEdit[] }
  | { ok: false; reason: RefusalReason; subject?: string };

export function toTextEdits(edits: OffsetEdit[], lines: LineIndex): TextEdit[] {
  return edits.map((e) => ({ range: lines.rangeOf(e), newText: e.newText }));
}

/** Applies non-overlapping edits to a text (for tests, the CLI and previews). */
export function applyEdits(text: string, edits: OffsetEdit[]): string {
  // As LSP clients do: insertions at the same offset land in array order, so apply the later ones first.
  const sorted = edits.map((edit, index) => ({ ...edit, index })).sort((a, b) => b.start - a.start || b.end - a.end || b.index - a.index);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
