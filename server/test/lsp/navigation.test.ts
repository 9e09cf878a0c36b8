import * as assert from 'node:assert/strict';
import type { Hover, Location, MarkupContent, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { takeCursor } from '../cursorMarker';
import { positionOf, TestClient } from './client';
import { applyTextEdits, EXAMPLE, serverForSuite, TODAY } from './suite';

/** The example with the cursor after the `occurrence`-th `needle` plus `delta` characters. */
function cursorAt(needle: string, occurrence = 0, delta = 1): string {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = EXAMPLE.indexOf(needle, index + 1);
  assert.ok(index >= 0, needle);
  return EXAMPLE.slice(0, index + delta) + '|' + EXAMPLE.slice(index + delta);
}

function textAt(text: string, range: Range): string {
  const lines = text.split('\n');
  assert.equal(range.start.line, range.end.line);
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

describe('language server: hover, definition, references, rename', function () {
  const server = serverForSuite('nav');

  async function openMarked(marked: string) {
    const { text, position } = takeCursor(marked);
    const uri = await server.openNew(text);
    return { uri, text, position, textDocument: { uri } };
  }

  it('hover on a key shows the schema documentation', async () => {
    const { textDocument, position } = await openMarked(cursorAt('    trigger:', 0, 6));
    const hover = await server.client.request<Hover>('textDocument/hover', { textDocument, position });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\*\*Trigger\*\*/);
    assert.match(value, /switch/i);
  });

  it('hover on a reference shows the referenced item: title, dates, status', async () => {
    let { textDocument, position, text } = await openMarked(cursorAt('after: [start-blog]', 0, 10));
    let hover = await server.client.request<Hover>('textDocument/hover', { textDocument, position });
    let value = (hover.contents as MarkupContent).value;
    assert.match(value, /\*\*Action\*\* `start-blog` — Set up the blog and publish the first post/);
    assert.match(value, /Due: 2026-10-15/);
    assert.match(value, /Status: done/);
    assert.equal(textAt(text, hover.range!), 'start-blog');

    ({ textDocument, position } = await openMarked(cursorAt('    plan: tech-writer', 1, 12)));
    value = ((await server.client.request<Hover>('textDocument/hover', { textDocument, position })).contents as MarkupContent).value;
    assert.match(value, /\*\*Plan\*\* `tech-writer` — Technical writer and online course creator/);
    assert.match(value, /Kind: backup/);

    ({ textDocument, position } = await openMarked(cursorAt('pitch-guest-post]', 0, 3)));
    value = ((await server.client.request<Hover>('textDocument/hover', { textDocument, position })).contents as MarkupContent).value;
    assert.match(value, /Due: 2026-11-01 \(overdue\)/);

    ({ textDocument, position } = await openMarked(cursorAt('advisors: [jane-doe', 0, 12)));
    value = ((await server.client.request<Hover>('textDocument/hover', { textDocument, position })).contents as MarkupContent).value;
    assert.match(value, /\*\*Contact\*\* `jane-doe` — Jane Doe/);
    assert.match(value, /Role: mentor/);
    assert.match(value, /Last contact: 2026-10-20/);
  });

  it('hover on a rule code under rules: explains the rule', async () => {
    const { textDocument, position } = await openMarked('careerplan: 1\nrules:\n  stale-co|ntact: off\n');
    const value = ((await server.client.request<Hover>('textDocument/hover', { textDocument, position })).contents as MarkupContent).value;
    assert.match(value, /\*\*stale-contact\*\*/);
  });

  it('goes to the definition of every id kind', async () => {
    const cases: Array<[marked: string, definition: string, occurrence: number]> = [
      [cursorAt('after: [start-blog]', 0, 10), '  start-blog:', 0],
      [cursorAt('    plan: primary', 0, 12), '  primary:', 0],
      [cursorAt('    goal: senior-promotion', 0, 12), '  senior-promotion:', 0],
      [cursorAt('develops: [writing]', 0, 12), '  writing:', 0],
      [cursorAt('plans: [tech-writer]', 0, 10), '  tech-writer:', 0],
      [cursorAt('supporters: [sam-lee', 0, 15), '  sam-lee:', 0],
      [cursorAt('addressed-by: [start-blog', 0, 17), '  start-blog:', 0],
    ];
    for (const [marked, definition, occurrence] of cases) {
      const { textDocument, position, text } = await openMarked(marked);
      const locations = await server.client.request<Location[]>('textDocument/definition', { textDocument, position });
      assert.equal(locations.length, 1, definition);
      const expected = positionOf(text, definition, occurrence, 2);
      assert.deepEqual(locations[0].range.start, expected, definition);
    }
    // A skill that only a plan's needs name is defined by that need.
    const { textDocument, position, text } = await openMarked(EXAMPLE.replace('    due: 2027-02-28\n', '    due: 2027-02-28\n    develops: [instructional-d|esign]\n'));
    const [need] = await server.client.request<Location[]>('textDocument/definition', { textDocument, position });
    assert.deepEqual(need.range.start, positionOf(text, 'instructional-design: 3', 0));
  });

  it('finds every reference, with or without the declaration', async () => {
    const { textDocument, position, text } = await openMarked(cursorAt('  start-blog:', 0, 4));
    const withDeclaration = await server.client.request<Location[]>('textDocument/references', { textDocument, position, context: { includeDeclaration: true } });
    assert.equal(withDeclaration.length, 3);
    assert.ok(withDeclaration.every((l) => textAt(text, l.range) === 'start-blog'));
    const only = await server.client.request<Location[]>('textDocument/references', { textDocument, position, context: { includeDeclaration: false } });
    assert.equal(only.length, 2);
    // Skills: the skills key, the needs that name it, and every develops.
    const skill = await openMarked(cursorAt('  writing: {', 0, 4));
    const skillRefs = await server.client.request<Location[]>('textDocument/references', { textDocument: skill.textDocument, position: skill.position, context: { includeDeclaration: true } });
    assert.equal(skillRefs.length, 4);
  });

  it('renames an id and every reference to it', async () => {
    const { textDocument, position, text } = await openMarked(cursorAt('after: [start-blog]', 0, 10));
    const prepared = await server.client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument, position });
    assert.equal(prepared.placeholder, 'start-blog');
    assert.equal(textAt(text, prepared.range), 'start-blog');
    const edit = await server.client.request<WorkspaceEdit>('textDocument/rename', { textDocument, position, newName: 'launch-blog' });
    const change = edit.documentChanges![0] as { textDocument: { uri: string; version: number }; edits: TextEdit[] };
    assert.equal(change.textDocument.version, 1);
    assert.equal(change.edits.length, 3);
    const renamed = applyTextEdits(text, change.edits);
    assert.equal(renamed, EXAMPLE.replaceAll('start-blog', 'launch-blog'));
  });

  it('renames skills across skills, needs and develops, and quoted ids inside their quotes', async () => {
    const marked = cursorAt('  writing: {', 0, 4).replace('develops: [writing]\n        interest', 'develops: ["writing"]\n        interest');
    const { textDocument, position, text } = await openMarked(marked.replace('      develops: [writing]', '      develops: ["writing"]'));
    const edit = await server.client.request<WorkspaceEdit>('textDocument/rename', { textDocument, position, newName: 'tech-writing' });
    const change = edit.documentChanges![0] as { edits: TextEdit[] };
    const renamed = applyTextEdits(text, change.edits);
    assert.ok(renamed.includes('  tech-writing: { level: 2'));
    assert.ok(renamed.includes('      tech-writing: 4'));
    assert.ok(renamed.includes('develops: ["tech-writing"]'));
    assert.ok(!/\bwriting: |\[writing\]/.test(renamed.replace(/tech-writing/g, '')));
  });

  it('refuses an invalid id, an id read as a number, and a taken id, with a clear error', async () => {
    const { textDocument, position } = await openMarked(cursorAt('after: [start-blog]', 0, 10));
    await assert.rejects(server.client.request('textDocument/rename', { textDocument, position, newName: 'Start Blog' }), /not a valid id/);
    await assert.rejects(server.client.request('textDocument/rename', { textDocument, position, newName: '2026' }), /number or a date/);
    await assert.rejects(server.client.request('textDocument/rename', { textDocument, position, newName: 'writing-course' }), /The id "writing-course" is already used by another action/);
    const free = await openMarked(cursorAt('    do: Take a', 0, 6));
    await assert.rejects(server.client.request('textDocument/prepareRename', { textDocument: free.textDocument, position: free.position }), /Only ids can be renamed/);
  });
});

describe('language server: texts in the editor\'s language', function () {
  let client: TestClient;
  after(async () => client?.stop());

  it('labels hovers and refuses renames in Simplified Chinese when the editor speaks it', async () => {
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY }, locale: 'zh-CN' });
    const { text, position } = takeCursor(cursorAt('after: [start-blog]', 0, 10));
    const uri = 'file:///plans/zh.careerplan.yaml';
    await client.open(uri, text);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position });
    assert.match((hover.contents as MarkupContent).value, /\*\*行动\*\* `start-blog`/);
    assert.match((hover.contents as MarkupContent).value, /截止: 2026-10-15/);
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri }, position, newName: 'Bad Id' }), /不是有效的 id/);
  });
});
