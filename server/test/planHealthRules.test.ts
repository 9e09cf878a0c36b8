import * as assert from 'node:assert/strict';
import { PlanAnalyzer } from '../src/core/analyze';

const analyzer = new PlanAnalyzer();

/** The findings of one code, with the text they point at. */
function findings(text: string, code: string, today = '2026-11-24') {
  const analysis = analyzer.analyze(text, { today });
  assert.deepEqual(analysis.internalErrors, []);
  return analysis.findings
    .filter((f) => f.code === code)
    .map((f) => ({ at: text.slice(f.start, f.end), severity: f.severity, message: f.message, data: f.data }));
}

describe('plan health rules: messages, ranges and data', () => {
  it('review-due points at the last review and carries the dates a quick fix needs', () => {
    const [f] = findings('careerplan: 1\nreview:\n  every: quarterly\n  last: 2026-08-23\n', 'review-due');
    assert.equal(f.at, '2026-08-23');
    assert.equal(f.severity, 'warning');
    assert.deepEqual(f.data, { last: '2026-08-23', every: 'quarterly', next: '2026-11-23' });
    assert.match(f.message, /2026-08-23.*"every: quarterly".*2026-11-23/);
  });

  it('review-due without any review points at the cadence', () => {
    const [f] = findings('careerplan: 1\nreview: { every: 1y }\n', 'review-due');
    assert.equal(f.at, '1y');
    assert.deepEqual(f.data, { last: null, every: '1y', next: null });
  });

  it('review-due adds a month cadence by calendar months, clamping the day', () => {
    const text = 'careerplan: 1\nreview:\n  every: 1m\n  last: 2027-01-31\n';
    assert.deepEqual(findings(text, 'review-due', '2027-02-28'), []);
    assert.equal(findings(text, 'review-due', '2027-03-01').length, 1);
  });

  it('emergency-fund rounds the months covered down to one decimal', () => {
    const [thin] = findings('careerplan: 1\nfinances: { monthly-expenses: 3000, emergency-fund: 8990 }\n', 'emergency-fund');
    assert.equal(thin.at, '8990');
    assert.equal(thin.severity, 'warning');
    assert.match(thin.message, /covers 2\.9 months/);
    assert.equal(thin.data?.months, 2.9);
    const [below] = findings('careerplan: 1\nfinances: { monthly-expenses: 2500, emergency-fund: 10000, target-months: 5 }\n', 'emergency-fund');
    assert.equal(below.severity, 'info');
    assert.match(below.message, /covers 4\.0 months.*target of 5 months/);
  });

  it('stale-contact names the person (or the id) and the days since the last contact', () => {
    const text = [
      'careerplan: 1',
      'network:',
      '  wang-lao-shi: { name: 王老师, role: mentor, last-contact: 2026-05-27 }',
      '  omar-haddad: { role: advisor, last-contact: 2025-11-24 }',
    ].join('\n');
    const got = findings(text, 'stale-contact');
    assert.deepEqual(got.map((f) => f.at), ['2026-05-27', '2025-11-24']);
    assert.match(got[0].message, /mentor 王老师 181 days ago/);
    assert.match(got[1].message, /advisor omar-haddad 365 days ago/);
  });

  it('stale-resume gives the date and the days since', () => {
    const [f] = findings('careerplan: 1\nresume: { updated: 2025-11-23 }\n', 'stale-resume');
    assert.equal(f.at, '2025-11-23');
    assert.match(f.message, /2025-11-23, 366 days ago/);
  });

  it('few-advisors says whether there is no advisor or only one', () => {
    assert.match(findings('careerplan: 1\nreview: { every: 1y, advisors: [] }\n', 'few-advisors')[0].message, /^No advisor/);
    assert.match(findings('careerplan: 1\nreview: { every: 1y, advisors: [a] }\n', 'few-advisors')[0].message, /^Only one advisor/);
  });

  it('plan-wide findings stand on the section key or the first key, never on the whole document', () => {
    const text = '# a comment first\nowner: Ada\ncareerplan: 1\n';
    assert.deepEqual(findings(text, 'no-backup').map((f) => f.at), ['owner']);
    assert.deepEqual(findings(text, 'missing-horizon').map((f) => f.data), [{ horizon: 'short' }, { horizon: 'long' }]);
    assert.deepEqual(findings(text + 'review:\n  last: 2026-01-01\n', 'no-review').map((f) => f.at), ['review']);
  });

  it('stays quiet on a document that is not a map', () => {
    for (const code of ['no-backup', 'no-review', 'missing-horizon', 'few-advisors']) {
      assert.deepEqual(findings('- just\n- a list\n', code), [], code);
      assert.deepEqual(findings('just text\n', code), [], code);
    }
  });
});
