import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlanAnalyzer } from '../src/core/analyze';
import { applyEdits } from '../src/core/edits/textEdits';
import { createMessageFormatter } from '../src/core/messages/catalog';
import type { AnalyzedDocument } from '../src/lsp/documents';
import { provideCodeLenses } from '../src/lsp/features/codeLens';
import { providePlanEdit } from '../src/lsp/features/planEdit';
import { generatePlan } from '../../scripts/genplan.mjs';

const analyzer = new PlanAnalyzer();
const format = createMessageFormatter('en');
const TODAY = '2026-11-24';
const URI = 'file:///plan.careerplan.yaml';

function lensLines(text: string, today = TODAY): string[] {
  const analysis = analyzer.analyze(text, { today });
  return provideCodeLenses(analysis, URI, today, format).map((l) => {
    const args = l.command?.arguments ? ` ${JSON.stringify(l.command.arguments)}` : '';
    return `${l.range.start.line + 1}: ${l.command?.title}${l.command?.command ? ` → ${l.command.command}` : ''}${args}`;
  });
}

function doc(text: string, version = 3, today = TODAY): AnalyzedDocument {
  return { uri: URI, version, today, analysis: analyzer.analyze(text, { today }) } as AnalyzedDocument;
}

describe('code lenses', () => {
  it('show review status, progress, next actions and action commands on the software developer example', function () {
    const file = join(process.cwd(), '..', 'shared', 'examples', 'software-developer.careerplan.yaml');
    if (!existsSync(file)) this.skip();
    const text = readFileSync(file, 'utf8');
    const line = (needle: string) => text.split('\n').findIndex((l) => l.startsWith(needle)) + 1;
    const args = (id: string) => JSON.stringify([{ uri: URI, actionId: id }]);
    assert.deepEqual(lensLines(text), [
      `${line('careerplan:')}: Next review on 2026-12-15`,
      `${line('careerplan:')}: Start review → careerplan.startReview ${JSON.stringify([URI])}`,
      `${line('  primary:')}: 0/1 actions done`,
      `${line('  primary:')}: Next: typescript-deep-dive (due 2027-03-31)`,
      `${line('  tech-writer:')}: 1/3 actions done`,
      `${line('  tech-writer:')}: Next: pitch-guest-post (due 2026-11-01)`,
      `${line('  senior-promotion:')}: 0/1 actions done`,
      `${line('  senior-promotion:')}: Next: typescript-deep-dive (due 2027-03-31)`,
      `${line('  course-launch:')}: No actions yet`,
      `${line('  typescript-deep-dive:')}: Mark done → careerplan.markDone ${args('typescript-deep-dive')}`,
      `${line('  typescript-deep-dive:')}: Snooze a week → careerplan.snooze ${args('typescript-deep-dive')}`,
      `${line('  pitch-guest-post:')}: Mark done → careerplan.markDone ${args('pitch-guest-post')}`,
      `${line('  pitch-guest-post:')}: Snooze a week → careerplan.snooze ${args('pitch-guest-post')}`,
      `${line('  writing-course:')}: Mark done → careerplan.markDone ${args('writing-course')}`,
      `${line('  writing-course:')}: Snooze a week → careerplan.snooze ${args('writing-course')}`,
    ]);
  });

  it('say when a review is due, never held, or has no cadence', () => {
    assert.equal(lensLines('careerplan: 1\nreview: { every: 3m, last: 2026-01-10 }\n')[0], '1: Review due since 2026-04-10');
    assert.equal(lensLines('careerplan: 1\nreview: { every: 1y }\n')[0], '1: Review due: none recorded yet');
    assert.equal(lensLines('careerplan: 1\n')[0], '1: No review cadence');
    assert.equal(lensLines('# header\n\ncareerplan: 1\n')[0], '3: No review cadence');
    assert.deepEqual(lensLines(''), ['1: No review cadence', `1: Start review → careerplan.startReview ${JSON.stringify([URI])}`]);
  });

  it('count done and open actions but not dropped ones, and pick the earliest dated next action', () => {
    const text = [
      'careerplan: 1',
      'plans:',
      '  p: { title: P, kind: primary }',
      'actions:',
      '  a: { do: A, plan: p }',
      '  b: { do: B, plan: p, due: 2027-02-01 }',
      '  c: { do: C, plan: p, due: 2027-01-01, status: blocked }',
      '  d: { do: D, plan: p, status: done }',
      '  e: { do: E, plan: p, status: dropped }',
      '',
    ].join('\n');
    const lines = lensLines(text).filter((l) => l.startsWith('3:'));
    assert.deepEqual(lines, ['3: 1/4 actions done', '3: Next: c (due 2027-01-01)']);
  });

  it('stay linear on a 50,000-line plan', function () {
    this.timeout(60_000);
    const text = generatePlan({ lines: 50_000, seed: 5 });
    const analysis = analyzer.analyze(text, { today: TODAY });
    const started = performance.now();
    const lenses = provideCodeLenses(analysis, URI, TODAY, format);
    const ms = performance.now() - started;
    assert.ok(lenses.length > 1000);
    assert.ok(ms < 250, `${lenses.length} lenses in ${ms.toFixed(1)} ms`);
  });
});

describe('careerplan/edit', () => {
  const text = 'careerplan: 1\nactions:\n  pitch:\n    do: Pitch  # soon\n    due: 2026-11-01\n  done-one: { do: D, status: done, done: 2026-10-01 }\n';

  it('marks an action done, snoozes it, or sets its due date, on exactly the version asked for', () => {
    const d = doc(text, 3);
    const apply = (edit: Parameters<typeof providePlanEdit>[1]['edit']) => {
      const result = providePlanEdit(d, { uri: URI, version: 3, edit }, format);
      assert.equal(result.error, undefined);
      const change = result.edit!.documentChanges![0] as { textDocument: { uri: string; version: number }; edits: Array<{ range: { start: never; end: never }; newText: string }> };
      assert.deepEqual(change.textDocument, { uri: URI, version: 3 });
      return applyEdits(text, change.edits.map((e) => ({ start: d.analysis.lines.offsetAt(e.range.start), end: d.analysis.lines.offsetAt(e.range.end), newText: e.newText })));
    };
    assert.equal(apply({ kind: 'markDone', actionId: 'pitch' }), text.replace('    due: 2026-11-01\n', '    due: 2026-11-01\n    status: done\n    done: 2026-11-24\n'));
    assert.equal(apply({ kind: 'snooze', actionId: 'pitch' }), text.replace('2026-11-01', '2026-11-08'));
    assert.equal(apply({ kind: 'snooze', actionId: 'pitch', days: 30 }), text.replace('2026-11-01', '2026-12-01'));
    assert.equal(apply({ kind: 'setDue', actionId: 'pitch', date: '2027-01-31' }), text.replace('2026-11-01', '2027-01-31'));
    assert.equal(apply({ kind: 'markDone', actionId: 'done-one' }), text);
  });

  it('refuses with a message for the user', () => {
    const ask = (d: AnalyzedDocument | undefined, version: number, edit: unknown) => providePlanEdit(d, { uri: URI, version, edit } as never, format);
    assert.match(ask(doc(text, 4), 3, { kind: 'markDone', actionId: 'pitch' }).error!, /changed/);
    assert.match(ask(undefined, 3, { kind: 'markDone', actionId: 'pitch' }).error!, /not open/);
    assert.match(ask(doc(text), 3, { kind: 'markDone', actionId: 'nope' }).error!, /"nope" was not found/);
    assert.match(ask(doc(text), 3, { kind: 'setDue', actionId: 'pitch', date: '2027-02-30' }).error!, /YYYY-MM-DD/);
    assert.match(ask(doc(text), 3, { kind: 'snooze', actionId: 'pitch', days: 1.5 }).error!, /whole number/);
    assert.match(ask(doc(text), 3, { kind: 'rename', actionId: 'pitch' }).error!, /unknown kind/);
    assert.match(ask(doc(text + 'oops: [\n'), 3, { kind: 'markDone', actionId: 'pitch' }).error!, /syntax errors/);
    assert.match(ask(doc(text + '<<<<<<< HEAD\nowner: A\n=======\nowner: B\n>>>>>>> x\n'), 3, { kind: 'markDone', actionId: 'pitch' }).error!, /merge conflicts/);
  });
});
