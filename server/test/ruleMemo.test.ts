/**
 * A rule whose inputs (`Rule.reads`) are the objects the last analysis of the document gave is not
 * run again: its findings are replayed. These tests hold replays to fresh analyses, through edits
 * inside and outside what each rule reads, text moved by an edit above, a new day and a new
 * language, and check that the rules that could be skipped were.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { generatePlan, PLAN_TODAY } from '../../scripts/genplan.mjs';
import { PlanAnalyzer, type Analysis, type AnalyzeOptions } from '../src/core/analyze';
import { RULES } from '../src/core/rules';
import type { Rule } from '../src/core/rules/rule';
import { SchemaValidator } from '../src/core/schema/validate';
import { ChunkedYamlParser } from '../src/core/yaml/chunkedParser';

function findingsOf(analysis: Analysis): unknown[] {
  return analysis.findings.map((f) => ({ code: f.code, severity: f.severity, start: f.start, end: f.end, message: f.message, data: f.data }));
}

/** An analyzer for one document whose rules count their runs. */
function warmDocument() {
  const runs = new Map<string, number>();
  const rules: Rule[] = RULES.map((rule) => ({
    ...rule,
    check(context, report) {
      runs.set(rule.code, (runs.get(rule.code) ?? 0) + 1);
      rule.check(context, report);
    },
  }));
  const analyzer = new PlanAnalyzer(new SchemaValidator(), rules);
  const parser = new ChunkedYamlParser();
  return {
    /** Analyses `text` warm, compares it with a fresh analysis, and gives the rules that ran. */
    analyze(text: string, options: AnalyzeOptions = { today: PLAN_TODAY }): Set<string> {
      runs.clear();
      const warm = analyzer.analyze(text, options, parser);
      const fresh = new PlanAnalyzer().analyze(text, options);
      assert.deepEqual(findingsOf(warm), findingsOf(fresh));
      return new Set(runs.keys());
    },
  };
}

/** Replaces the first match of `pattern` after `from` with `by`. */
function edit(text: string, from: string, pattern: RegExp, by: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0, `no ${from}`);
  const match = pattern.exec(text.slice(at));
  assert.ok(match, `no ${pattern} after ${from}`);
  return text.slice(0, at + match.index) + by + text.slice(at + match.index + match[0].length);
}

describe('rules: replayed while what they read is unchanged', () => {
  const plan = generatePlan({ lines: 3000, seed: 4 });

  it('skips the rules that do not read an edited action, and runs those that do', () => {
    const doc = warmDocument();
    assert.ok(doc.analyze(plan).has('stale-contact'));
    const ran = doc.analyze(edit(plan, '\nactions:\n', /do: [^\n]*/, 'do: Rewrite the portfolio site'));
    for (const code of ['overdue', 'unknown-reference', 'dependency-cycle', 'missing-timeline']) assert.ok(ran.has(code), `${code} did not run`);
    for (const code of ['stale-contact', 'contact-due', 'stale-market', 'unrated-experiment', 'low-interest']) assert.ok(!ran.has(code), `${code} ran`);
  });

  it('runs the contact rules again when the network changes, and replays them where an edit above moved them', () => {
    const doc = warmDocument();
    doc.analyze(plan);
    const contactEdited = edit(plan, '\nnetwork:\n', /last-contact: \d{4}-\d\d-\d\d/, 'last-contact: 2020-01-02');
    assert.ok(doc.analyze(contactEdited).has('stale-contact'));
    // Two lines pasted into an action before the network: the network moves, its findings with it.
    const lineEnd = contactEdited.indexOf('\n', contactEdited.indexOf('\n    do: ', contactEdited.indexOf('\nactions:\n')) + 1) + 1;
    const moved = contactEdited.slice(0, lineEnd) + '    x-note: pasted\n    x-more: again\n' + contactEdited.slice(lineEnd);
    assert.notEqual(moved.length, contactEdited.length);
    assert.ok(!doc.analyze(moved).has('stale-contact'));
  });

  it('runs every rule again on a new day, and words replayed findings in the language asked for', () => {
    const doc = warmDocument();
    doc.analyze(plan);
    assert.ok(doc.analyze(plan, { today: '2027-03-01' }).has('stale-contact'));
    const ran = doc.analyze(plan, { today: '2027-03-01', locale: 'zh-cn' });
    assert.ok(!ran.has('stale-contact'), 'stale-contact ran although nothing it reads changed');
  });

  it('sees a suppression comment typed letter by letter, and its removal, as a fresh analysis does', () => {
    const doc = warmDocument();
    doc.analyze(plan);
    // Above an overdue action's `due:` line: typed one letter at a time (each text is compared with a fresh analysis).
    const due = /\n( {4})due: 20(?:1\d|2[0-5])-/.exec(plan.slice(plan.indexOf('\nactions:\n')))!;
    const at = plan.indexOf('\nactions:\n') + due.index + 1;
    const comment = '    # careerplan-disable-next-line overdue\n';
    let text = plan;
    for (let i = 1; i <= comment.length; i++) doc.analyze((text = plan.slice(0, at) + comment.slice(0, i) + (i < comment.length ? '\n' : '') + plan.slice(at)));
    for (let i = comment.length - 1; i >= 0; i -= 7) doc.analyze((text = plan.slice(0, at) + comment.slice(0, i) + '\n' + plan.slice(at)));
    doc.analyze(plan);
    assert.notEqual(text, plan);
  });
  it('keeps dependency cycles through typing in the titles of actions on and off them, and finds them again when `after` changes', () => {
    const fixture = readFileSync(path.join(process.cwd(), 'server', 'test', 'fixtures', 'rules', 'dependency-cycle', 'fires.careerplan.yaml'), 'utf8');
    const doc = warmDocument();
    let text = fixture;
    doc.analyze(text);
    const cycles = (t: string) => new PlanAnalyzer().analyze(t, { today: PLAN_TODAY }).findings.filter((f) => f.code === 'dependency-cycle').length;
    assert.equal(cycles(text), 4);
    // Letter by letter into an action off every cycle (it only points into them), then into one on a cycle.
    for (const [anchor, word] of [['Apply for a UX researcher role', ' soon'], ['Write a case study', ' now']] as const) {
      for (const letter of word) {
        const at = text.indexOf(anchor) + anchor.length;
        text = text.slice(0, at) + letter + text.slice(at);
        doc.analyze(text);
      }
    }
    // An edit above every action moves all the findings; then a cycle closed and one broken through `after`.
    text = text.replace('actions:\n', 'actions:\n  # moved\n');
    doc.analyze(text);
    text = text.replace('after: [give-talk, portfolio]', 'after: [give-talk, portfolio, apply-for-role]');
    doc.analyze(text);
    text = text.replace('after: [portfolio] # want', 'after: [] # want');
    doc.analyze(text);
    assert.equal(cycles(text), 4, 'one cycle made (apply-for-role waits for itself), one broken');
  });
});
