// Typing like a person: the edits a benchmark sends, built from a generated plan. Places are
// spread over the file; at each, a word is typed letter by letter and deleted, a line is pasted,
// the action's block is indented and dedented, a new action is typed, a value inside a flow map
// changes, and a due date changes so that an `overdue` finding appears and then goes. Once, a
// review-log note is edited. Every keystroke gives a text the server has not seen; completion
// goes right behind keystrokes at the typing position (a key; an enum value and an id, after
// each letter typed, as an editor's quick suggestions ask), hover goes to other places.

/** How many places over the file the scenario types at. */
export const PLACES = 5;

/** A text kept in step with the server's copy; edits are given and applied by offset. */
class Buffer {
  constructor(text) {
    this.text = text;
  }

  positionAt(offset) {
    let line = 0;
    let lineStart = 0;
    for (let nl = this.text.indexOf('\n'); nl >= 0 && nl < offset; nl = this.text.indexOf('\n', nl + 1)) {
      line++;
      lineStart = nl + 1;
    }
    return { line, character: offset - lineStart };
  }

  /** Replaces [start, end) by `insert`; returns the LSP change. */
  edit(start, end, insert) {
    const range = { start: this.positionAt(start), end: this.positionAt(end) };
    this.text = this.text.slice(0, start) + insert + this.text.slice(end);
    return { range, text: insert };
  }

  lineStart(offset) {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  lineEnd(offset) {
    const nl = this.text.indexOf('\n', offset);
    return nl < 0 ? this.text.length : nl;
  }
}

/** Block-style action entries (`  id:` then `    do: …`) with their line offsets. */
function blockActions(text) {
  const start = text.indexOf('\nactions:\n');
  if (start < 0) throw new Error('the plan has no actions section');
  const end = text.slice(start + 10).search(/\n[^ #\n]/);
  const section = text.slice(start + 1, end < 0 ? text.length : start + 10 + end + 1);
  const found = [];
  const entry = /^ {2}([a-z0-9-]+):\n {4}do: [A-Za-z].*\n((?: {4}.*\n)*)/gm;
  for (let m; (m = entry.exec(section)); ) {
    found.push({ id: m[1], start: start + 1 + m.index, end: start + 1 + m.index + m[0].length, body: m[0] });
  }
  return found;
}

/**
 * The scenario as steps: `{ kind, edit }` keystrokes and `{ kind: 'completion' | 'hover',
 * position }` requests, computed lazily against the text as it is after the edits before them.
 * kinds: 'keystroke' (an edit; time to its diagnostics), 'finding' (an edit that makes a finding
 * appear or go), 'completion' (sent right behind the keystroke before it), 'hover'.
 */
export function* typingScenario(text) {
  const buffer = new Buffer(text);
  const actions = blockActions(text);
  if (actions.length < PLACES * 4) throw new Error(`the plan has ${actions.length} block actions; the scenario needs ${PLACES * 4}`);
  const planIds = [...text.matchAll(/^ {2}([a-z0-9-]+):(?: \{[^}\n]*kind: (?:primary|backup))?/gm)].map((m) => m[1]);
  // Actions to type at, spread from the first tenth of the section to the last.
  const places = Array.from({ length: PLACES }, (_, i) => actions[Math.floor(((i + 0.5) / PLACES) * actions.length)].id);
  // Hover at the action half a section away from where the typing is.
  const hoverAt = (i) => actions[Math.floor((((i + 0.5) / PLACES + 0.5) % 1) * actions.length)].id;
  const find = (id) => {
    const at = buffer.text.indexOf(`\n  ${id}:\n`) + 1;
    if (at <= 0) throw new Error(`action ${id} not found`);
    const bodyEnd = buffer.text.slice(at).search(/\n(?! {4}| *$)/);
    return { start: at, end: at + bodyEnd + 1 };
  };
  const typeText = function* (offset, word, kind = 'keystroke') {
    for (let i = 0; i < word.length; i++) yield { kind, edit: buffer.edit(offset + i, offset + i, word[i]) };
  };
  // A value typed where the editor suggests as you type (an enum value, an id): a completion
  // right behind each keystroke, at the new cursor, as an editor's quick suggestions ask.
  const typeSuggested = function* (offset, word) {
    for (let i = 0; i < word.length; i++) {
      yield { kind: 'keystroke', edit: buffer.edit(offset + i, offset + i, word[i]) };
      yield { kind: 'completion', position: buffer.positionAt(offset + i + 1) };
    }
  };
  const hover = (id) => {
    const at = buffer.text.indexOf(`\n  ${id}:\n`) + 1 + 2 + id.length + 1 + 5; // on `do`
    return { kind: 'hover', position: buffer.positionAt(at) };
  };

  for (let p = 0; p < PLACES; p++) {
    const id = places[p];
    // 1. A word typed at the end of the action's `do:` text, then deleted with backspace.
    let entry = find(id);
    const doEnd = buffer.lineEnd(entry.start + id.length + 4);
    const word = ' quickly';
    yield* typeText(doEnd, word);
    for (let i = word.length; i > 0; i--) yield { kind: 'keystroke', edit: buffer.edit(doEnd + i - 1, doEnd + i, '') };
    yield hover(hoverAt(p));

    // 2. A line pasted under `do:`.
    yield { kind: 'keystroke', edit: buffer.edit(doEnd + 1, doEnd + 1, `    x-note: pasted from my notes, place ${p}\n`) };

    // 3. The action's body indented by two spaces, then dedented (one change each, as an editor sends).
    entry = find(id);
    const bodyStart = buffer.lineEnd(entry.start) + 1;
    const body = buffer.text.slice(bodyStart, entry.end);
    const indented = body.replace(/^(?=.)/gm, '  ');
    yield { kind: 'keystroke', edit: buffer.edit(bodyStart, entry.end, indented) };
    yield { kind: 'keystroke', edit: buffer.edit(bodyStart, bodyStart + indented.length, body) };

    // 4. A new action typed after this one: its lines, a completion at each value position.
    entry = find(id);
    let at = entry.end;
    const newId = `bench-new-${p}`;
    yield { kind: 'keystroke', edit: buffer.edit(at, at, `  ${newId}:\n`) };
    at += newId.length + 4;
    yield* typeText(at, '    d');
    yield { kind: 'completion', position: buffer.positionAt(at + 5) }; // keys
    at += 5;
    yield { kind: 'keystroke', edit: buffer.edit(at, at, 'o: Try the new thing\n') };
    at += 'o: Try the new thing\n'.length;
    yield { kind: 'keystroke', edit: buffer.edit(at, at, '    status: \n') };
    yield { kind: 'completion', position: buffer.positionAt(at + 12) }; // enum values
    yield* typeSuggested(at + 12, 'todo');
    at = buffer.lineEnd(at) + 1;
    yield { kind: 'keystroke', edit: buffer.edit(at, at, '    plan: \n') };
    yield { kind: 'completion', position: buffer.positionAt(at + 10) }; // ids
    yield* typeSuggested(at + 10, planIds[p % planIds.length] ?? 'primary');
    at = buffer.lineEnd(at) + 1;
    yield { kind: 'keystroke', edit: buffer.edit(at, at, '    due: 2027-02-01\n') };

    // 5. A value inside a flow map changed and changed back (a skill's level).
    const flow = buffer.text.indexOf('{ level: ', Math.floor((buffer.text.length * p) / PLACES));
    if (flow >= 0) {
      const digit = flow + '{ level: '.length;
      const old = buffer.text[digit];
      yield { kind: 'keystroke', edit: buffer.edit(digit, digit + 1, old === '3' ? '4' : '3') };
      yield { kind: 'keystroke', edit: buffer.edit(digit, digit + 1, old) };
    }

    // 6. A due date moved into the past (an `overdue` appears), then back (it goes).
    entry = find(newId);
    const due = buffer.text.indexOf('due: 2027', entry.start) + 'due: 202'.length;
    yield { kind: 'finding', edit: buffer.edit(due, due + 1, '5') };
    yield { kind: 'finding', edit: buffer.edit(due, due + 1, '7') };
    yield hover(hoverAt(p));
  }

  // 7. A review-log note: a word typed and deleted.
  const log = buffer.text.indexOf('\n  log:\n');
  const notes = log < 0 ? -1 : buffer.text.indexOf('notes: ', log);
  if (notes >= 0) {
    const end = buffer.lineEnd(notes);
    yield* typeText(end, ' again');
    for (let i = 6; i > 0; i--) yield { kind: 'keystroke', edit: buffer.edit(end + i - 1, end + i, '') };
  }
}
