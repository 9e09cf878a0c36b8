/**
 * Golden quick fixes. Every `fixtures/fixes/NAME.careerplan.yaml` holds a plan with a cursor
 * marker `|` on a finding and a header `# fix: TITLE` naming (by a substring of its title) the
 * code action to apply; `# today: YYYY-MM-DD` is optional (default 2026-11-24). The test takes
 * the marker out, analyses the text, applies the one matching code action of the findings under
 * the cursor, and compares the result byte for byte with `NAME.expected.yaml`.
 * `UPDATE_GOLDEN=1` writes missing expected files (review them before committing).
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextDocumentEdit } from 'vscode-languageserver-types';
import { PlanAnalyzer } from '../src/core/analyze';
import { applyEdits } from '../src/core/edits/textEdits';
import { quickFixes } from '../src/core/fixes';
import { createMessageFormatter } from '../src/core/messages/catalog';
import { actionsAt, fixContext, offsetEdits, takeFixCursor, URI } from './fixHelpers';

const dir = join(process.cwd(), 'server', 'test', 'fixtures', 'fixes');
const analyzer = new PlanAnalyzer();

function fixtures(): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => n.endsWith('.careerplan.yaml')).sort();
}

/**
 * A golden fixture in one form: as written, or with CRLF line endings (derived from an LF file,
 * so that every fix is checked on both). `NAME.zh.careerplan.yaml` is checked with Chinese titles.
 */
function checkGolden(name: string, lineEnding: 'as-written' | 'crlf'): void {
  const crlf = (t: string) => (lineEnding === 'crlf' ? t.replace(/\r?\n/g, '\r\n') : t);
  const marked = crlf(readFileSync(join(dir, name), 'utf8'));
  const title = /^# fix: (.+?)\r?$/m.exec(marked)?.[1];
  assert.ok(title, 'the fixture has a "# fix: TITLE" header');
  const today = /^# today: (\d{4}-\d{2}-\d{2})/m.exec(marked)?.[1] ?? '2026-11-24';
  const locale = name.endsWith('.zh.careerplan.yaml') ? 'zh-cn' : 'en';
  const { text, cursor } = takeFixCursor(marked);
  const analysis = analyzer.analyze(text, { today, locale });
  assert.equal(analysis.hasSyntaxErrors, false, 'the fixture is valid YAML');
  const actions = actionsAt(analysis, cursor, today, createMessageFormatter(locale));
  const chosen = actions.filter((a) => a.title.includes(title));
  assert.equal(chosen.length, 1, `one code action titled "…${title}…" among: ${actions.map((a) => a.title).join(' | ') || 'none'}`);
  const result = applyEdits(text, offsetEdits(analysis, chosen[0]));

  const expectedPath = join(dir, name.replace(/\.careerplan\.yaml$/, '.expected.yaml'));
  if (!existsSync(expectedPath) && process.env.UPDATE_GOLDEN && lineEnding === 'as-written') writeFileSync(expectedPath, result);
  assert.equal(result, crlf(readFileSync(expectedPath, 'utf8')));
  const after = analyzer.analyze(result, { today, locale });
  assert.equal(after.hasSyntaxErrors, false, 'the fixed file is still valid YAML');
  const before = new Set(analysis.findings.filter((f) => f.code === 'schema' && !(f.start <= cursor && cursor <= f.end)).map((f) => f.message));
  for (const f of after.findings.filter((f) => f.code === 'schema')) assert.ok(before.has(f.message), `the fix adds no schema error: ${f.message}`);
}

describe('quick fixes (golden files)', () => {
  for (const name of fixtures()) {
    const base = name.replace(/\.careerplan\.yaml$/, '');
    it(base, () => checkGolden(name, 'as-written'));
    if (!readFileSync(join(dir, name), 'utf8').includes('\r')) it(`${base} (CRLF)`, () => checkGolden(name, 'crlf'));
  }
});

describe('quick fixes (behaviour)', () => {
  const today = '2026-11-24';
  const at = (marked: string) => {
    const { text, cursor } = takeFixCursor(marked);
    const analysis = analyzer.analyze(text, { today });
    return { analysis, actions: actionsAt(analysis, cursor, today) };
  };

  it('starts the review with a command, not an edit', () => {
    const { actions } = at('careerplan: 1\nreview:\n  every: 3m\n  last: |2026-01-01\n');
    const start = actions.find((a) => a.command);
    assert.deepEqual(start?.command, { title: 'Start the review', command: 'careerplan.startReview', arguments: [URI] });
    assert.equal(start?.edit, undefined);
    assert.equal(start?.kind, 'quickfix');
  });

  it('prefers the did-you-mean fix and ties every edit to the analysed version', () => {
    const { actions } = at('careerplan: 1\nplans:\n  trainer: { title: T, kind: backup }\ngoals:\n  g: { title: G, by: 2027-01-01, plan: |trainr }\n');
    assert.deepEqual(actions.map((a) => [a.title, a.isPreferred ?? false]), [['Change to "trainer"', true], ['Add plan "trainr" to "plans"', false]]);
    const change = actions[0].edit?.documentChanges?.[0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri: URI, version: 1 });
  });

  it('offers the other allowed values after the closest one', () => {
    const { actions } = at('careerplan: 1\nplans:\n  p: { title: P, kind: |backpu }\n');
    assert.deepEqual(actions.map((a) => a.title), ['Change to "backup"', 'Change to "primary"']);
    assert.equal(actions[0].isPreferred, true);
  });

  it('offers suppressions for warnings and infos only', () => {
    const error = at('careerplan: 1\nactions:\n  a: { do: A, due: 2027-01-01, after: [|b] }\n');
    assert.ok(error.actions.length > 0);
    assert.ok(error.actions.every((a) => !a.title.startsWith('Ignore')));
    const info = at('careerplan: 1\nresume:\n  updated: |2024-01-01\n');
    assert.deepEqual(info.actions.map((a) => a.title), ['Set resume.updated to today (2026-11-24)', 'Ignore stale-resume on this line', 'Ignore stale-resume in this file']);
  });

  it('writes a file-wide suppression on the first line of a file without a header comment', () => {
    const { analysis, actions } = at('|careerplan: 1\n');
    const ignore = actions.find((a) => a.title === 'Ignore no-review in this file')!;
    assert.equal(applyEdits(analysis.text, offsetEdits(analysis, ignore)), '# careerplan-disable-file no-review\ncareerplan: 1\n');
  });

  it('offers nothing while the file has syntax errors or merge conflicts', () => {
    const plan = 'careerplan: 1\nactions:\n  a:\n    do: A\n    due: 2026-01-01\n';
    const broken = plan + 'oops: [\n';
    const conflicted = plan + '<<<<<<< HEAD\nowner: A\n=======\nowner: B\n>>>>>>> other\n';
    for (const text of [broken, conflicted]) {
      const analysis = analyzer.analyze(text, { today });
      const context = fixContext(analysis, today);
      // Findings of any code, real or made up, get no fix.
      const fake = { code: 'overdue' as const, severity: 'warning' as const, start: text.indexOf('2026-01-01'), end: text.indexOf('2026-01-01') + 10, message: '', data: { id: 'a', due: '2026-01-01' } };
      assert.deepEqual([...analysis.findings, fake].flatMap((f) => quickFixes(context, f)), []);
    }
  });

  it('every fix of the shared examples leaves a valid plan that no longer reports the fixed finding', function () {
    const examples = join(process.cwd(), '..', 'shared', 'examples');
    if (!existsSync(examples)) this.skip();
    for (const name of readdirSync(examples).filter((n) => n.endsWith('.careerplan.yaml'))) {
      const text = readFileSync(join(examples, name), 'utf8');
      const analysis = analyzer.analyze(text, { today });
      const context = fixContext(analysis, today);
      for (const finding of analysis.findings) {
        for (const action of quickFixes(context, finding)) {
          if (!action.edit) continue;
          const fixed = applyEdits(text, offsetEdits(analysis, action));
          const after = analyzer.analyze(fixed, { today });
          const where = `${name}: ${finding.code}: "${action.title}"`;
          assert.equal(after.hasSyntaxErrors, false, where);
          assert.deepEqual(after.findings.filter((f) => f.code === 'schema'), [], where);
          const same = after.findings.filter((f) => f.code === finding.code && f.message === finding.message);
          assert.ok(same.length < analysis.findings.filter((f) => f.code === finding.code && f.message === finding.message).length, `${where} removes the finding`);
        }
      }
    }
  });
});

describe('suppression comments', () => {
  it('keep a byte order mark first', () => {
    const text = '\ufeffcareerplan: 1\nresume:\n  updated: 2024-01-01\n';
    const analysis = analyzer.analyze(text, { today: '2026-11-24' });
    const finding = analysis.findings.find((f) => f.code === 'no-review')!;
    const fileWide = quickFixes(fixContext(analysis, '2026-11-24'), finding).find((a) => a.title.endsWith('in this file'))!;
    assert.equal(applyEdits(text, offsetEdits(analysis, fileWide)), '\ufeff# careerplan-disable-file no-review\ncareerplan: 1\nresume:\n  updated: 2024-01-01\n');
    const line = quickFixes(fixContext(analysis, '2026-11-24'), finding).find((a) => a.title.endsWith('on this line'))!;
    assert.equal(applyEdits(text, offsetEdits(analysis, line)), '\ufeff# careerplan-disable-next-line no-review\ncareerplan: 1\nresume:\n  updated: 2024-01-01\n');
  });
});
