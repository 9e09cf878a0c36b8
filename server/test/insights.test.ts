/**
 * The insights of SPEC §7 on the shared designer plan: every number its header states, and the
 * §7 example plan's runway. The same object is what `report --format json` prints.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlanAnalyzer } from '../src/core/analyze';
import { planInsights, type PlanInsights } from '../src/core/insights';

const shared = join(process.cwd(), '..', 'shared');
const TODAY = '2026-11-24';
const analyzer = new PlanAnalyzer();

export function insightsOf(text: string, today = TODAY, locale: 'en' | 'zh-cn' = 'en'): PlanInsights {
  return planInsights(analyzer.analyze(text, { today }).model, today, { locale });
}

describe('insights', () => {
  describe('the designer plan (header numbers)', () => {
    const insights = insightsOf(readFileSync(join(shared, 'insights', 'designer.careerplan.yaml'), 'utf8'));

    it('runway 4.6 months = 18000 / (4300 - 400)', () => {
      assert.deepEqual(insights.runway, { months: 4.6, covered: false, fund: 18000, expenses: 4300, continuingIncome: 400 });
    });

    it('readiness ux-researcher 87 and illustrator 30, criterion by criterion', () => {
      const scores = Object.fromEntries(insights.backupPlans.map((p) => [p.id, { readiness: p.readiness, points: p.criteria.map((c) => [c.id, c.weight, c.score]) }]));
      assert.deepEqual(scores['ux-researcher'].readiness, 87);
      assert.deepEqual(scores['ux-researcher'].points, [['fit', 15, 1], ['skills', 25, 2 / 3], ['tested', 20, 1], ['network', 15, 1], ['market', 10, 1], ['trigger', 5, 1], ['runway', 10, 0.5]]);
      assert.deepEqual(scores.illustrator.readiness, 30);
      assert.deepEqual(scores.illustrator.points, [['fit', 15, 0.5], ['skills', 25, 0.5], ['tested', 20, 0], ['network', 15, 0], ['market', 10, 0.5], ['trigger', 5, 0], ['runway', 10, 0.5]]);
      for (const plan of insights.backupPlans) for (const c of plan.criteria) assert.ok(c.detail.length > 0 && !c.detail.includes('\n'), `${plan.id}/${c.id} has a one-line detail`);
    });

    it('gaps close on their latest dated action or experiment', () => {
      assert.deepEqual(
        insights.skillGaps.map((g) => [g.plan, g.skill, g.have, g.need, g.closesOn, g.by]),
        [
          ['ux-researcher', 'user-interviews', 2, 4, '2027-09-30', ['interview-volunteering', 'interview-course']],
          ['ux-researcher', 'statistics', 0, 2, '2027-03-31', ['stats-course']],
          ['illustrator', 'illustration', 3, 4, '2027-02-15', ['portfolio-piece']],
        ],
      );
    });

    it('ask-for-intro waits on interview-course, nothing else waits', () => {
      const waiting = insights.nextActions.filter((a) => a.waitingOn.length > 0);
      assert.deepEqual(waiting.map((a) => [a.id, a.waitingOn]), [['ask-for-intro', ['interview-course']]]);
      assert.deepEqual(insights.nextActions.map((a) => a.id), ['lead-design-review', 'portfolio-piece', 'interview-course', 'ask-for-intro', 'stats-course']);
    });

    it('next contacts: ines-moreau due (gave 0, got 3), kofi-mensah 2027-01-30, others none', () => {
      const byId = Object.fromEntries(insights.contacts.map((c) => [c.id, c]));
      assert.deepEqual(byId['ines-moreau'], { id: 'ines-moreau', nextContact: '2026-10-15', due: true, gave: 0, got: 3 });
      assert.deepEqual(byId['kofi-mensah'], { id: 'kofi-mensah', nextContact: '2027-01-30', due: false, gave: 0, got: 0 });
      for (const id of ['lara-quinn', 'sam', 'jo', 'ria', 'tom']) assert.equal(byId[id].nextContact, null, id);
      assert.equal(insights.contacts.length, 7);
    });

    it('review next 2027-04-01, not due', () => {
      assert.deepEqual(insights.review, { every: '6m', last: '2026-10-01', next: '2027-04-01', due: false });
    });
  });

  describe('runway', () => {
    const plan = (finances: string) => `careerplan: 1\nfinances:\n${finances}\n`;

    it('the §7 example: 19500 / (3200 - 40) = 6.1, the smaller plain stream continues', () => {
      const { runway } = insightsOf(plan('  monthly-expenses: 3200\n  emergency-fund: 19500\n  income-streams: { salary: 6100, blog: 40 }'));
      assert.deepEqual(runway, { months: 6.1, covered: false, fund: 19500, expenses: 3200, continuingIncome: 40 });
    });

    it('is covered when the streams that go on pay the expenses', () => {
      const { runway } = insightsOf(plan('  monthly-expenses: 2000\n  emergency-fund: 0\n  income-streams:\n    rent: { amount: 1500, kind: passive }\n    salary: 5000\n    shop: 500'));
      assert.deepEqual(runway, { months: null, covered: true, fund: 0, expenses: 2000, continuingIncome: 2000 });
    });

    it('of equally large plain streams the first written is the job', () => {
      const { runway } = insightsOf(plan('  monthly-expenses: 3000\n  emergency-fund: 3000\n  income-streams: { a: 1000, b: 1000 }'));
      assert.equal(runway?.continuingIncome, 1000);
      assert.equal(runway?.months, 1.5);
    });

    it('a written job kind stops too, and the largest plain stream is not a job when a written one is larger', () => {
      const { runway } = insightsOf(plan('  monthly-expenses: 3000\n  emergency-fund: 6000\n  income-streams:\n    salary: { amount: 5000, kind: job }\n    consulting: 2000'));
      assert.equal(runway?.continuingIncome, 2000);
      assert.equal(runway?.months, 6);
    });

    it('is null without expenses or a fund', () => {
      assert.equal(insightsOf(plan('  monthly-expenses: 3000')).runway, null);
      assert.equal(insightsOf(plan('  emergency-fund: 3000')).runway, null);
      assert.equal(insightsOf('careerplan: 1\n').runway, null);
    });
  });

  describe('edge cases', () => {
    it('a backup plan with nothing yet scores only what it has', () => {
      const insights = insightsOf('careerplan: 1\nplans:\n  b: { title: B, kind: backup }\n');
      assert.deepEqual(insights.backupPlans, [
        { id: 'b', readiness: 0, criteria: insights.backupPlans[0].criteria.map((c) => ({ ...c, score: 0 })) },
      ]);
      assert.deepEqual(insights.review, null);
    });

    it('dropped and done actions neither wait nor make others wait', () => {
      const insights = insightsOf(
        'careerplan: 1\nactions:\n  a: { do: A, status: dropped }\n  b: { do: B, status: done }\n  c: { do: C, after: [a, b, c, d] }\n  d: { do: D, due: 2026-01-01 }\n',
      );
      assert.deepEqual(insights.nextActions, [
        { id: 'd', due: '2026-01-01', status: 'todo', overdue: true, waitingOn: [] },
        { id: 'c', due: null, status: 'todo', overdue: false, waitingOn: ['d'] },
      ]);
    });

    it('the last contact is the later of last-contact and the newest log date; next-contact wins', () => {
      const insights = insightsOf(
        'careerplan: 1\nnetwork:\n  a:\n    name: A\n    every: 1m\n    last-contact: 2026-01-10\n    log:\n      - { date: 2026-03-01, got: x, gave: y }\n      - { date: 2026-02-01, gave: z }\n  b: { name: B, every: 1m, next-contact: 2027-05-01, last-contact: 2026-01-01 }\n',
      );
      assert.deepEqual(insights.contacts, [
        { id: 'a', nextContact: '2026-04-01', due: true, gave: 2, got: 1 },
        { id: 'b', nextContact: '2027-05-01', due: false, gave: 0, got: 0 },
      ]);
    });

    it('writes the details in Chinese for zh-cn', () => {
      const insights = insightsOf(readFileSync(join(shared, 'insights', 'designer.careerplan.yaml'), 'utf8'), TODAY, 'zh-cn');
      for (const c of insights.backupPlans[0].criteria) assert.match(c.detail, /[\u4e00-\u9fff]/, c.id);
    });
  });
});
