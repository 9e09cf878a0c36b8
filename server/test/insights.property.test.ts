/**
 * Properties of the insights (SPEC §7) over generated plans: readiness stays in 0..100 with
 * criteria scoring 0, ½ or 1 (`skills` excepted), the insights never throw on a plan that
 * parses, and comments never change them.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { isNode, parseDocument, stringify, visit } from 'yaml';
import { PlanAnalyzer } from '../src/core/analyze';
import { planInsights } from '../src/core/insights';

const analyzer = new PlanAnalyzer();
const TODAY = '2026-11-24';
const SCALE = Number(process.env.CAREERPLAN_PROPERTY_RUNS ?? 1);

const id = fc.constantFrom('a', 'b', 'c', 'd', 'tech-writer', 'writing', 'design');
const date = fc.oneof(
  fc.date({ min: new Date('2020-01-01'), max: new Date('2032-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', 'soon', ''),
);
const level = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom(-1, 2.5, 'three'));
const amount = fc.oneof(fc.integer({ min: 0, max: 20000 }), fc.constantFrom(-5, 0.5, 'lots'));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const idMap = <T>(value: fc.Arbitrary<T>) => fc.dictionary(id, value, { maxKeys: 4 });

const plan = fc.record(
  {
    careerplan: fc.constant(1),
    skills: idMap(fc.oneof(level, fc.record({ level }))),
    plans: idMap(
      fc.record(
        {
          title: fc.constant('P'),
          kind: fc.constantFrom('primary', 'backup', 'other'),
          why: maybe(fc.constantFrom('because', '')),
          trigger: maybe(fc.constant('layoff')),
          needs: maybe(idMap(level)),
          market: maybe(fc.record({ demand: maybe(fc.constantFrom('low', 'high')), researched: maybe(date) }, { requiredKeys: [] })),
          experiments: maybe(
            idMap(
              fc.record(
                { kind: fc.constant('course'), status: maybe(fc.constantFrom('planned', 'running', 'done', 'abandoned', 'x')), to: maybe(date), interest: maybe(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant(2.5))), develops: maybe(fc.array(id, { maxLength: 3 })) },
                { requiredKeys: ['kind'] },
              ),
            ),
          ),
        },
        { requiredKeys: ['title', 'kind'] },
      ),
    ),
    actions: idMap(
      fc.record(
        { do: fc.constant('x'), due: maybe(date), status: maybe(fc.constantFrom('todo', 'doing', 'blocked', 'done', 'dropped')), develops: maybe(fc.array(id, { maxLength: 3 })), after: maybe(fc.array(id, { maxLength: 3 })), plan: maybe(id) },
        { requiredKeys: ['do'] },
      ),
    ),
    network: idMap(
      fc.record(
        {
          name: fc.constant('N'),
          role: maybe(fc.constantFrom('mentor', 'advisor', 'supporter')),
          plans: maybe(fc.array(id, { maxLength: 3 })),
          'last-contact': maybe(date),
          'next-contact': maybe(date),
          every: maybe(fc.constantFrom('2m', '1y', 'quarterly', 'often')),
          log: maybe(fc.array(fc.record({ date, got: maybe(fc.constant('g')), gave: maybe(fc.constant('v')) }, { requiredKeys: ['date'] }), { maxLength: 4 })),
        },
        { requiredKeys: ['name'] },
      ),
    ),
    finances: maybe(
      fc.record(
        { 'monthly-expenses': maybe(amount), 'emergency-fund': maybe(amount), 'target-months': maybe(fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constant(0))), 'income-streams': maybe(idMap(fc.oneof(amount, fc.record({ amount, kind: maybe(fc.constantFrom('job', 'side', 'passive', 'bonus')) })))) },
        { requiredKeys: [] },
      ),
    ),
    review: maybe(fc.record({ every: maybe(fc.constantFrom('3m', '1y', 'sometimes')), last: maybe(date) }, { requiredKeys: [] })),
  },
  { requiredKeys: ['careerplan'] },
);

/** YAML without `undefined` values (stringify would write them as null). */
const planText = plan.map((p) => stringify(JSON.parse(JSON.stringify(p))));

function insightsJson(text: string): string {
  const analysis = analyzer.analyze(text, { today: TODAY });
  return JSON.stringify(planInsights(analysis.model, TODAY));
}

/** The same YAML with every comment removed (yaml's own document model, so strings keep their `#`). */
function stripComments(text: string): string {
  const doc = parseDocument(text);
  doc.commentBefore = null;
  doc.comment = null;
  visit(doc, (_key, node) => {
    if (isNode(node)) {
      node.commentBefore = null;
      node.comment = null;
    }
  });
  return doc.toString();
}

/** Whole-line comments between the lines of a plan, and comments after values. */
function withComments(text: string, at: number[]): string {
  const lines = text.split('\n');
  for (const i of at) {
    const index = i % lines.length;
    if (i % 2 === 0) lines.splice(index, 0, '# a note: with " quotes and a # sign');
    else if (/^\s*[\w-]+: [^|>]/.test(lines[index] ?? '') && !lines[index].includes('#')) lines[index] += '  # why';
  }
  return lines.join('\n');
}

describe('insights properties', () => {
  it('readiness is in 0..100 and each criterion scores 0, ½ or 1 (skills: a fraction in 0..1)', () => {
    fc.assert(
      fc.property(planText, (text) => {
        const analysis = analyzer.analyze(text, { today: TODAY });
        for (const p of planInsights(analysis.model, TODAY).backupPlans) {
          assert.ok(Number.isInteger(p.readiness) && p.readiness >= 0 && p.readiness <= 100, `readiness ${p.readiness}`);
          assert.deepEqual(p.criteria.map((c) => c.id), ['fit', 'skills', 'tested', 'network', 'market', 'trigger', 'runway']);
          assert.equal(p.criteria.reduce((sum, c) => sum + c.weight, 0), 100);
          for (const c of p.criteria) {
            if (c.id === 'skills') assert.ok(c.score >= 0 && c.score <= 1, `skills ${c.score}`);
            else assert.ok([0, 0.5, 1].includes(c.score), `${c.id} ${c.score}`);
          }
        }
      }),
      { numRuns: 300 * SCALE },
    );
  });

  it('never throw on a plan that parses, however odd its values', () => {
    fc.assert(
      fc.property(fc.oneof(planText, fc.string({ maxLength: 200 }).map((s) => `careerplan: 1\n${s}`)), (text) => {
        const analysis = analyzer.analyze(text, { today: TODAY });
        if (analysis.hasSyntaxErrors) return;
        const insights = planInsights(analysis.model, TODAY);
        assert.doesNotThrow(() => JSON.stringify(insights));
      }),
      { numRuns: 300 * SCALE },
    );
  });

  it('give the same json with comments added or stripped', () => {
    fc.assert(
      fc.property(planText, fc.array(fc.nat(), { maxLength: 8 }), (text, at) => {
        const commented = withComments(text, at);
        if (analyzer.analyze(commented, { today: TODAY }).hasSyntaxErrors) return;
        assert.equal(insightsJson(commented), insightsJson(text));
        assert.equal(insightsJson(stripComments(commented)), insightsJson(text));
      }),
      { numRuns: 100 * SCALE },
    );
  });

  it('give the same json for the shared plans with their comments stripped', () => {
    for (const dir of ['examples', 'insights']) {
      const folder = join(process.cwd(), '..', 'shared', dir);
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.careerplan.yaml'))) {
        const text = readFileSync(join(folder, name), 'utf8');
        const stripped = stripComments(text);
        assert.ok(!/^\s*#/m.test(stripped), `${name}: comments stripped`);
        assert.equal(insightsJson(stripped), insightsJson(text), name);
      }
    }
  });
});
