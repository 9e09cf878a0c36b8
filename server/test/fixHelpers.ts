/** Helpers of the quick-fix tests: the cursor marker, a fix context, a code action's edits as offsets. */
import * as assert from 'node:assert/strict';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../src/core/analyze';
import type { OffsetEdit } from '../src/core/edits/textEdits';
import { quickFixes, type FixContext } from '../src/core/fixes';
import { createMessageFormatter } from '../src/core/messages/catalog';
import { takeCursor } from './cursorMarker';

export const URI = 'file:///plan.careerplan.yaml';
const format = createMessageFormatter('en');

/** The cursor of a fix fixture: the first `|` that is not a block scalar header. */
export function takeFixCursor(marked: string): { text: string; cursor: number } {
  const { text, offset } = takeCursor(marked, { skipBlockScalars: true });
  return { text, cursor: offset };
}

export function fixContext(analysis: Analysis, today: string, version: number | null = 1): FixContext {
  return { analysis, uri: URI, version, today, format };
}

/** The code actions of every finding under the cursor. */
export function actionsAt(analysis: Analysis, cursor: number, today: string, formatter = format): CodeAction[] {
  const context = { ...fixContext(analysis, today), format: formatter };
  return analysis.findings.filter((f) => f.start <= cursor && cursor <= f.end).flatMap((f) => quickFixes(context, f));
}

/** A code action's text edits as offsets in `analysis.text`. */
export function offsetEdits(analysis: Analysis, action: CodeAction): OffsetEdit[] {
  const changes = (action.edit?.documentChanges ?? []) as TextDocumentEdit[];
  assert.equal(changes.length, 1, `"${action.title}" edits one document`);
  assert.equal(changes[0].textDocument.uri, URI);
  return changes[0].edits.map((e) => ({
    start: analysis.lines.offsetAt(e.range.start),
    end: analysis.lines.offsetAt(e.range.end),
    newText: (e as { newText: string }).newText,
  }));
}

