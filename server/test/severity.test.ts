import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlanAnalyzer, type AnalyzeOptions } from '../src/core/analyze';

const today = '2026-11-24';

/** A plan with one stale mentor, one advisor (few-advisors) and an emergency fund of `fund` / 1000 a month. */
function plan(fund: number, rules = ''): string {
  return [
    'careerplan: 1',
    'network:',
    '  jane-doe: { name: Jane Doe, role: mentor, last-contact: 2025-01-10 }',
    'finances:',
    '  monthly-expenses: 1000',
    `  emergency-fund: ${fund}`,
    'review:',
    '  every: 3m',
    '  last: 2026-10-01',
    '  advisors: [jane-doe]',
    rules,
  ].join('\n');
}

function levels(text: string, options: Partial<AnalyzeOptions> = {}): Record<string, string> {
  const analysis = new PlanAnalyzer().analyze(text, { today, ...options });
  const out: Record<string, string> = {};
  for (const code of ['stale-contact', 'few-advisors', 'emergency-fund']) {
    const found = analysis.findings.filter((f) => f.code === code);
    out[code] = found.length === 0 ? 'off' : [...new Set(found.map((f) => f.severity))].join('+');
  }
  return out;
}

describe('rule severities', () => {
  it('uses the SPEC defaults, and the two levels of emergency-fund', () => {
    assert.deepEqual(levels(plan(2000)), { 'stale-contact': 'info', 'few-advisors': 'info', 'emergency-fund': 'warning' });
    assert.equal(levels(plan(4000))['emergency-fund'], 'info');
  });

  it('applies editor settings over the defaults', () => {
    const got = levels(plan(2000), { settings: { 'stale-contact': 'warning', 'few-advisors': 'off' } });
    assert.deepEqual(got, { 'stale-contact': 'warning', 'few-advisors': 'off', 'emergency-fund': 'warning' });
  });

  it("lets the file's rules: section win over editor settings", () => {
    const text = plan(2000, 'rules:\n  stale-contact: off\n  few-advisors: error\n');
    const got = levels(text, { settings: { 'stale-contact': 'error', 'few-advisors': 'hint' } });
    assert.deepEqual(got, { 'stale-contact': 'off', 'few-advisors': 'error', 'emergency-fund': 'warning' });
  });

  it("lets command-line overrides win over the file's rules: section", () => {
    const text = plan(2000, 'rules:\n  stale-contact: off\n  few-advisors: error\n');
    const got = levels(text, { settings: { 'few-advisors': 'warning' }, overrides: { 'stale-contact': 'info', 'few-advisors': 'hint' } });
    assert.deepEqual(got, { 'stale-contact': 'info', 'few-advisors': 'hint', 'emergency-fund': 'warning' });
  });

  it("replaces a rule's own two levels with a configured one", () => {
    assert.equal(levels(plan(2000), { settings: { 'emergency-fund': 'error' } })['emergency-fund'], 'error');
    assert.equal(levels(plan(4000), { settings: { 'emergency-fund': 'error' } })['emergency-fund'], 'error');
    assert.equal(levels(plan(4000, 'rules:\n  emergency-fund: hint\n'))['emergency-fund'], 'hint');
  });

  it('ignores unknown codes and levels in settings and overrides', () => {
    const got = levels(plan(2000), { settings: { 'stale-contacts': 'off', 'few-advisors': 'loud' as never }, overrides: { bogus: 'error' } });
    assert.deepEqual(got, { 'stale-contact': 'info', 'few-advisors': 'info', 'emergency-fund': 'warning' });
  });

  it('reads the rules: section of a plan on disk', () => {
    const file = join('server', 'test', 'fixtures', 'rules', 'suppressions', 'rules-section.careerplan.yaml');
    const analysis = new PlanAnalyzer().analyze(readFileSync(file, 'utf8'), { today });
    assert.deepEqual(analysis.findings.filter((f) => f.code === 'few-advisors').map((f) => f.severity), ['error']);
    assert.deepEqual(analysis.findings.filter((f) => f.code === 'stale-contact'), []);
  });

  it('keeps a finding silenced by a comment silenced whatever its level', () => {
    const text = ['# careerplan-disable-file stale-contact', plan(2000)].join('\n');
    assert.equal(levels(text, { overrides: { 'stale-contact': 'error' } })['stale-contact'], 'off');
  });
});
