/**
 * Properties of the edits the product makes on a user's behalf, over the shared example plans
 * and generated ones (block and flow style, English and Chinese, LF and CRLF): whatever the
 * action, id, date or text, an edit only replaces scalar values or inserts lines inside its
 * target, keeps every comment, and leaves a plan that parses to the intended model with every
 * other item unchanged.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { parse } from 'yaml';
import { generatePlan, PLAN_TODAY } from '../../scripts/genplan.mjs';
import { PlanAnalyzer, type Analysis } from '../src/core/analyze';
import { addDays } from '../src/core/dates';
import { addEntry, insertSuppression, markDone, setDue, setEntryField, snooze, type EntryFields } from '../src/core/edits/planEdits';
import { applyEdits, type EditResult, type OffsetEdit } from '../src/core/edits/textEdits';
import { yamlString } from '../src/core/edits/yamlText';
import { lineEndOf, lineStartOf } from '../src/core/text/lineIndex';
import type { Action, PlanModel } from '../src/core/model/types';
import { ChunkedYamlParser } from '../src/core/yaml/chunkedParser';

const TODAY = PLAN_TODAY;
const analyzer = new PlanAnalyzer();
const RUNS = Number(process.env.PROPERTY_RUNS ?? 120);

interface Sample {
  name: string;
  analysis: Analysis;
  parser: ChunkedYamlParser;
}

function loadSamples(): Sample[] {
  const texts: Array<[string, string]> = [];
  const examples = join(process.cwd(), '..', 'shared', 'examples');
  if (existsSync(examples)) {
    for (const name of readdirSync(examples).filter((n) => n.endsWith('.careerplan.yaml')).sort()) texts.push([name, readFileSync(join(examples, name), 'utf8')]);
  }
  texts.push(['generated 400 lines', generatePlan({ lines: 400, seed: 1 })]);
  texts.push(['generated 900 lines', generatePlan({ lines: 900, seed: 2 })]);
  texts.push(['generated 600 lines, zh', generatePlan({ lines: 600, seed: 3, lang: 'zh' })]);
  for (const [name, text] of texts.slice(0, 2)) texts.push([`${name}, CRLF`, text.replace(/\r?\n/g, '\r\n')]);
  return texts.map(([name, text]) => {
    const parser = new ChunkedYamlParser();
    const analysis = analyzer.analyze(text, { today: TODAY }, parser);
    assert.equal(analysis.hasSyntaxErrors, false, name);
    // fast-check prints counterexamples: a sample shows as its name, not its whole tree.
    return { name, analysis, parser, [fc.toStringMethod]: () => name };
  });
}

/** Everything the model says about an action, for "the others are unchanged". */
function actionFacts(action: Action): string {
  return JSON.stringify([action.id, action.do?.value, action.plan?.id, action.goal?.id, action.due?.text, action.status, action.done?.text, action.develops.map((r) => r.id), action.after.map((r) => r.id), action.phase?.value]);
}

function modelFacts(model: PlanModel): Map<string, string> {
  const facts = new Map<string, string>();
  for (const a of model.actions) facts.set(`action:${a.id}`, actionFacts(a));
  for (const g of model.goals) facts.set(`goal:${g.id}`, JSON.stringify([g.title?.value, g.by?.text, g.plan?.id]));
  for (const s of model.skills) facts.set(`skill:${s.id}`, JSON.stringify([s.level]));
  for (const c of model.contacts) facts.set(`contact:${c.id}`, JSON.stringify([c.name?.value, c.role?.value, c.nextContact?.text]));
  for (const p of model.plans) facts.set(`plan:${p.id}`, JSON.stringify([p.title?.value, p.kind?.value, p.needs.map((n) => [n.skill, n.level]), p.experiments.map((e) => [e.id, e.from?.text, e.to?.text, e.status])]));
  return facts;
}

function commentLines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => /^\s*#/.test(line)).sort();
}

/**
 * Applies an edit and checks what every edit must keep: edits stay inside `target` (a span of
 * whole lines), remove nothing but a value on one line (never a comment or a line break), keep
 * the file's line endings, and leave valid YAML with no new schema finding. Returns the analysis
 * of the result and the facts that changed.
 */
function applyChecked(sample: Sample, result: EditResult, target: { start: number; end: number }, keptComments = true): { after: Analysis; changed: Map<string, [string | undefined, string | undefined]> } {
  const { analysis } = sample;
  const text = analysis.text;
  assert.ok(result.ok, `the edit is made (${!result.ok ? result.reason : ''})`);
  const from = lineStartOf(text, target.start);
  const to = lineEndOf(text, target.end) + 2;
  for (const edit of result.edits as OffsetEdit[]) {
    assert.ok(edit.start >= from && edit.end <= to, `edit ${JSON.stringify(edit)} lies inside the target ${from}..${to}`);
    const removed = text.slice(edit.start, edit.end);
    assert.ok(!/[#\n]/.test(removed), `edit removes only a value, not ${JSON.stringify(removed)}`);
    if (text.includes('\r\n')) assert.ok(!/(^|[^\r])\n/.test(edit.newText), 'CRLF is kept');
  }
  const out = applyEdits(text, result.edits);
  const after = analyzer.analyze(out, { today: TODAY }, sample.parser);
  // Re-analyse the original with the same parser so the next run finds its chunks cached.
  const problems = after.findings.filter((f) => f.code === 'yaml-syntax' || f.code === 'schema');
  const before = analysis.findings.filter((f) => f.code === 'schema').length;
  analyzer.analyze(text, { today: TODAY }, sample.parser);
  assert.equal(after.hasSyntaxErrors, false, `still valid YAML:\n${problems.map((f) => f.message).join('\n')}\n${out.slice(Math.max(0, from - 200), to + 400)}`);
  assert.equal(problems.length, before, `no new schema finding: ${problems.map((f) => f.message).join('; ')}`);
  if (keptComments) {
    const kept = commentLines(out);
    for (const line of commentLines(text)) {
      const i = kept.indexOf(line);
      assert.ok(i >= 0, `comment kept: ${line}`);
      kept.splice(i, 1);
    }
  }
  const old = modelFacts(analysis.model);
  const now = modelFacts(after.model);
  const changed = new Map<string, [string | undefined, string | undefined]>();
  for (const key of new Set([...old.keys(), ...now.keys()])) if (old.get(key) !== now.get(key)) changed.set(key, [old.get(key), now.get(key)]);
  return { after, changed };
}

function onlyChanged(changed: Map<string, unknown>, keys: string[]): void {
  assert.deepEqual([...changed.keys()].sort(), [...keys].sort());
}

const isoDate = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2024-01-01', n));
const kebabId = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'));
/** Free text as users write it, with the characters YAML treats specially. */
const freeText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('yes', 'No', '~', '-.inf', '0x1F', '1e3', '2027-01-01', '- item', 'a: b', 'x # y', '[list]', 'a, b', '{x}', ' padded ', "it's", '"quoted"', '中文: 冒号', '@home', '%pct', 'line\nbreak', 'tab\there', ''),
).filter((s) => s.trim() !== '');

describe('YAML scalars written by edits', () => {
  it('read back as the same string, in block and in flow context', () => {
    fc.assert(
      fc.property(fc.oneof(freeText, fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii' })), (value) => {
        assert.equal(parse(`key: ${yamlString(value)}\n`).key, value);
        assert.deepEqual(parse(`{ a: [${yamlString(value, true)}, x], key: ${yamlString(value, true)} }\n`), { a: [value, 'x'], key: value });
      }),
      { numRuns: RUNS * 20 },
    );
  });
});

describe('edits (properties)', function () {
  this.timeout(120_000);
  const samples = loadSamples();
  const sample = fc.constantFrom(...samples);
  const withActions = samples.filter((s) => s.analysis.model.actions.some((a) => a.map));
  const mapped = (s: Sample) => s.analysis.model.actions.filter((a) => a.map);
  const pickAction = fc.tuple(fc.constantFrom(...withActions), fc.nat()).map(([s, n]) => ({ s, action: mapped(s)[n % mapped(s).length] }));

  it('markDone sets status done and done = today on that action only', () => {
    fc.assert(
      fc.property(pickAction, ({ s, action }) => {
        const { after, changed } = applyChecked(s, markDone(s.analysis, action.id, TODAY), action.pair);
        const now = after.model.actionById.get(action.id)!;
        assert.equal(now.status, 'done');
        // An action already done keeps its completion date.
        assert.equal(now.done?.text, action.status === 'done' && action.statusNode && action.done ? action.done.text : TODAY);
        onlyChanged(changed, actionFacts(action) === actionFacts(now) ? [] : [`action:${action.id}`]);
      }),
      { numRuns: RUNS },
    );
  });

  it('snooze and setDue move only that action\'s due date', () => {
    fc.assert(
      fc.property(pickAction, fc.integer({ min: 1, max: 90 }), isoDate, fc.boolean(), ({ s, action }, days, date, bySnooze) => {
        const result = bySnooze ? snooze(s.analysis, action.id, days, TODAY) : setDue(s.analysis, action.id, date);
        const { after, changed } = applyChecked(s, result, action.pair);
        const expected = bySnooze ? addDays(action.due?.valid ? action.due.text : TODAY, days) : date;
        assert.equal(after.model.actionById.get(action.id)!.due?.text, expected);
        onlyChanged(changed, action.due?.text === expected ? [] : [`action:${action.id}`]);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses ids that name no action, and changes nothing', () => {
    fc.assert(
      fc.property(sample, kebabId, (s, id) => {
        fc.pre(!s.analysis.model.actionById.has(id));
        for (const result of [markDone(s.analysis, id, TODAY), snooze(s.analysis, id, 7, TODAY), setDue(s.analysis, id, TODAY)]) {
          assert.deepEqual(result, { ok: false, reason: 'edit.not-found', subject: id });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('addEntry adds exactly the new entry, with any text, in any section', () => {
    const sections = ['actions', 'goals', 'network', 'skills', 'obstacles'] as const;
    fc.assert(
      fc.property(sample, fc.constantFrom(...sections), kebabId, freeText, isoDate, (s, section, rawId, text, date) => {
        const model = s.analysis.model;
        const taken = { actions: model.actionById, goals: model.goalById, network: model.contactById, skills: model.skillById, obstacles: new Set(model.obstacles.map((o) => o.id)) }[section];
        const id = taken.has(rawId) ? `${rawId}-new` : rawId;
        fc.pre(!taken.has(id));
        const fields: EntryFields | number = {
          actions: [['do', text], ['due', date], ['develops', ['writing']]] as EntryFields,
          goals: [['title', text], ['by', date]] as EntryFields,
          network: [['name', text], ['role', 'contact']] as EntryFields,
          skills: 3,
          obstacles: [['text', text]] as EntryFields,
        }[section];
        const pair = model.sections.get(section);
        const target = pair ? { start: pair.start, end: pair.value ? Math.max(pair.end, pair.value.end) : pair.end } : { start: s.analysis.text.length, end: s.analysis.text.length };
        const { after, changed } = applyChecked(s, addEntry(s.analysis, section, id, fields), target);
        if (section === 'actions') {
          const added = after.model.actionById.get(id)!;
          assert.equal(added.do?.value, text);
          assert.equal(added.due?.text, date);
          onlyChanged(changed, [`action:${id}`]);
        } else if (section === 'goals') {
          assert.equal(after.model.goalById.get(id)?.title?.value, text);
          onlyChanged(changed, [`goal:${id}`]);
        } else if (section === 'network') {
          assert.equal(after.model.contactById.get(id)?.name?.value, text);
          onlyChanged(changed, [`contact:${id}`]);
        } else if (section === 'skills') {
          assert.equal(after.model.skillById.get(id)?.level, 3);
          onlyChanged(changed, [`skill:${id}`]);
        } else {
          assert.equal(after.model.obstacles.find((o) => o.id === id)?.text?.value, text);
          onlyChanged(changed, []);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('setEntryField sets a goal\'s by, an experiment\'s to or an action\'s phase', () => {
    type Target = { map: Parameters<typeof setEntryField>[1]; span: { start: number; end: number }; key: string; after: string[]; fact: string };
    const targets = (s: Sample): Target[] => [
      ...s.analysis.model.goals.map((g) => ({ map: g.map, span: g.pair, key: 'by', after: ['title'], fact: `goal:${g.id}` })),
      ...s.analysis.model.plans.flatMap((p) => p.experiments.map((e) => ({ map: e.map, span: e.pair, key: 'to', after: ['from'], fact: `plan:${p.id}` }))),
      ...s.analysis.model.actions.map((a) => ({ map: a.map, span: a.pair, key: 'phase', after: ['due'], fact: `action:${a.id}` })),
    ].filter((t) => t.map);
    const withTargets = samples.filter((s) => targets(s).length);
    fc.assert(
      fc.property(fc.constantFrom(...withTargets), fc.nat(), isoDate, fc.integer({ min: 1, max: 9 }), (s, n, date, phase) => {
        const all = targets(s);
        const t = all[n % all.length];
        const value = t.key === 'phase' ? phase : date;
        const { after, changed } = applyChecked(s, setEntryField(s.analysis, t.map, t.key, value, t.after), t.span);
        assert.ok([...changed.keys()].every((k) => k === t.fact), `only ${t.fact} changed: ${[...changed.keys()]}`);
        const [kind, id] = t.fact.split(':');
        if (kind === 'goal') assert.equal(after.model.goalById.get(id)?.by?.text, date);
        if (kind === 'action') assert.equal(after.model.actionById.get(id)?.phase?.value, phase);
      }),
      { numRuns: RUNS },
    );
  });

  it('insertSuppression silences exactly the chosen finding\'s code on its line', () => {
    const silenceable = (s: Sample) => s.analysis.findings.filter((f) => f.severity === 'warning' || f.severity === 'info');
    const withFindings = samples.filter((s) => silenceable(s).length);
    fc.assert(
      fc.property(fc.constantFrom(...withFindings), fc.nat(), (s, n) => {
        const findings = silenceable(s);
        const finding = findings[n % findings.length];
        const text = s.analysis.text;
        const lineStart = lineStartOf(text, finding.start);
        const target = { start: lineStart > 0 ? lineStartOf(text, lineStart - 1) : 0, end: finding.start };
        const result = insertSuppression(s.analysis, finding.start, finding.code);
        const { after, changed } = applyChecked(s, result, target, false);
        onlyChanged(changed, []);
        const line = (a: Analysis, offset: number) => a.lines.positionAt(offset).line;
        const key = (f: { code: string; message: string }) => `${f.code}|${f.message}`;
        const silenced = s.analysis.findings.filter((f) => f.code === finding.code && line(s.analysis, f.start) === line(s.analysis, finding.start));
        const expected = s.analysis.findings.filter((f) => !silenced.includes(f)).map(key).sort();
        assert.deepEqual(after.findings.map(key).sort(), expected);
      }),
      { numRuns: RUNS },
    );
  });
});
