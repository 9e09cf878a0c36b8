/**
 * Every edit builder over generated and mutated plans (planArbitraries.ts: block scalars of every
 * header, comments after empty values, flow maps, aliases, explicit keys, tags, BOM, CRLF, lone
 * CR, indented documents, Chinese): the edit is refused with a reason, or its result parses with
 * no syntax error, changes text only inside its target, keeps every comment, makes exactly the
 * intended change to the plan's data and nothing else, and removes the finding it fixes.
 * Bounded here; `npm run fuzz -- --minutes N` runs the same properties with fresh seeds.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { Lexer } from 'yaml';
import { PlanAnalyzer, type Analysis, type Finding } from '../src/core/analyze';
import { addDays } from '../src/core/dates';
import { pairEnd } from '../src/core/edits/valueSlot';
import { addEntry, insertFileSuppression, insertSuppression, markDone, setDue, setEntryField, snooze, type EntryFields } from '../src/core/edits/planEdits';
import type { RefusalReason } from '../src/core/edits/refusal';
import { renameEdits } from '../src/core/edits/rename';
import { applyEdits, type EditResult, type OffsetEdit } from '../src/core/edits/textEdits';
import { quickFixes, type FixContext } from '../src/core/fixes';
import { IdIndex } from '../src/core/ids/idIndex';
import { createMessageFormatter } from '../src/core/messages/catalog';
import { applyReview, type ActionAnswer } from '../src/core/review';
import { lineEndOf, lineStartOf } from '../src/core/text/lineIndex';
import type { YPair } from '../src/core/yaml/tree';
import { toJson } from '../src/core/yaml/tree';
import { anyPlan } from './planArbitraries';

const TODAY = '2026-11-24';
const RUNS = Number(process.env.PROPERTY_RUNS ?? 20);
const analyzer = new PlanAnalyzer();
const REFUSALS: readonly RefusalReason[] = ['edit.refused-lone-cr', 'edit.refused-alias', 'edit.refused-long-key', 'edit.refused-block', 'edit.unsupported'];

/** A plan the edits may be asked about: it parses (mutations can break one; those are left out). */
const plan = anyPlan()
  .map((text) => ({ text, analysis: analyzer.analyze(text, { today: TODAY }) }))
  .filter(({ analysis }) => !analysis.hasSyntaxErrors && analysis.parsed.conflicts.length === 0 && analysis.model.root !== null)
  .map((p) => Object.assign(p, { [fc.toStringMethod]: () => JSON.stringify(p.text) }));

/** Comments as YAML reads them (a `#` line inside a block scalar is text). */
function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((token) => token.startsWith('#')).map((c) => c.replace(/\s+$/, ''));
}

const json = (analysis: Analysis) => JSON.parse(JSON.stringify(toJson(analysis.model.root) ?? null));

/** How many times each make/refuse outcome happened, so a property that refuses everything fails. */
class Outcomes {
  made = 0;
  refused = 0;
  assertSomeMade(): void {
    assert.ok(this.made > 0, `some edits were made (${this.made} made, ${this.refused} refused)`);
  }
}

/** Where the text after the pair's last line goes on (its end, blank lines and spaces skipped). */
function nextContent(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at])) at++;
  return at;
}

/**
 * Checks what every made edit must keep and returns the analysis of the result; null when the
 * edit was refused (with a known reason). `region`: where the edits may change text.
 */
function check(text: string, result: EditResult, outcomes: Outcomes, region?: { start: number; end: number }, suppression: 'keep' | 'extend' | 'drop' = 'keep'): Analysis | null {
  if (!result.ok) {
    assert.ok(REFUSALS.includes(result.reason), `refused for a known reason: ${result.reason}`);
    outcomes.refused++;
    return null;
  }
  outcomes.made++;
  for (const edit of result.edits) {
    if (region) assert.ok(edit.start >= region.start && edit.end <= region.end, `edit ${JSON.stringify(edit)} stays in ${region.start}..${region.end}`);
  }
  const out = applyEdits(text, result.edits);
  const after = analyzer.analyze(out, { today: TODAY });
  assert.equal(after.hasSyntaxErrors, false, `the result parses:\n${JSON.stringify(out)}\n${after.findings.filter((f) => f.code === 'yaml-syntax').map((f) => f.message).join('\n')}`);
  const kept = comments(out);
  for (const comment of comments(text)) {
    // A suppression edit may append a code to a suppression comment; the fix of an unused one removes it.
    if (suppression === 'drop' && comment.includes('careerplan-disable-')) continue;
    const i = kept.findIndex((c) => c === comment || (suppression !== 'keep' && c.startsWith(comment)));
    assert.ok(i >= 0, `comment kept: ${JSON.stringify(comment)} in\n${JSON.stringify(out)}`);
    kept.splice(i, 1);
  }
  return after;
}

/** An entry's lines: from its key's line to the end of its last line (a comment there included). */
function entryRegion(text: string, pair: YPair): { start: number; end: number } {
  const end = pairEnd(text, pair);
  return { start: lineStartOf(text, pair.start), end: nextContent(text, lineStartOf(text, end) === end ? end : lineEndOf(text, end)) };
}

/**
 * Checks an edit of one entry: it changes only that entry's lines, and, when made, the plan reads
 * as before but for what `change` does to the original's JSON.
 */
function assertEntryEdit(text: string, analysis: Analysis, pair: YPair, result: EditResult, outcomes: Outcomes, change: (expected: ReturnType<typeof json>) => void): void {
  const after = check(text, result, outcomes, entryRegion(text, pair));
  if (!after) return;
  const expected = json(analysis);
  change(expected);
  assert.deepEqual(json(after), expected);
}

const actionOf = (analysis: Analysis, n: number) => {
  const actions = analysis.model.actions.filter((a) => a.map);
  return actions.length ? actions[n % actions.length] : undefined;
};

const date = fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2025-01-01', n));
const freeText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('a: b\nowner: X', '1\nowner: X', '# not a comment', 'x # y', '中文：冒号', "it's", '- item', '| block')).filter((s) => s.trim() !== '');

describe('edit builders over generated and mutated plans (properties)', function () {
  this.timeout(120_000);

  it('markDone: status done and done today on that action, nothing else', () => {
    const outcomes = new Outcomes();
    fc.assert(
      fc.property(plan, fc.nat(), ({ text, analysis }, n) => {
        const action = actionOf(analysis, n);
        fc.pre(action !== undefined);
        assertEntryEdit(text, analysis, action!.pair, markDone(analysis, action!.id, TODAY), outcomes, (expected) => {
          if (!(action!.status === 'done' && action!.statusNode && action!.done)) Object.assign(expected.actions[action!.id], { status: 'done', done: TODAY });
        });
      }),
      { numRuns: RUNS },
    );
    outcomes.assertSomeMade();
  });

  it('snooze and setDue: only that action\'s due date moves', () => {
    const outcomes = new Outcomes();
    fc.assert(
      fc.property(plan, fc.nat(), fc.integer({ min: 1, max: 60 }), date, fc.boolean(), ({ text, analysis }, n, days, on, bySnooze) => {
        const action = actionOf(analysis, n);
        fc.pre(action !== undefined);
        const result = bySnooze ? snooze(analysis, action!.id, days, TODAY) : setDue(analysis, action!.id, on);
        assertEntryEdit(text, analysis, action!.pair, result, outcomes, (expected) => {
          expected.actions[action!.id].due = bySnooze ? addDays(action!.due?.valid ? action!.due.text : TODAY, days) : on;
        });
      }),
      { numRuns: RUNS },
    );
    outcomes.assertSomeMade();
  });

  it('setEntryField (the add-date fixes): a goal\'s by, nothing else', () => {
    const outcomes = new Outcomes();
    fc.assert(
      fc.property(plan, fc.nat(), date, ({ text, analysis }, n, on) => {
        const goals = analysis.model.goals.filter((g) => g.map);
        fc.pre(goals.length > 0);
        const goal = goals[n % goals.length];
        assertEntryEdit(text, analysis, goal.pair, setEntryField(analysis, goal.map, 'by', on, ['title']), outcomes, (expected) => {
          expected.goals[goal.id].by = on;
        });
      }),
      { numRuns: RUNS },
    );
    outcomes.assertSomeMade();
  });

  it('addEntry: exactly the new entry, with any text and any id, or a refusal for an id YAML cannot hold', () => {
    const outcomes = new Outcomes();
    const id = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,6}){0,2}$/), fc.integer({ min: 1000, max: 1100 }).map((n) => 'x'.repeat(n)));
    fc.assert(
      fc.property(plan, fc.constantFrom('actions', 'goals', 'network', 'skills'), id, freeText, date, ({ text, analysis }, section, entryId, words, on) => {
        const before = json(analysis);
        fc.pre(!before?.[section]?.[entryId]);
        const fields: EntryFields | number = section === 'skills' ? 3 : section === 'network' ? [['name', words], ['role', 'contact']] : section === 'goals' ? [['title', words], ['by', on]] : [['do', words], ['due', on]];
        const after = check(text, addEntry(analysis, section, entryId, fields), outcomes);
        if (!after) return;
        const value = typeof fields === 'number' ? fields : Object.fromEntries(fields);
        before[section] = { ...(before[section] ?? {}), [entryId]: value };
        assert.deepEqual(json(after), before);
      }),
      { numRuns: RUNS },
    );
    outcomes.assertSomeMade();
  });

  it('suppressions: the finding is silenced, the data unchanged', () => {
    const outcomes = new Outcomes();
    const silenceable = (a: Analysis) => a.findings.filter((f) => f.severity === 'warning' || f.severity === 'info');
    fc.assert(
      fc.property(plan, fc.nat(), fc.boolean(), ({ text, analysis }, n, wholeFile) => {
        const findings = silenceable(analysis);
        fc.pre(findings.length > 0);
        const finding = findings[n % findings.length];
        const result = wholeFile ? insertFileSuppression(analysis, finding.code) : insertSuppression(analysis, finding.start, finding.code);
        const after = check(text, result, outcomes, undefined, 'extend');
        if (!after) return;
        assert.deepEqual(json(after), json(analysis));
        const line = (a: Analysis, f: Finding) => a.lines.positionAt(f.start).line;
        const left = after.findings.filter((f) => f.code === finding.code);
        if (wholeFile) assert.deepEqual(left, []);
        else assert.ok(left.length < analysis.findings.filter((f) => f.code === finding.code).length, `one ${finding.code} fewer (line ${line(analysis, finding)})`);
      }),
      { numRuns: RUNS },
    );
    outcomes.assertSomeMade();
  });

  it('every quick fix removes its finding', () => {
    const outcomes = new Outcomes();
    const format = createMessageFormatter('en');
    fc.assert(
      fc.property(plan, fc.nat(), ({ text, analysis }, n) => {
        fc.pre(analysis.findings.length > 0);
        const finding = analysis.findings[n % analysis.findings.length];
        const context: FixContext = { analysis, uri: 'file:///p.careerplan.yaml', version: 1, today: TODAY, format };
        for (const action of quickFixes(context, finding)) {
          const change = action.edit?.documentChanges?.[0];
          if (!change || !('edits' in change)) continue;
          const edits: OffsetEdit[] = change.edits.map((e) => ({ start: analysis.lines.offsetAt(e.range.start), end: analysis.lines.offsetAt(e.range.end), newText: e.newText }));
          const after = check(text, { ok: true, edits }, outcomes, undefined, finding.code === 'unused-suppression' ? 'drop' : 'extend')!;
          const same = (a: Analysis) => a.findings.filter((f) => f.code === finding.code && f.message === finding.message).length;
          assert.ok(same(after) < same(analysis), `"${action.title}" removes ${finding.code}: ${finding.message}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('rename: every occurrence of the id and nothing else', () => {
    const outcomes = new Outcomes();
    fc.assert(
      fc.property(plan, fc.nat(), ({ text, analysis }, n) => {
        const ids = new IdIndex(analysis.parsed.root);
        fc.pre(ids.occurrences.length > 0);
        const { kind, id, scope } = ids.occurrences[n % ids.occurrences.length];
        // Only ids can be renamed (the language server refuses anything else).
        fc.pre(/^[a-z0-9][a-z0-9-]*$/.test(id));
        const newName = `${id}-renamed`;
        fc.pre(!ids.has(kind, newName, scope));
        const occurrences = ids.all(kind, id, scope);
        const edits = renameEdits(text, occurrences, newName);
        for (const edit of edits) assert.equal(text.slice(edit.start, edit.end), id, 'a rename replaces the id\'s own text');
        const after = check(text, { ok: true, edits }, outcomes)!;
        const renamed = new IdIndex(after.parsed.root);
        assert.equal(renamed.all(kind, id, scope).length, 0);
        assert.equal(renamed.all(kind, newName, scope).length, occurrences.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('applyReview: the answers and review.last, every text quoted, nothing else', () => {
    const outcomes = new Outcomes();
    const decision = fc.constantFrom('keep', 'done', 'drop', 'reschedule') as fc.Arbitrary<ActionAnswer['decision']>;
    fc.assert(
      fc.property(plan, fc.array(fc.tuple(fc.nat(), decision, date)), date, fc.option(freeText), fc.option(fc.nat({ max: 99 })), ({ text, analysis }, picks, on, notes, commits) => {
        const answers = new Map<string, ActionAnswer>();
        for (const [n, what, due] of picks) {
          const action = actionOf(analysis, n);
          if (!action || answers.has(action.id)) continue;
          answers.set(action.id, what === 'reschedule' ? { id: action.id, decision: what, due } : ({ id: action.id, decision: what } as ActionAnswer));
        }
        const result = applyReview(analysis, { date: on, actions: [...answers.values()], notes: notes ?? undefined, since: commits === null ? undefined : { commits } });
        const after = check(text, result, outcomes);
        if (!after) return;
        const expected = json(analysis);
        const got = json(after);
        assert.equal(got.review.last, on);
        const log = got.review.log as Array<Record<string, unknown>>;
        assert.equal(log[log.length - 1].date, on);
        if (notes?.trim()) assert.equal(log[log.length - 1].notes, notes.trim());
        for (const answer of answers.values()) {
          const entry = expected.actions[answer.id];
          if (answer.decision === 'done') Object.assign(entry, { status: 'done', done: on });
          if (answer.decision === 'drop') entry.status = 'dropped';
          if (answer.decision === 'reschedule') entry.due = answer.due;
        }
        delete expected.review;
        delete got.review;
        assert.deepEqual(got, expected);
      }),
      { numRuns: RUNS },
    );
    outcomes.assertSomeMade();
  });
});
