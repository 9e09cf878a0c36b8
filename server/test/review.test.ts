/**
 * The review as data and edits. Golden files: every `fixtures/review/NAME.careerplan.yaml` is
 * reviewed with the answers in `NAME.answers.json`, and the result must equal
 * `NAME.expected.yaml` byte for byte (`UPDATE_GOLDEN=1` writes missing expected files; review
 * them before committing). Each result must also be a valid plan whose model shows every answer.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlanAnalyzer, type Analysis } from '../src/core/analyze';
import { applyEdits, type OffsetEdit } from '../src/core/edits/textEdits';
import { en } from '../src/core/messages/en';
import { applyReview, REVIEW_QUESTIONS, reviewChecklist, type ReviewAnswers } from '../src/core/review';
import { asMap, asSeq, getValue, toJson } from '../src/core/yaml/tree';
import { generatePlan, mulberry32 } from '../../scripts/genplan.mjs';

const dir = join(process.cwd(), 'server', 'test', 'fixtures', 'review');
const TODAY = '2026-11-24';
const analyzer = new PlanAnalyzer();

function review(text: string, answers: ReviewAnswers): { result: string; edits: OffsetEdit[]; before: Analysis } {
  const before = analyzer.analyze(text, { today: TODAY });
  const outcome = applyReview(before, answers);
  assert.ok(outcome.ok, `the review applies: ${JSON.stringify(outcome)}`);
  return { result: applyEdits(text, outcome.edits), edits: outcome.edits, before };
}

/** The newest review.log entry of a plan, as JSON. */
function lastLogEntry(analysis: Analysis): Record<string, unknown> {
  const log = asSeq(getValue(analysis.model.review?.map, 'log'));
  assert.ok(log && log.items.length, 'the plan has a review log');
  return toJson(log.items[log.items.length - 1]) as Record<string, unknown>;
}

/** Every answer is visible in the model of the reviewed text. */
function assertModelShows(before: Analysis, after: Analysis, answers: ReviewAnswers): void {
  const { model } = after;
  for (const answer of answers.actions ?? []) {
    const action = model.actionById.get(answer.id)!;
    const old = before.model.actionById.get(answer.id)!;
    if (answer.decision === 'done') {
      assert.equal(action.status, 'done', answer.id);
      assert.equal(action.done?.text, answer.on ?? answers.date, answer.id);
    } else if (answer.decision === 'reschedule') {
      assert.equal(action.due?.text, answer.due, answer.id);
      assert.equal(action.status, old.status, answer.id);
    } else if (answer.decision === 'drop') {
      assert.equal(action.status, 'dropped', answer.id);
    } else {
      assert.deepEqual([action.status, action.due?.text, action.done?.text], [old.status, old.due?.text, old.done?.text], answer.id);
    }
  }
  for (const answer of answers.experiments ?? []) {
    const experiment = model.planById.get(answer.plan)!.experiments.find((e) => e.id === answer.id)!;
    if (answer.interest !== undefined) assert.equal(experiment.interest?.value, answer.interest, answer.id);
    if (answer.learned) assert.equal(experiment.learned?.value, answer.learned.trim(), answer.id);
  }
  for (const { id, level } of answers.skills ?? []) assert.equal(model.skillById.get(id)?.level, level, id);
  assert.equal(model.review?.last?.text, answers.date);
  assert.equal(model.review?.log.length, (before.model.review?.log.length ?? 0) + 1, 'exactly one new log entry');

  const entry = lastLogEntry(after);
  assert.equal(entry.date, answers.date);
  assert.equal(entry.notes, answers.notes?.trim() || undefined);
  const answered = Object.fromEntries(Object.entries(answers.questions ?? {}).filter(([, text]) => text.trim()).map(([id, text]) => [id, text.trim()]));
  assert.deepEqual(entry.answers, Object.keys(answered).length ? answered : undefined);
  const changes = (entry.changes ?? {}) as Record<string, unknown>;
  const ids = (decision: string) => (answers.actions ?? []).filter((a) => a.decision === decision).map((a) => a.id);
  const since = answers.since?.changes;
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  const orUndefined = (list: string[]) => (list.length ? list : undefined);
  assert.deepEqual(changes['actions-done'], orUndefined(union(since?.actionsDone ?? [], ids('done'))));
  assert.deepEqual(changes['actions-dropped'], orUndefined(ids('drop')));
  assert.deepEqual(changes['actions-rescheduled'], orUndefined(ids('reschedule')));
  const rated = (answers.experiments ?? []).filter((e) => e.interest !== undefined).map((e) => e.id);
  assert.deepEqual(changes['experiments-finished'], orUndefined(union(since?.experimentsFinished ?? [], rated)));
  assert.equal(changes.commits, answers.since?.commits);
}

function fixtures(): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => n.endsWith('.careerplan.yaml')).sort();
}

describe('review: applyReview (golden files)', () => {
  for (const name of fixtures()) {
    const base = name.replace(/\.careerplan\.yaml$/, '');
    describe(base, () => {
      const text = readFileSync(join(dir, name), 'utf8');
      const answers = JSON.parse(readFileSync(join(dir, `${base}.answers.json`), 'utf8')) as ReviewAnswers;

      it('writes the expected file', () => {
        const { result } = review(text, answers);
        const expectedPath = join(dir, `${base}.expected.yaml`);
        if (!existsSync(expectedPath) && process.env.UPDATE_GOLDEN) writeFileSync(expectedPath, result);
        assert.equal(result, readFileSync(expectedPath, 'utf8'));
      });

      it('leaves a valid plan whose model shows every answer', () => {
        const { result, before } = review(text, answers);
        const after = analyzer.analyze(result, { today: TODAY });
        assert.deepEqual(after.findings.filter((f) => f.code === 'yaml-syntax' || f.code === 'schema').map((f) => `${f.code}: ${f.message}`), []);
        assertModelShows(before, after, answers);
      });

      it('gives non-overlapping edits, and the same result with CRLF line endings', () => {
        const { edits, result } = review(text, answers);
        for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].end <= edits[i].start, 'sorted and non-overlapping');
        const crlf = review(text.replace(/\n/g, '\r\n'), answers).result;
        assert.equal(crlf, result.replace(/\n/g, '\r\n'));
      });
    });
  }
});

describe('review: applyReview refuses what it cannot do well', () => {
  const plan = readFileSync(join(dir, 'full.careerplan.yaml'), 'utf8');
  const analysis = analyzer.analyze(plan, { today: TODAY });
  const refusal = (answers: Partial<ReviewAnswers>) => applyReview(analysis, { date: TODAY, ...answers });

  it('refuses a file with syntax errors or merge conflicts', () => {
    assert.deepEqual(applyReview(analyzer.analyze('careerplan: 1\nactions: [\n', { today: TODAY }), { date: TODAY }), { ok: false, reason: 'edit.refused-syntax' });
    const conflicted = 'careerplan: 1\n<<<<<<< HEAD\nowner: A\n=======\nowner: B\n>>>>>>> other\n';
    assert.deepEqual(applyReview(analyzer.analyze(conflicted, { today: TODAY }), { date: TODAY }), { ok: false, reason: 'edit.refused-conflict' });
  });

  it('names an unknown action or experiment', () => {
    assert.deepEqual(refusal({ actions: [{ id: 'nope', decision: 'done' }] }), { ok: false, reason: 'edit.not-found', subject: 'nope' });
    assert.deepEqual(refusal({ experiments: [{ plan: 'tech-writer', id: 'nope', interest: 3 }] }), { ok: false, reason: 'edit.not-found', subject: 'tech-writer/nope' });
  });

  it('refuses answers out of range, bad dates and double answers', () => {
    for (const answers of [
      { date: '2026-02-30' },
      { experiments: [{ plan: 'tech-writer', id: 'tech-blog', interest: 6 }] },
      { skills: [{ id: 'writing', level: 7 }] },
      { skills: [{ id: 'Bad Id', level: 2 }] },
      { actions: [{ id: 'writing-course', decision: 'reschedule' as const, due: 'soon' }] },
      { actions: [{ id: 'keep-me', decision: 'keep' as const }, { id: 'keep-me', decision: 'drop' as const }] },
      { questions: { 'Not an id': 'x' } },
    ]) {
      const outcome = refusal(answers);
      assert.equal(outcome.ok, false, JSON.stringify(answers));
      assert.equal(!outcome.ok && outcome.reason, 'edit.unsupported', JSON.stringify(answers));
    }
  });

  it('only sets review.last and adds the entry when nothing else was answered', () => {
    const { result } = review(plan, { date: TODAY });
    const changed = result.split('\n').filter((line) => !plan.split('\n').includes(line));
    assert.deepEqual(changed, ['  last: 2026-11-24', '    - date: 2026-11-24']);
  });
});

describe('review: reviewChecklist', () => {
  const plan = readFileSync(join(dir, 'full.careerplan.yaml'), 'utf8')
    .replace('  keep-me:\n', '  done-lately:\n    do: Write three posts\n    status: done\n    done: 2026-10-01\n    develops: [writing, mentoring]\n  done-long-ago:\n    do: Old course\n    status: done\n    done: 2026-01-01\n    develops: [typescript]\n  keep-me:\n')
    .replace('  keep-me:\n    do: Keep this one as it is\n    due: 2027-05-01\n', '  keep-me:\n    do: Keep this one as it is\n    develops: [public-speaking]\n');
  const analysis = analyzer.analyze(plan, { today: TODAY });
  const checklist = reviewChecklist(analysis, TODAY);

  it('walks the open actions, overdue and soonest first, undated last', () => {
    assert.deepEqual(checklist.actions.map((a) => [a.id, a.due, a.overdue]), [
      ['pitch-guest-post', '2026-11-01', true],
      ['writing-course', '2027-02-28', false],
      ['typescript-deep-dive', '2027-03-31', false],
      ['keep-me', null, false],
    ]);
    assert.equal(checklist.lastReview, '2026-08-15');
  });

  it('lists finished experiments without a rating: done, or past their end date', () => {
    assert.deepEqual(checklist.experiments.map((e) => [e.plan, e.id, e.status]), [
      ['tech-writer', 'docs-volunteering', 'done'],
      ['tech-writer', 'tech-blog', 'running'],
    ]);
    const rated = analyzer.analyze(plan.replace('status: done   # finished in August', 'status: done\n        interest: 4'), { today: TODAY });
    assert.deepEqual(reviewChecklist(rated, TODAY).experiments.map((e) => e.id), ['tech-blog']);
    assert.deepEqual(reviewChecklist(analysis, '2026-10-01').experiments.map((e) => e.id), ['docs-volunteering']);
  });

  it('proposes the skills plans need higher, and those developed by actions done since the last review', () => {
    const skills = Object.fromEntries(checklist.skills.map((s) => [s.id, [s.level, s.suggested, s.reasons]]));
    assert.deepEqual(skills, {
      typescript: [4, 5, [{ kind: 'need', plan: 'primary', level: 5 }]],
      writing: [2, 3, [{ kind: 'need', plan: 'tech-writer', level: 4 }, { kind: 'develops', action: 'done-lately' }]],
      'instructional-design': [0, 1, [{ kind: 'need', plan: 'tech-writer', level: 3 }]],
      mentoring: [3, 4, [{ kind: 'develops', action: 'done-lately' }]],
    });
    assert.deepEqual(checklist.skills.find((s) => s.id === 'writing')!.why, ['plan "tech-writer" needs level 4', 'action "done-lately" is done and develops it']);
  });

  it('adds the skills of actions marked done during the review, but not unknown skills or skills at the top level', () => {
    const now = reviewChecklist(analysis, TODAY, { actionsDoneNow: ['writing-course', 'keep-me'] });
    assert.deepEqual(now.skills.find((s) => s.id === 'writing')!.reasons.filter((r) => r.kind === 'develops'), [
      { kind: 'develops', action: 'writing-course' },
      { kind: 'develops', action: 'done-lately' },
    ]);
    assert.equal(now.skills.some((s) => s.id === 'public-speaking'), false, 'public-speaking is neither a skill nor needed');
    const top = analyzer.analyze(plan.replace('typescript: 4        # daily work', 'typescript: 5'), { today: TODAY });
    assert.equal(reviewChecklist(top, TODAY).skills.some((s) => s.id === 'typescript'), false);
  });

  it('asks the seed questions, by stable id, in the user language', () => {
    assert.deepEqual(checklist.questions.map((q) => q.id), [...REVIEW_QUESTIONS]);
    assert.deepEqual(checklist.questions.map((q) => q.text), [
      en['review.question.job-disappeared'](),
      en['review.question.fund-enough'](),
      en['review.question.network-quiet'](),
    ]);
    assert.equal(checklist.questions[0].text, 'What would I do if my current job disappeared tomorrow?');
  });

  it('does not read the clock: the same plan and day give the same checklist', () => {
    assert.deepEqual(reviewChecklist(analysis, TODAY), checklist);
  });

  it('keeps the plan map untouched for an action that is kept', () => {
    const { result } = review(plan, { date: TODAY, actions: [{ id: 'keep-me', decision: 'keep' }] });
    assert.ok(result.includes('  keep-me:\n    do: Keep this one as it is\n    develops: [public-speaking]\n'));
    assert.ok(asMap(analyzer.analyze(result, { today: TODAY }).model.review?.map ?? null));
  });
});

describe('review: applyReview on generated plans', () => {
  const tricky = ['plain words', 'a, b; c: d # e', '[brackets] {braces}', '"quoted" and \'single\'', '中文：想法，计划', 'line one\nline two', '- dash first', 'yes', '42', ' padded '];

  it('answers every step of the checklist without damaging the file', function () {
    this.timeout(60000);
    for (const seed of [1, 2, 3, 5, 8]) {
      const random = mulberry32(seed);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
      const text = generatePlan({ lines: 600, seed, lang: seed % 2 ? 'en' : 'zh' });
      const before = analyzer.analyze(text, { today: TODAY });
      const checklist = reviewChecklist(before, TODAY);
      const answers: ReviewAnswers = {
        date: TODAY,
        notes: pick(tricky),
        actions: checklist.actions.map((a) => {
          const decision = pick(['done', 'keep', 'reschedule', 'drop'] as const);
          return decision === 'reschedule' ? { id: a.id, decision, due: '2027-06-30' } : { id: a.id, decision };
        }),
        experiments: checklist.experiments.map((e) => ({ plan: e.plan, id: e.id, interest: 1 + Math.floor(random() * 5), learned: pick(tricky) })),
        skills: checklist.skills.map((k) => ({ id: k.id, level: k.suggested })),
        questions: Object.fromEntries(checklist.questions.map((q) => [q.id, pick(tricky)])),
        since: { commits: 3 },
      };
      const { result } = review(text, answers);
      const after = analyzer.analyze(result, { today: TODAY });
      const broken = (a: Analysis) => a.findings.filter((f) => f.code === 'yaml-syntax' || f.code === 'schema').map((f) => `${f.code}: ${f.message}`);
      assert.deepEqual(broken(after), broken(before), `seed ${seed}`);
      assertModelShows(before, after, answers);
      // Lines not named by an answer stay as they were: the edit only adds and replaces lines.
      const kept = text.split('\n').filter((line) => result.includes(line)).length;
      assert.ok(kept > text.split('\n').length - 3 * (answers.actions!.length + answers.experiments!.length + answers.skills!.length) - 5, `seed ${seed}: few lines changed`);
    }
  });
});
