import * as assert from 'node:assert/strict';
import { PlanAnalyzer } from '../src/core/analyze';
import { addDays, addMonths, daysInMonth } from '../src/core/dates';
import { starterPlan } from '../src/core/templates';

/** Days that stress date arithmetic: month ends, leap days, year ends, and a sweep of ordinary days. */
function testDays(): string[] {
  const days = new Set<string>(['2024-02-29', '2028-02-29', '2026-12-31', '2027-01-31', '2026-08-31', '2025-03-31']);
  for (let day = '2024-01-03'; day < '2032-01-01'; day = addDays(day, 17)) days.add(day);
  for (let month = '2026-01-01'; month < '2028-01-01'; month = addMonths(month, 1)) {
    const [y, m] = month.split('-').map(Number);
    days.add(`${month.slice(0, 8)}${String(daysInMonth(y, m)).padStart(2, '0')}`);
  }
  return [...days].sort();
}

describe('starter plan', () => {
  const analyzer = new PlanAnalyzer();

  it('points YAML editors at the schema path it is given, and nowhere without one', () => {
    for (const lang of ['en', 'zh'] as const) {
      const withSchema = starterPlan({ lang, today: '2026-11-24', schemaPath: './careerplan.schema.json' });
      assert.ok(withSchema.startsWith('# yaml-language-server: $schema=./careerplan.schema.json\n'), lang);
      const without = starterPlan({ lang, today: '2026-11-24' });
      assert.doesNotMatch(without, /yaml-language-server|\$schema|https?:/, lang);
      assert.equal(withSchema, `# yaml-language-server: $schema=./careerplan.schema.json\n${without}`);
    }
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: no finding on the day it is written`, () => {
      for (const today of testDays()) {
        const analysis = analyzer.analyze(starterPlan({ lang, today }), { today });
        assert.deepEqual(analysis.internalErrors, [], today);
        assert.deepEqual(analysis.findings.map((f) => `${f.code}: ${f.message}`), [], `${lang} ${today}`);
      }
    });
  }

  it('quotes an owner name that plain YAML would misread', () => {
    for (const owner of ['Ada: Lovelace', 'yes', '#1 fan', '李明', "O'Brien", '- dash', '2026']) {
      const analysis = analyzer.analyze(starterPlan({ lang: 'en', today: '2026-11-24', owner }), { today: '2026-11-24' });
      assert.deepEqual(analysis.findings, [], owner);
      assert.equal(analysis.model.owner?.value, owner);
    }
  });

  it('is Chinese for zh and zh-cn', () => {
    for (const lang of ['zh', 'zh-cn'] as const) assert.match(starterPlan({ lang, today: '2026-11-24' }), /# 你现在的位置。/);
    assert.doesNotMatch(starterPlan({ lang: 'en', today: '2026-11-24' }), /[\u4e00-\u9fff]/);
  });
});
