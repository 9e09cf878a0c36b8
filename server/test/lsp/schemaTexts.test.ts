import * as assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { takeCursor } from '../cursorMarker';
import { TestClient } from './client';
import { EXAMPLE, TODAY } from './suite';

/** The example with `|` (the cursor) put `delta` characters into the first `needle`. */
function cursorIn(needle: string, delta: number, text = EXAMPLE): string {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, needle);
  return text.slice(0, index + delta) + '|' + text.slice(index + delta);
}

describe('language server: the schema\'s documentation in the editor\'s language', function () {
  let client: TestClient;
  let counter = 0;
  before(async () => {
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY }, locale: 'zh-CN' });
  });
  after(async () => client?.stop());

  async function open(marked: string) {
    const { text, position } = takeCursor(marked);
    const uri = `file:///plans/schema-zh-${counter++}.careerplan.yaml`;
    await client.open(uri, text);
    return { textDocument: { uri }, position };
  }

  async function hover(marked: string): Promise<string> {
    const hover = await client.request<Hover>('textDocument/hover', await open(marked));
    return (hover.contents as MarkupContent).value;
  }

  async function complete(marked: string): Promise<CompletionItem[]> {
    const result = await client.request<CompletionList>('textDocument/completion', await open(marked));
    return result.items;
  }

  it('hover on a key shows its title and description in Chinese', async () => {
    let value = await hover(cursorIn('  emergency-fund:', 4));
    assert.match(value, /\*\*应急基金\*\* \(`emergency-fund`\)/);
    assert.match(value, /收入中断时可以用来生活的储蓄/);
    assert.doesNotMatch(value, /Savings you can live on/);

    value = await hover(cursorIn('    trigger:', 6));
    assert.match(value, /\*\*触发条件\*\*/);
    assert.match(value, /会让你转向这个规划的事件/);
  });

  it('hover on an enum value labels the allowed values in Chinese', async () => {
    const value = await hover(cursorIn('    status: done\n    done: 2026-10-12', 13));
    assert.match(value, /\*\*状态\*\*/);
    assert.match(value, /可选值: `todo` \| `doing`/);
  });

  it('completion gives each key its Chinese title as detail and Chinese documentation', async () => {
    const items = await complete(cursorIn('  start-blog:\n', '  start-blog:\n'.length).replace('|', '    |\n'));
    const after = items.find((i) => i.label === 'after')!;
    assert.equal(after.detail, '前置行动');
    assert.match((after.documentation as MarkupContent).value, /必须先完成、这个行动才能开始/);
    const values = await complete(cursorIn('  start-blog:\n', '  start-blog:\n'.length).replace('|', '    status: |\n'));
    assert.equal(values[0].detail, '状态');
    assert.match(String(values[0].documentation), /todo（待办）/);
  });
});
