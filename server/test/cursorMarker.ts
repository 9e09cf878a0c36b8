/**
 * The cursor marker of every test: a `|` in a fixture text marks where the cursor is. Returns the
 * text without it, the cursor's offset and its LSP position.
 *
 * `skipBlockScalars`: for texts that also hold YAML block scalars, a `|` that reads as a block
 * scalar header (`|`, `|-`, `|2+`, alone at the end of its line) is text, not the cursor.
 */
import type { Position } from 'vscode-languageserver-types';

export interface Cursor {
  text: string;
  offset: number;
  position: Position;
}

export function takeCursor(marked: string, options: { skipBlockScalars?: boolean } = {}): Cursor {
  for (let i = marked.indexOf('|'); i >= 0; i = marked.indexOf('|', i + 1)) {
    const lineEnd = marked.indexOf('\n', i);
    const rest = marked.slice(i + 1, lineEnd < 0 ? undefined : lineEnd);
    if (options.skipBlockScalars && /^[1-9]?[-+]?[1-9]?\s*(#.*)?$/.test(rest)) continue;
    const text = marked.slice(0, i) + marked.slice(i + 1);
    const before = text.slice(0, i);
    const line = before.split('\n').length - 1;
    return { text, offset: i, position: { line, character: i - (before.lastIndexOf('\n') + 1) } };
  }
  throw new Error('the text has no | cursor marker');
}
