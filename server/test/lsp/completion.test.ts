import * as assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-protocol';
import { takeCursor } from '../cursorMarker';
import { applyTextEdits, EXAMPLE, serverForSuite } from './suite';

/** Inserts `insert` (containing the `|` cursor) into the example right after `anchor`. */
function inExample(anchor: string, insert: string): string {
  const at = EXAMPLE.indexOf(anchor);
  assert.ok(at >= 0, anchor);
  return EXAMPLE.slice(0, at + anchor.length) + insert + EXAMPLE.slice(at + anchor.length);
}

describe('language server: completion', function () {
  const server = serverForSuite('completion');

  async function complete(marked: string): Promise<{ items: CompletionItem[]; labels: string[]; text: string }> {
    const { text, position } = takeCursor(marked);
    const uri = await server.openNew(text);
    const result = await server.client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position });
    const items = Array.isArray(result) ? result : result?.items ?? [];
    return { items, labels: items.map((i) => i.label), text };
  }

  /** The text after applying an item's edit. */
  function apply(text: string, item: CompletionItem): string {
    return applyTextEdits(text, [item.textEdit as TextEdit]);
  }

  it('offers the keys an action may still take, with their documentation', async () => {
    const { items, labels } = await complete(inExample('    develops: [writing]\n    phase: 2\n', '    |\n'));
    for (const key of ['status', 'done', 'after', 'goal']) assert.ok(labels.includes(key), key);
    for (const present of ['do', 'plan', 'due', 'develops', 'phase']) assert.ok(!labels.includes(present), present);
    const status = items.find((i) => i.label === 'status')!;
    assert.equal(status.detail, 'Status');
    assert.match(JSON.stringify(status.documentation), /todo/);
    assert.equal((status.textEdit as TextEdit).newText, 'status: ${1|todo,doing,blocked,done,dropped|}');
  });

  it('completes a half-typed key in the middle of the plan', async () => {
    const { items, labels, text } = await complete(inExample('    do: Take a technical writing course\n', '    sta|\n'));
    assert.ok(labels.includes('status'));
    const after = apply(text, items.find((i) => i.label === 'status')!);
    assert.ok(after.includes('    do: Take a technical writing course\n    status: ${1|todo'));
  });

  it('offers enum values, and dates from today', async () => {
    let { labels } = await complete(inExample('  start-blog:\n', '    status: |\n'));
    assert.deepEqual(labels, ['todo', 'doing', 'blocked', 'done', 'dropped']);
    ({ labels } = await complete(inExample('  start-blog:\n', '    done: |\n')));
    assert.deepEqual(labels, ['2026-11-24', '2026-12-01', '2026-12-24']);
    ({ labels } = await complete(inExample('      docs-volunteering:\n', '        kind: side|\n')));
    assert.ok(labels.includes('side-project') && labels.includes('side-hustle'));
  });

  it('offers plan ids where a plan is expected, with the plan title as detail', async () => {
    const { items } = await complete(inExample('  writing-course:\n', '    plan: |\n'));
    const byLabel = new Map(items.map((i) => [i.label, i]));
    assert.deepEqual([...byLabel.keys()].sort(), ['primary', 'tech-writer']);
    assert.match(byLabel.get('tech-writer')!.detail!, /Technical writer and online course creator/);
  });

  it('offers action ids in a flow list, without the ones listed or the action itself', async () => {
    const { labels } = await complete(EXAMPLE.replace('    after: [start-blog]\n', '    after: [start-blog, |]\n'));
    assert.ok(labels.includes('typescript-deep-dive') && labels.includes('writing-course'));
    assert.ok(!labels.includes('start-blog'), 'already listed');
    assert.ok(!labels.includes('pitch-guest-post'), 'the action itself');
  });

  it('offers skills, including those only a plan needs, where a skill is developed', async () => {
    const { items, labels, text } = await complete(inExample('  start-blog:\n', '    develops: |\n'));
    assert.ok(labels.includes('instructional-design') && labels.includes('typescript'));
    assert.ok(apply(text, items.find((i) => i.label === 'instructional-design')!).includes('    develops: [instructional-design]\n'));
  });

  it('offers contact ids in block lists, mentors and advisors first', async () => {
    const { items, labels } = await complete(EXAMPLE.replace('  supporters: [sam-lee, priya-n, tom-b, mei-chen]\n', '  supporters:\n    - sam-lee\n    - |\n'));
    assert.deepEqual([...labels].sort(), ['jane-doe', 'mei-chen', 'omar-haddad', 'priya-n', 'tom-b']);
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label);
    assert.deepEqual(sorted.slice(0, 2).sort(), ['jane-doe', 'omar-haddad']);
    const jane = items.find((i) => i.label === 'jane-doe')!;
    assert.match(jane.detail!, /Jane Doe/);
  });

  it('offers goal and action ids for goal and addressed-by', async () => {
    let { labels } = await complete(inExample('  writing-course:\n', '    goal: |\n'));
    assert.deepEqual(labels.sort(), ['course-launch', 'senior-promotion']);
    ({ labels } = await complete(EXAMPLE.replace('addressed-by: [start-blog, pitch-guest-post]', 'addressed-by: [start-blog, pitch-guest-post, wri|]')));
    assert.ok(labels.includes('writing-course'));
  });

  it('works on half-typed lines where the YAML does not parse, from the last good version', async () => {
    const { text, position } = takeCursor(inExample('  writing-course:\n', '    after: [unclosed\n    plan: tech-w|\n'));
    const { client } = server;
    const uri = await server.openNew(text.replace('    after: [unclosed\n    plan: tech-w\n', ''));
    await client.waitForDiagnostics(uri, 1);
    await client.change(uri, [{ text }]);
    const result = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position });
    assert.ok(result.items.some((i) => i.label === 'tech-writer' && /Technical writer/.test(i.detail ?? '')));
  });

  it('offers snippets for a new action, goal, contact and experiment', async () => {
    let { items, text } = await complete(inExample('    phase: 2\n', '  |\n'));
    const action = items.find((i) => i.label === 'New action')!;
    assert.ok(action, JSON.stringify(items.map((i) => i.label)));
    assert.equal(action.insertTextFormat, 2);
    assert.ok(apply(text, action).includes('    phase: 2\n  ${1:new-action}:\n    do: ${2:What to do}\n    due: ${3:2026-12-01}\n    status: ${4|todo,doing,blocked,done,dropped|}\n'));
    for (const [marked, label] of [
      ['goals:\n', 'New goal'], ['network:\n', 'New contact'], ['    experiments:\n', 'New experiment'],
    ] as const) {
      ({ items, text } = await complete(inExample(marked, marked.startsWith('    ') ? '      |\n' : '  |\n')));
      const snippet = items.find((i) => i.label === label);
      assert.ok(snippet, `${label} in ${JSON.stringify(items.map((i) => i.label))}`);
    }
    assert.ok(apply(text, items.find((i) => i.label === 'New experiment')!).includes(
      '    experiments:\n      ${1:new-experiment}:\n        kind: ${2|freelance,volunteering,side-hustle,side-project,informational-interview,course,part-time|}\n        from: ${3:2026-11-24}\n        to: ${4:2026-12-24}\n        status: planned\n'));
  });

  it('offers top-level sections not yet present, and rule codes under rules:', async () => {
    let { labels } = await complete('careerplan: 1\n|\n');
    assert.ok(labels.includes('goals') && labels.includes('actions') && !labels.includes('careerplan'));
    let items;
    ({ items, labels } = await complete('careerplan: 1\nrules:\n  stale-contact: off\n  |\n'));
    assert.ok(labels.includes('overdue') && !labels.includes('stale-contact'));
    assert.match(JSON.stringify(items.find((i) => i.label === 'overdue')!.documentation), /How to fix/);
    ({ labels } = await complete('careerplan: 1\nrules:\n  overdue: |\n'));
    assert.deepEqual(labels, ['error', 'warning', 'info', 'hint', 'off']);
  });

  it('completes keys inside flow maps and review log items', async () => {
    let { labels } = await complete('careerplan: 1\nskills:\n  writing: { level: 2, |}\n');
    assert.ok(labels.includes('kind') && labels.includes('evidence') && !labels.includes('level'));
    ({ labels } = await complete('careerplan: 1\nskills:\n  writing: { level: 2, kind: |}\n'));
    assert.ok(labels.includes('digital'));
    ({ labels } = await complete('careerplan: 1\nreview:\n  log:\n    - date: 2026-09-15\n      |\n'));
    assert.ok(labels.includes('notes') && !labels.includes('date'));
  });

  it('offers at most a hundred ids at once, those matching what was typed, and says the list is incomplete', async () => {
    const actions = Array.from({ length: 150 }, (_, i) => `  act-${i}:\n    do: Thing ${i}\n`).join('');
    const plan = (typed: string) => `careerplan: 1\nactions:\n${actions}  mine:\n    do: Mine\n    after: [${typed}|]\n`;
    const list = async (marked: string) => {
      const { text, position } = takeCursor(marked);
      const uri = await server.openNew(text);
      return (await server.client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position }))!;
    };
    let result = await list(plan(''));
    assert.equal(result.items.length, 100);
    assert.equal(result.isIncomplete, true);
    assert.ok(result.items.every((i) => /^act-\d+$/.test(i.label) && i.detail!.startsWith(`Thing ${i.label.slice(4)} `)));
    result = await list(plan('act-14'));
    // Characters in order, as editors match: `act-14` finds act-14, act-140 … and act-104, not act-41.
    const labels = result.items.map((i) => i.label);
    for (const id of ['act-14', 'act-140', 'act-149', 'act-104']) assert.ok(labels.includes(id), id);
    assert.ok(labels.every((label) => /1.*4/.test(label.slice(4))), labels.join());
    assert.equal(result.isIncomplete, false);
  });

  it('offers nothing inside comments and free text', async () => {
    let { labels } = await complete('careerplan: 1\n# a comment |\n');
    assert.deepEqual(labels, []);
    ({ labels } = await complete(inExample('  start-blog:\n', '    do: Write the first |\n')));
    assert.deepEqual(labels, []);
  });
});
