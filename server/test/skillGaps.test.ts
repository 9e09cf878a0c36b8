/**
 * One function decides what closes a skill gap (SPEC §7): the skill-gap rule and the plan view
 * must agree on every plan, in both directions.
 */
import * as assert from 'node:assert/strict';
import { PlanAnalyzer } from '../src/core/analyze';
import { planInsights } from '../src/core/insights';
import { skillGaps } from '../src/core/insights/skillGaps';
import { buildPlanView } from '../src/core/views/planView';

const analyzer = new PlanAnalyzer();
const TODAY = '2026-11-24';

function plan(...body: string[]): string {
  return ['careerplan: 1', 'skills:', '  writing: 1', 'plans:', '  tw:', '    title: TW', '    kind: backup', '    needs: { writing: 3 }', ...body, ''].join('\n');
}

/** The skill-gap findings and the view's gaps of one text, side by side. */
function both(text: string) {
  const analysis = analyzer.analyze(text, { today: TODAY });
  const view = buildPlanView({ uri: 'file:///p.careerplan.yaml', version: 1, today: TODAY, model: analysis.model, hasSyntaxErrors: false, insights: planInsights(analysis.model, TODAY), rangeOf: (span) => analysis.lines.rangeOf(span) });
  return {
    ruleFires: analysis.findings.some((f) => f.code === 'skill-gap'),
    closing: view.skillGaps.map((g) => g.closing),
  };
}

describe('skill gaps: one decision for the rule and the view', () => {
  it('an experiment with a `to` closes the gap for both (was "no action" in the view)', () => {
    const text = plan('    experiments:', '      blog: { kind: side-project, status: running, to: 2027-01-31, develops: [writing] }');
    assert.deepEqual(both(text), { ruleFires: false, closing: [{ kind: 'experiment', id: 'blog', plan: 'tw', date: '2027-01-31' }] });
  });

  it('an undated open action closes nothing for both (was "closed by" in the view)', () => {
    const text = plan('actions:', '  course: { do: Course, develops: [writing] }');
    assert.deepEqual(both(text), { ruleFires: true, closing: [null] });
  });

  it('the latest date among dated open actions and planned or running experiments closes the gap', () => {
    const text = plan(
      '    experiments:',
      '      blog: { kind: side-project, status: planned, to: 2027-05-31, develops: [writing] }',
      '      old: { kind: course, status: done, to: 2028-01-31, develops: [writing] }',
      'actions:',
      '  course: { do: Course, due: 2027-03-31, develops: [writing] }',
      '  book: { do: Book, due: 2027-09-30, status: blocked, develops: [writing] }',
      '  dropped: { do: Old, due: 2029-01-01, status: dropped, develops: [writing] }',
    );
    assert.deepEqual(both(text), { ruleFires: false, closing: [{ kind: 'action', id: 'book', plan: null, date: '2027-09-30' }] });
  });

  it('a written but unreadable date still schedules the gap (the schema reports the date), without a closing date', () => {
    const text = plan('actions:', '  course: { do: Course, due: 2027-02-30, develops: [writing] }');
    assert.deepEqual(both(text), { ruleFires: false, closing: [{ kind: 'action', id: 'course', plan: null, date: null }] });
  });

  it('a readable date wins over an unreadable one', () => {
    const text = plan('actions:', '  a: { do: A, due: soon, develops: [writing] }', '  b: { do: B, due: 2027-01-31, develops: [writing] }');
    assert.equal(both(text).closing[0]?.id, 'b');
  });

  it('a broken skill level or a met need is no gap', () => {
    const broken = analyzer.analyze(['careerplan: 1', 'skills: { writing: expert, sql: 4 }', 'plans:', '  tw: { title: TW, kind: backup, needs: { writing: 3, sql: 4 } }', ''].join('\n'), { today: TODAY });
    assert.deepEqual(skillGaps(broken.model), []);
  });

  it('an absent skill counts as level 0', () => {
    const analysis = analyzer.analyze(['careerplan: 1', 'plans:', '  tw: { title: TW, kind: backup, needs: { sql: 2 } }', ''].join('\n'), { today: TODAY });
    assert.deepEqual(skillGaps(analysis.model).map((g) => [g.skill, g.have, g.level]), [['sql', 0, 2]]);
  });
});
