/**
 * Golden regressions for edits on YAML people really write: an empty value with a comment,
 * block scalars of every header, a lone `\r`, aliases, explicit keys, an indented document, an
 * empty flow map with a comment, a byte order mark, tags, keys too long for YAML, and review
 * answers that try to add keys. Each edit gives exactly the expected text (which parses, with
 * every comment kept) or a refusal with its reason.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PlanAnalyzer, type Analysis } from '../src/core/analyze';
import { addEntry, insertFileSuppression, insertSuppression, markDone, replaceScalar, setDue, setEntryField, snooze } from '../src/core/edits/planEdits';
import { applyEdits, type EditResult } from '../src/core/edits/textEdits';
import { scalarTextSpan } from '../src/core/edits/valueSlot';
import { quickFixes, type FixContext } from '../src/core/fixes';
import { applyReview, type ReviewAnswers } from '../src/core/review';
import { LineIndex } from '../src/core/text/lineIndex';
import { unchangedEnds } from '../src/core/yaml/chunkedParser';
import { createMessageFormatter } from '../src/core/messages/catalog';

const TODAY = '2026-11-24';
const analyzer = new PlanAnalyzer();
const HEAD = 'careerplan: 1\nowner: A\n';

function analyze(text: string): Analysis {
  const analysis = analyzer.analyze(text, { today: TODAY });
  assert.equal(analysis.hasSyntaxErrors, false, `the input parses: ${analysis.findings.map((f) => f.message).join('; ')}`);
  return analysis;
}

const comments = (text: string) => text.split(/\r?\n/).flatMap((line) => line.match(/(?:^|\s)#.*/g) ?? []).map((c) => c.trim());

/** Applies an edit that must be made, and checks the result parses and keeps every comment. */
function edited(text: string, edit: (analysis: Analysis) => EditResult): string {
  const result = edit(analyze(text));
  assert.ok(result.ok, `the edit is made: ${JSON.stringify(result)}`);
  const out = applyEdits(text, result.edits);
  const after = analyzer.analyze(out, { today: TODAY });
  assert.equal(after.hasSyntaxErrors, false, `the result parses:\n${out}`);
  // A suppression comment may get a code appended; every other comment stays as it was.
  for (const comment of comments(text)) assert.ok(out.includes(comment), `comment kept: ${comment}`);
  return out;
}

function refused(text: string, edit: (analysis: Analysis) => EditResult): string {
  const result = edit(analyzer.analyze(text, { today: TODAY }));
  assert.equal(result.ok, false, `the edit is refused: ${JSON.stringify(result)}`);
  return result.ok ? '' : result.reason;
}

const fixContext = (analysis: Analysis, today: string): FixContext => ({ analysis, uri: 'file:///plan.careerplan.yaml', version: 1, today, format: createMessageFormatter('en') });
const action = (body: string) => `${HEAD}actions:\n  a:\n${body}`;
const done = (a: Analysis) => markDone(a, 'a', TODAY);

describe('edits on an empty value with a comment', () => {
  it('write the value before the comment, one space away, in every builder', () => {
    assert.equal(edited(action('    do: x\n    status: # not started\n'), done), action('    do: x\n    status: done # not started\n    done: 2026-11-24\n'));
    assert.equal(edited(action('    do: x\n    status:   # not started\n    done: # when\n'), done), action('    do: x\n    status: done   # not started\n    done: 2026-11-24 # when\n'));
    assert.equal(edited(action('    do: x\n    due: # later\n'), (a) => snooze(a, 'a', 7, TODAY)), action('    do: x\n    due: 2026-12-01 # later\n'));
    assert.equal(edited(action('    do: x\n    due: # later\n'), (a) => setDue(a, 'a', '2027-01-01')), action('    do: x\n    due: 2027-01-01 # later\n'));
    const goal = `${HEAD}goals:\n  g:\n    title: G\n    by: # someday\n`;
    assert.equal(edited(goal, (a) => setEntryField(a, a.model.goalById.get('g')!.map, 'by', '2027-11-24')), goal.replace('by: # someday', 'by: 2027-11-24 # someday'));
    const review = `${HEAD}review:\n  every: 3m\n  last: # never\n`;
    assert.equal(edited(review, (a) => applyReview(a, { date: TODAY })), `${HEAD}review:\n  every: 3m\n  last: 2026-11-24 # never\n  log:\n    - date: 2026-11-24\n`);
  });

  it('never reads a word of a comment as the value\'s anchor or tag', () => {
    assert.equal(edited(action('    do: x\n    status: # see &x and !y\n      todo\n'), done), action('    do: x\n    status: # see &x and !y\n      done\n    done: 2026-11-24\n'));
  });

  it('drops a tag written before an empty value', () => {
    assert.equal(edited(action('    do: x\n    status: !!str # not started\n'), done), action('    do: x\n    status: done # not started\n    done: 2026-11-24\n'));
  });
});

describe('edits on block scalars', () => {
  it('replace the header and the content lines, never the line break after them', () => {
    assert.equal(edited(action('    do: x\n    due: >-\n      2026-01-01\n    status: todo\n'), (a) => snooze(a, 'a', 7, TODAY)), action('    do: x\n    due: 2026-01-08\n    status: todo\n'));
    assert.equal(edited(action('    do: x\n    status: |\n      todo\n'), done), action('    do: x\n    status: done\n    done: 2026-11-24\n'));
  });

  it('handle every header, with indentation indicators and comments', () => {
    for (const header of ['|', '>', '|-', '>-', '|+', '>+', '|2', '>2-', '|-2', '|+2']) {
      for (const comment of ['', ' # the header']) {
        const text = action(`    do: x\n    status: ${header}${comment}\n      todo\n    due: 2027-01-01\n`);
        assert.equal(edited(text, done), action(`    do: x\n    status: done${comment}\n    done: 2026-11-24\n    due: 2027-01-01\n`), `${header}${comment}`);
      }
    }
  });

  it('put new keys after the blank lines a keep-chomping scalar keeps', () => {
    const text = action('    do: |+\n      x\n\n\n') + 'x-other: 1\n';
    const out = edited(text, done);
    assert.equal(out, action('    do: |+\n      x\n\n\n    status: done\n    done: 2026-11-24\n') + 'x-other: 1\n');
    assert.equal(analyze(out).model.actionById.get('a')!.do?.value, 'x\n\n\n');
  });

  it('give a rename the content line, so the header and its comment stay', () => {
    const text = `${HEAD}goals:\n  g:\n    plan: >- # the plan\n      my-plan\n`;
    const node = analyze(text).model.goalById.get('g')!.plan!.node;
    const span = scalarTextSpan(text, node);
    assert.equal(text.slice(span.start, span.end), 'my-plan');
  });

  it('are never overlapping', () => {
    const result = markDone(analyze(action('    do: x\n    status: |\n      todo\n')), 'a', TODAY);
    assert.ok(result.ok);
    const sorted = [...result.edits].sort((x, y) => x.start - y.start);
    for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i].start >= sorted[i - 1].end);
  });
});

describe('the line model', () => {
  it('breaks lines where LSP does: \\r\\n, \\n and a lone \\r', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', '\r', '\n', '\r\n', '中', '😀'), { maxLength: 40 }), fc.nat(), (parts, n) => {
        const text = parts.join('');
        const lines = new LineIndex(text);
        const reference = TextDocument.create('file:///x', 'yaml', 1, text);
        assert.equal(lines.lineCount, reference.lineCount);
        const offset = n % (text.length + 1);
        assert.deepEqual(lines.positionAt(offset), reference.positionAt(offset));
        const position = reference.positionAt(offset);
        assert.equal(lines.offsetAt(position), reference.offsetAt(position));
      }),
      { numRuns: 300 },
    );
  });

  it('updated around an edit, is the index of the new text', () => {
    const part = fc.constantFrom('a', ' ', '\r', '\n', '\r\n', '中', '😀');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 40 }), fc.nat(), fc.nat(), fc.array(part, { maxLength: 6 }), (parts, at, length, inserted) => {
        const before = parts.join('');
        const start = at % (before.length + 1);
        const end = Math.min(before.length, start + (length % 5));
        const after = before.slice(0, start) + inserted.join('') + before.slice(end);
        const { prefix, suffix } = unchangedEnds(before, after);
        const updated = LineIndex.afterEdit(new LineIndex(before), after, prefix, suffix);
        const fresh = new LineIndex(after);
        assert.equal(updated.lineCount, fresh.lineCount);
        for (let line = 0; line < fresh.lineCount; line++) assert.equal(updated.lineStart(line), fresh.lineStart(line));
      }),
      { numRuns: 500 },
    );
  });

  it('puts a finding after a lone \\r where the editor shows it', () => {
    const text = `${HEAD}# note\rmore\nactions:\n  a:\n    do: x\n    due: 2026-01-01\n`;
    const analysis = analyze(text);
    const overdue = analysis.findings.find((f) => f.code === 'overdue')!;
    assert.deepEqual(analysis.lines.rangeOf(overdue).start, { line: 7, character: 9 });
  });

  it('edits lines away from a lone \\r, and refuses a line YAML and the editor read differently', () => {
    const text = `${HEAD}# note\rmore\nactions:\n  a:\n    do: x\n    due: 2026-01-01\n`;
    assert.equal(edited(text, (a) => snooze(a, 'a', 7, TODAY)), text.replace('2026-01-01', '2026-01-08'));
    assert.equal(refused(action('    do: x\ry\n'), done), 'edit.refused-lone-cr');
    assert.equal(refused(action('    do: x\n    due: 2026-01-01 # a\rb\n'), (a) => snooze(a, 'a', 7, TODAY)), 'edit.refused-lone-cr');
  });
});

describe('edits and aliases', () => {
  it('replace the alias, never its anchored target', () => {
    const text = `${HEAD}x-status: &s todo\nactions:\n  a:\n    do: x\n    status: *s\n`;
    assert.equal(edited(text, done), `${HEAD}x-status: &s todo\nactions:\n  a:\n    do: x\n    status: done\n    done: 2026-11-24\n`);
  });

  it('are refused inside a node an alias repeats', () => {
    const shared = `${HEAD}actions:\n  a: &t { do: x, due: 2027-01-01 }\n  b: *t\n`;
    assert.equal(refused(shared, done), 'edit.refused-alias');
    assert.equal(refused(shared, (a) => markDone(a, 'b', TODAY)), 'edit.refused-alias');
    const anchoredValue = `${HEAD}actions:\n  a:\n    do: x\n    status: &s todo\n  b:\n    do: y\n    status: *s\n`;
    assert.equal(refused(anchoredValue, done), 'edit.refused-alias');
    // The alias itself is this action's own text.
    assert.ok(edited(anchoredValue, (a) => markDone(a, 'b', TODAY)).includes('    do: y\n    status: done\n'));
  });
});

describe('edits on unusual but valid YAML', () => {
  it('put new keys at the column of an explicit key\'s "?"', () => {
    assert.equal(edited(action('    ? do\n    : x\n'), done), action('    ? do\n    : x\n    status: done\n    done: 2026-11-24\n'));
    assert.equal(edited(action('    ? do\n    : x\n    ? status\n    : todo\n'), done), action('    ? do\n    : x\n    ? status\n    : done\n    done: 2026-11-24\n'));
  });

  it('keep an indented document indented', () => {
    const text = '  careerplan: 1\n  owner: A\n  actions:\n    a:\n      do: x\n';
    assert.equal(edited(text, done), '  careerplan: 1\n  owner: A\n  actions:\n    a:\n      do: x\n      status: done\n      done: 2026-11-24\n');
    assert.equal(edited(text, (a) => addEntry(a, 'goals', 'g', [['title', 'T']])), `${text}  goals:\n    g:\n      title: T\n`);
    assert.equal(edited(text, (a) => applyReview(a, { date: TODAY })), `${text}  review:\n    last: 2026-11-24\n    log:\n      - date: 2026-11-24\n`);
  });

  it('fill an empty flow map that holds a comment, keeping the comment', () => {
    assert.equal(edited(action('').replace('  a:\n', '  a: { # todo\n    }\n'), done), action('').replace('  a:\n', '  a: { status: done, done: 2026-11-24 # todo\n    }\n'));
  });

  it('read and extend a suppression comment after a byte order mark', () => {
    const text = `\ufeff# careerplan-disable-file missing-timeline\n${HEAD}actions:\n  a:\n    do: x\n`;
    const analysis = analyze(text);
    assert.deepEqual(analysis.findings.filter((f) => f.code === 'missing-timeline' || f.code === 'unused-suppression'), []);
    assert.equal(edited(text, (a) => insertFileSuppression(a, 'no-review')), text.replace('missing-timeline', 'missing-timeline, no-review'));
    const line = `\ufeff# careerplan-disable-next-line no-review\n${HEAD}`;
    assert.equal(edited(line, (a) => insertSuppression(a, a.text.indexOf('careerplan:'), 'no-backup')), line.replace('no-review', 'no-review, no-backup'));
  });

  it('drop a tag that typed the old value', () => {
    assert.equal(edited(action('    do: x\n    status: !!binary todo\n'), done), action('    do: x\n    status: done\n    done: 2026-11-24\n'));
    const text = `${HEAD}plans:\n  p: { title: P, kind: !!str backpu }\n`;
    const finding = analyze(text).findings.find((f) => f.code === 'schema')!;
    assert.equal(edited(text, (a) => replaceScalar(a, finding, 'backup')), `${HEAD}plans:\n  p: { title: P, kind: backup }\n`);
  });

  it('refuse to write a key YAML could not read back, and say so in the code action', () => {
    const long = 'g'.repeat(1100);
    const text = `${HEAD}actions:\n  a: { do: x, due: 2027-01-01, goal: ${long} }\n`;
    assert.equal(refused(text, (a) => addEntry(a, 'goals', long, [['title', 'T']])), 'edit.refused-long-key');
    const analysis = analyze(text);
    const finding = analysis.findings.find((f) => f.code === 'unknown-reference')!;
    const actions = quickFixes({ ...fixContext(analysis, TODAY), disabledSupport: true }, finding);
    const create = actions.find((a) => a.title.startsWith('Add goal'))!;
    assert.match(create.disabled?.reason ?? '', /1,024 characters/);
    assert.equal(create.edit, undefined);
    assert.equal(quickFixes(fixContext(analysis, TODAY), finding).find((a) => a.title.startsWith('Add goal')), undefined);
    const fits = 'g'.repeat(1024);
    assert.ok(edited(`${HEAD}actions:\n  a: { do: x }\n`, (a) => addEntry(a, 'goals', fits, [['title', 'T']])).includes(`  ${fits}:\n`));
  });
});

describe('review answers', () => {
  const plan = `${HEAD}skills:\n  ts: 2\nreview:\n  every: 3m\n  last: 2026-08-01\n`;
  const review = (answers: Partial<ReviewAnswers>) => (a: Analysis) => applyReview(a, { date: TODAY, ...answers } as ReviewAnswers);

  it('refuse counts and levels that are not numbers, so no text can add a key', () => {
    assert.equal(refused(plan, review({ since: { commits: '1\nowner: X' as unknown as number } })), 'edit.unsupported');
    assert.equal(refused(plan, review({ since: { commits: 1.5 } })), 'edit.unsupported');
    assert.equal(refused(plan, review({ since: { changes: { actionsDone: [], experimentsFinished: [], skillsRaised: { ts: '3\nowner: X' as unknown as number } } } })), 'edit.unsupported');
    assert.equal(refused(plan, review({ since: { changes: { actionsDone: [], experimentsFinished: [], skillsRaised: { 'ts: 1\nowner': 3 } } } })), 'edit.unsupported');
  });

  it('quote every text they write', () => {
    const out = edited(plan, review({ notes: 'fine\nowner: X', questions: { worry: 'a: b\nowner: X' }, since: { commits: 2, changes: { actionsDone: ['x, y]\nowner: X'], experimentsFinished: [], skillsRaised: { ts: 3 } } } }));
    const entry = analyze(out);
    assert.equal(entry.model.root && JSON.stringify(Object.keys(Object.fromEntries(entry.model.sections))), JSON.stringify(['careerplan', 'owner', 'skills', 'review']));
    assert.ok(out.includes('notes: "fine\\nowner: X"'));
    assert.ok(out.includes('actions-done: ["x, y]\\nowner: X"]'));
    assert.ok(out.includes('commits: 2'));
  });
});
