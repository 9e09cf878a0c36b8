/**
 * No plan text, file name or commit can forge a line of the command line's text output: for
 * generated keys, ids, values, file names, authors and subjects full of control characters, no
 * printed line starts a CI workflow command (`::`) and no control character reaches the terminal.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { createColors } from '../src/cli/color';
import { formatHistoryTable } from '../src/cli/formats/historyTable';
import { run } from '../src/cli/main';
import { cliFormatter } from '../src/cli/messages/catalog';
import type { HistoryRow } from '../src/node/git/history';

/** Mostly what attacks are made of: line breaks, ESC, C1 and bidi controls, colons, `#`. */
const hostileChar = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('\u007f', '\u0085', '\u009b', '\u061c', '\u200f', '\u2028', '\u2029', '\u202e', '\u2066', ':', ':', '#', ' ', '[', 'e', '中'),
);
const hostile = fc.string({ unit: hostileChar, minLength: 1, maxLength: 12 }).map((s) => `${s}::error file=README.md,line=1::forged`);
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** A YAML double-quoted scalar holding exactly `text` (every character outside printable ASCII escaped). */
function quoted(text: string): string {
  return `"${text.replace(/[^\u0020-\u007e]|["\\]/g, (c) => (c === '"' || c === '\\' ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}"`;
}

function assertSafe(output: string, label: string): void {
  for (const line of output.split('\n')) {
    assert.ok(!line.trimStart().startsWith('::'), `${label}: a line starts a workflow command: ${JSON.stringify(line)}`);
    assert.ok(!line.trimStart().startsWith('##'), `${label}: a line starts a logging command: ${JSON.stringify(line)}`);
    assert.ok(!UNSAFE.test(line), `${label}: a control character is printed raw: ${JSON.stringify(line)}`);
  }
}

async function runCapture(argv: string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd, stdoutIsTTY: false, readStdin: async () => new Uint8Array() });
  assert.equal(typeof status, 'number');
  return { stdout, stderr };
}

describe('careerplan CLI: text output cannot be forged (property)', function () {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'careerplan-escape-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('check and next, for hostile keys, ids, values and file names', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, fc.string({ unit: hostileChar, maxLength: 8 }), async (key, id, value, name) => {
        const folder = join(dir, String(n++));
        mkdirSync(folder);
        const file = `${name.replace(/[/\u0000]/g, '_')}.careerplan.yaml`;
        writeFileSync(
          join(folder, file),
          `careerplan: 1\n${quoted(key)}: 1\nactions:\n  ${quoted(id)}: { do: ${quoted(value)}, due: 2020-01-01, plan: ${quoted(value)} }\n`,
        );
        for (const command of ['check', 'next']) {
          const { stdout, stderr } = await runCapture([command, '--today', '2026-11-24', '.'], folder);
          assertSafe(stdout, command);
          assertSafe(stderr, `${command} (stderr)`);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('history, for hostile authors, subjects, paths and skill ids', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, (author, message, path, skill) => {
        const row: HistoryRow = {
          commit: 'a'.repeat(40), date: '2026-01-05T09:00:00Z', author, message, path, change: 'M', blob: 'b'.repeat(40),
          actionsDone: 1, actionsTotal: 2, skillsRaised: [{ id: skill, from: 1, to: 2 }], syntaxErrors: false,
        } as HistoryRow;
        const renamed = { ...row, path: 'other.careerplan.yaml' };
        assertSafe(formatHistoryTable([row, renamed], { colors: createColors(false), path, t: cliFormatter('en') }), 'history');
        assertSafe(formatHistoryTable([], { colors: createColors(false), path, t: cliFormatter('en') }), 'history (empty)');
      }),
      { numRuns: 200 },
    );
  });

  it('the workflow command of the issue prints escaped, on its own line only as text', async () => {
    writeFileSync(join(dir, 'forged.careerplan.yaml'), 'careerplan: 1\n"x\\n::error file=README.md,line=1::forged": 1\n');
    const { stdout } = await runCapture(['check', '--today', '2026-11-24', 'forged.careerplan.yaml'], dir);
    assert.match(stdout, /"x\\n::error file=README\.md,line=1::forged"/);
    assertSafe(stdout, 'check');
  });
});
