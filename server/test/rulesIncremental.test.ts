/**
 * The rules keep work with the model and with its entries (the model reuses the entry objects of
 * unchanged text), so an edit to a large plan costs little. These tests hold them to what the
 * plain, compute-everything versions find: on generated plans (with many equal dates, where ties
 * decide), and edit after edit of a typing session, where a warm analysis must equal a fresh one.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { generatePlan, PLAN_TODAY } from '../../scripts/genplan.mjs';
import { typingScenario } from '../../scripts/bench/typing.mjs';
import { PlanAnalyzer, type Analysis } from '../src/core/analyze';
import type { PlanModel } from '../src/core/model/types';
import { RULES } from '../src/core/rules';
import type { Report, Rule } from '../src/core/rules/rule';
import { ChunkedYamlParser } from '../src/core/yaml/chunkedParser';
import { referenceRules } from './rulesReference';

const analyzer = new PlanAnalyzer();

/** What a rule reports, offsets included, in the order reported. */
function run(rule: Rule, model: PlanModel): unknown[] {
  const found: unknown[] = [];
  const report = ((span, message, args, data, severity) => found.push({ start: span.start, end: span.end, message, args, data, severity })) as Report;
  rule.check({ model, today: PLAN_TODAY }, report);
  return found;
}

/** Generated plans, and the same with every date moved to the first of its month (ties everywhere). */
function samplePlans(): Array<{ name: string; text: string }> {
  const plans: Array<{ name: string; text: string }> = [];
  for (const seed of [1, 2, 3]) {
    for (const lang of ['en', 'zh'] as const) {
      const text = generatePlan({ lines: 1500, seed, lang });
      plans.push({ name: `seed ${seed} ${lang}`, text }, { name: `seed ${seed} ${lang}, dates on the 1st`, text: text.replace(/\b(\d{4}-\d{2})-\d{2}\b/g, '$1-01') });
    }
  }
  return plans;
}

/** LSP position → offset in `text`. */
function offsetAt(text: string, position: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) offset = text.indexOf('\n', offset) + 1;
  return offset + position.character;
}

function findingsOf(analysis: Analysis): unknown[] {
  return analysis.findings.map((f) => ({ code: f.code, severity: f.severity, start: f.start, end: f.end, message: f.message, data: f.data }));
}

describe('rules: fast versions find what the plain ones find', () => {
  for (const { name, text } of samplePlans()) {
    it(`${name}: every restructured rule agrees with its plain version`, () => {
      const model = analyzer.analyze(text, { today: PLAN_TODAY }).model;
      for (const reference of referenceRules) {
        const rule = RULES.find((r) => r.code === reference.code)!;
        assert.deepEqual(run(rule, model), run(reference, model), reference.code);
      }
    });
  }

  it('a typing session on a large plan: each edit analysed warm equals a fresh analysis, and the plain rules agree', function () {
    this.timeout(120000);
    let text = generatePlan({ lines: 3000, seed: 7 });
    const warm = new ChunkedYamlParser();
    analyzer.analyze(text, { today: PLAN_TODAY }, warm);
    let step = 0;
    for (const { edit } of typingScenario(text)) {
      if (!edit) continue;
      text = text.slice(0, offsetAt(text, edit.range.start)) + edit.text + text.slice(offsetAt(text, edit.range.end));
      const fromWarm = analyzer.analyze(text, { today: PLAN_TODAY }, warm);
      // Every edit warm (the entries' memos are used and renewed), every fourth compared in full.
      if (step++ % 4 !== 0) continue;
      const fresh = analyzer.analyze(text, { today: PLAN_TODAY });
      assert.deepEqual(findingsOf(fromWarm), findingsOf(fresh), `edit ${step}`);
      for (const reference of referenceRules) {
        const rule = RULES.find((r) => r.code === reference.code)!;
        assert.deepEqual(run(rule, fromWarm.model), run(reference, fresh.model), `${reference.code} after edit ${step}`);
      }
    }
    assert.ok(step > 100, `the session made ${step} edits`);
  });
});

/** `after` graphs of random shape: cycles long and short, self-waits, unknown and repeated ids, actions that wait for nothing. */
const afterGraph = fc.array(fc.array(fc.nat({ max: 24 }), { maxLength: 4 }), { minLength: 1, maxLength: 24 });

function graphPlan(graph: number[][]): string {
  const lines = ['careerplan: 1', 'actions:'];
  graph.forEach((after, i) => {
    lines.push(`  a${i}:`, `    do: Step ${i}`);
    if (after.length) lines.push(`    after: [${after.map((j) => `a${j}`).join(', ')}]`);
  });
  return lines.join('\n') + '\n';
}

/**
 * dependency-cycle as SPEC §3 says it, computed the long way: actions that reach each other form
 * a cycle group; each group of two or more is reported on the `after` entry that closes the
 * shortest cycle through its first action (breadth-first, edges in file order), and each action
 * that waits for itself on that entry.
 */
function plainCycles(model: PlanModel): Array<{ at: number; actions: string[] }> {
  const actions = model.actions;
  const index = new Map(actions.map((a, i) => [a.id, i]));
  const edges = actions.map((a) => a.after.flatMap((ref) => (index.has(ref.id) ? [{ target: index.get(ref.id)!, ref }] : [])));
  const reach = actions.map((_, from) => {
    const seen = new Set<number>();
    const todo = [from];
    while (todo.length) for (const e of edges[todo.pop()!]) if (!seen.has(e.target)) seen.add(e.target), todo.push(e.target);
    return seen;
  });
  const found: Array<{ at: number; actions: string[] }> = [];
  const grouped = new Set<number>();
  for (let first = 0; first < actions.length; first++) {
    if (grouped.has(first)) continue;
    const group = actions.map((_, j) => j).filter((j) => j === first || (reach[first].has(j) && reach[j].has(first)));
    group.forEach((j) => grouped.add(j));
    if (group.length < 2) continue;
    const parent = new Map<number, number>([[first, first]]);
    const queue = [first];
    search: for (let head = 0; head < queue.length; head++) {
      for (const e of edges[queue[head]]) {
        if (e.target === first && queue[head] !== first) {
          const path = [];
          for (let at = queue[head]; at !== first; at = parent.get(at)!) path.unshift(actions[at].id);
          found.push({ at: e.ref.node.start, actions: [actions[first].id, ...path] });
          break search;
        }
        if (group.includes(e.target) && !parent.has(e.target)) parent.set(e.target, queue[head]), queue.push(e.target);
      }
    }
  }
  actions.forEach((a, i) => {
    const self = edges[i].find((e) => e.target === i);
    if (self) found.push({ at: self.ref.node.start, actions: [a.id] });
  });
  return found.sort((x, y) => x.at - y.at);
}

describe('dependency-cycle: the graph of waiting actions finds what the long way finds', () => {
  it('random after graphs', () => {
    const rule = RULES.find((r) => r.code === 'dependency-cycle')!;
    fc.assert(
      fc.property(afterGraph, (graph) => {
        const model = analyzer.analyze(graphPlan(graph), { today: PLAN_TODAY }).model;
        const fast = (run(rule, model) as Array<{ start: number; data: { actions: string[] } }>).map((f) => ({ at: f.start, actions: f.data.actions }));
        assert.deepEqual(fast.sort((x, y) => x.at - y.at), plainCycles(model));
      }),
      { numRuns: 300 },
    );
  });
});
