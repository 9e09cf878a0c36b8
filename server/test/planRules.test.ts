/**
 * What the fixtures cannot see: messages, quick-fix data, exact ranges, and that the rules stay
 * linear (and free of recursion) on plans with thousands of actions.
 */
import * as assert from 'node:assert/strict';
import { PlanAnalyzer, type Finding } from '../src/core/analyze';
import { buildModel } from '../src/core/model/buildModel';
import type { Action } from '../src/core/model/types';
import { dependencyCycleRule } from '../src/core/rules/dependencyCycle';
import type { Report } from '../src/core/rules/rule';
import type { YScalar } from '../src/core/yaml/tree';

const analyzer = new PlanAnalyzer();
const TODAY = '2026-11-24';

function findings(text: string, code: string): Array<Finding & { text: string }> {
  const analysis = analyzer.analyze(text, { today: TODAY });
  assert.deepEqual(analysis.internalErrors, []);
  return analysis.findings.filter((f) => f.code === code).map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
}

describe('plan rules in detail', () => {
  it('unknown-reference points at the id, suggests the closest one and carries quick-fix data', () => {
    const text = ['careerplan: 1', 'plans:', '  trainer: { title: Trainer, kind: backup }', 'goals:', '  g: { title: G, by: 2027-01-01, plan: trainr }', ''].join('\n');
    const [finding] = findings(text, 'unknown-reference');
    assert.equal(finding.text, 'trainr');
    assert.deepEqual(finding.data, { kind: 'plan', id: 'trainr', suggestion: 'trainer', section: 'plans' });
    assert.match(finding.message, /"trainr".*did you mean "trainer"/);
  });

  it('unknown-reference without a close id says where to add it', () => {
    const text = ['careerplan: 1', 'actions:', '  a: { do: A, due: 2027-01-01, develops: [knitting] }', ''].join('\n');
    const [finding] = findings(text, 'unknown-reference');
    assert.equal(finding.data?.suggestion, '');
    assert.equal(finding.data?.section, 'skills');
    assert.match(finding.message, /"knitting".*add it under "skills"/);
  });

  it('dependency-cycle spells the cycle from its first action and points at the closing link', () => {
    const text = [
      'careerplan: 1',
      'actions:',
      '  b: { do: B, after: [c] }',
      '  a: { do: A, after: [b] }',
      '  c: { do: C, after: [a] }',
      '',
    ].join('\n');
    const [finding, ...rest] = findings(text, 'dependency-cycle');
    assert.equal(rest.length, 0);
    assert.match(finding.message, /b → c → a → b/);
    assert.equal(text.slice(0, finding.start).split('\n').length, 4, 'on the line of a, whose after: [b] closes the cycle');
    assert.equal(finding.text, 'b');
    assert.deepEqual(finding.data, { actions: ['b', 'c', 'a'] });
  });

  it('dependency-cycle handles a circle of 100,000 actions without recursion', () => {
    // Built directly (the rule reads only ids and `after` links) to test the rule, not the parser.
    const count = 100_000;
    const scalar = (value: string, start: number): YScalar => ({ kind: 'scalar', value, start, end: start + value.length, quoted: false });
    const actions = Array.from({ length: count }, (_, i) => {
      const key = scalar(`a${i}`, i * 100);
      const target = `a${(i + 1) % count}`;
      return { id: key.value as string, key, after: [{ id: target, node: scalar(target, i * 100 + 50) }] } as unknown as Action;
    });
    const model = { ...buildModel(null), actions };
    const cycles: Array<{ start: number; args: { cycle: string } }> = [];
    const t0 = performance.now();
    dependencyCycleRule.check({ model, today: TODAY }, ((span: { start: number }, _message: string, args: { cycle: string }) => {
      cycles.push({ start: span.start, args });
    }) as Report);
    assert.ok(performance.now() - t0 < 2000);
    assert.equal(cycles.length, 1);
    assert.equal(cycles[0].start, (count - 1) * 100 + 50, 'on the last action, whose after: [a0] closes the circle');
    assert.equal(cycles[0].args.cycle, `a0 → a1 → a2 → a3 → a4 → a5 → … → a99995 → a99996 → a99997 → a99998 → a99999 → a0 (${count} actions)`);
  });

  it('missing-timeline says which field to add', () => {
    const text = [
      'careerplan: 1',
      'goals:',
      '  g: { title: G }',
      'plans:',
      '  b:',
      '    title: B',
      '    kind: backup',
      '    experiments:',
      '      e: { kind: course }',
      'actions:',
      '  a: { do: A }',
      '',
    ].join('\n');
    const data = findings(text, 'missing-timeline').map((f) => [f.text, f.data]);
    assert.deepEqual(data, [
      ['g', { kind: 'goal', id: 'g', field: 'by' }],
      ['b', { kind: 'plan', id: 'b', field: 'due' }],
      ['e', { kind: 'experiment', id: 'e', plan: 'b', field: 'to' }],
      ['a', { kind: 'action', id: 'a', field: 'due' }],
    ]);
  });

  it('skill-gap covers the needs entry and gives have and need', () => {
    const text = ['careerplan: 1', 'skills:', '  writing: 2', 'plans:', '  p:', '    title: P', '    kind: primary', '    needs:', '      writing: 4', ''].join('\n');
    const [finding] = findings(text, 'skill-gap');
    assert.equal(finding.text, 'writing: 4');
    assert.deepEqual(finding.data, { plan: 'p', skill: 'writing', have: 2, need: 4 });
    assert.match(finding.message, /"p" needs writing at level 4, you have 2/);
  });

  it('overdue is on the due value and counts the days', () => {
    const text = ['careerplan: 1', 'actions:', '  a: { do: A, due: 2026-11-14 }', ''].join('\n');
    const [finding] = findings(text, 'overdue');
    assert.equal(finding.text, '2026-11-14');
    assert.deepEqual(finding.data, { id: 'a', due: '2026-11-14' });
    assert.match(finding.message, /10 days ago/);
  });

  it('prerequisite-later is on the after entry and names both dates', () => {
    const text = ['careerplan: 1', 'actions:', '  a: { do: A, due: 2027-01-01, after: [b] }', '  b: { do: B, due: 2027-02-01 }', ''].join('\n');
    const [finding] = findings(text, 'prerequisite-later');
    assert.equal(finding.text, 'b');
    assert.deepEqual(finding.data, { id: 'a', due: '2027-01-01', prerequisite: 'b', prerequisiteDue: '2027-02-01' });
  });

  it('stays linear on a plan with thousands of needs, actions and references', () => {
    const n = 5_000;
    const lines = ['careerplan: 1', 'skills:'];
    for (let i = 0; i < n; i++) lines.push(`  skill-${i}: 1`);
    lines.push('plans:', '  p:', '    title: P', '    kind: backup', '    needs:');
    for (let i = 0; i < n; i++) lines.push(`      skill-${i}: 3`);
    lines.push('actions:');
    for (let i = 0; i < n; i++) {
      lines.push(`  act-${i}: { do: Step ${i}, plan: p, due: 2027-01-01, develops: [skill-${i}, skil-${i}], after: [act-${i + 1}] }`);
    }
    const text = lines.join('\n') + '\n';
    const t0 = performance.now();
    const analysis = analyzer.analyze(text, { today: TODAY });
    const elapsed = performance.now() - t0;
    assert.deepEqual(analysis.internalErrors, []);
    const count = (code: string) => analysis.findings.filter((f) => f.code === code).length;
    assert.equal(count('skill-gap'), 0);
    assert.equal(count('unknown-reference'), n + 1);
    assert.equal(analysis.findings.find((f) => f.code === 'unknown-reference')?.data?.suggestion, 'skill-0');
    assert.equal(count('dependency-cycle'), 0);
    assert.ok(elapsed < 10_000, `took ${Math.round(elapsed)} ms`);
  });
});
