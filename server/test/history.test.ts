/**
 * A plan's git history, on throwaway repositories the tests build: commits, a branch merged back,
 * a rename with `git mv`, unrelated commits, a file outside any repository. The user's own git
 * runs, as in the product.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePlan, mulberry32 } from '../../scripts/genplan.mjs';
import { hasChanges, progressAt, ProgressReader, skillRaises, summarizeChanges, type PlanProgress } from '../src/core/history';
import { changesSinceReview, parseLog, planHistory, type HistoryRow } from '../src/node/git/history';
import { TestRepo } from './gitRepo';

interface Version {
  done?: string[];
  dropped?: string[];
  skills?: Record<string, number>;
  experiment?: 'running' | 'done';
  lastReview?: string;
}

/** A small plan whose progress is set by the arguments; each field sits on its own line so versions merge cleanly. */
function plan(v: Version): string {
  const status = (id: string) => (v.done?.includes(id) ? 'done' : v.dropped?.includes(id) ? 'dropped' : 'todo');
  const skills = Object.entries(v.skills ?? { writing: 1 }).map(([id, level]) => `  ${id}: ${level}\n`).join('');
  return `careerplan: 1
owner: Ada

skills:
${skills}
plans:
  writer:
    title: Writer
    kind: backup
    experiments:
      blog:
        kind: side-project
        from: 2026-01-01
        to: 2026-06-30
        status: ${v.experiment ?? 'running'}

actions:
  start-blog:
    do: Start the blog
    due: 2026-02-01
    status: ${status('start-blog')}

  pitch:
    do: Pitch a magazine
    due: 2026-03-01
    status: ${status('pitch')}

  course:
    do: Take a course
    due: 2026-04-01
    status: ${status('course')}

review:
  every: 3m
  last: ${v.lastReview ?? '2026-01-01'}
`;
}

describe('history: progress of one version', () => {
  it('counts done actions out of all but dropped ones, skill levels and ended experiments', () => {
    const progress = progressAt(plan({ done: ['start-blog'], dropped: ['course'], skills: { writing: 2, typescript: 3 }, experiment: 'done' }));
    assert.deepEqual(progress, {
      actionsDone: ['start-blog'],
      actionsTotal: 2,
      skills: { writing: 2, typescript: 3 },
      experimentsEnded: [{ plan: 'writer', id: 'blog' }],
      syntaxErrors: false,
    });
  });

  it('reads a broken version as best it can and says so', () => {
    const progress = progressAt('careerplan: 1\nactions: [\n');
    assert.equal(progress.syntaxErrors, true);
    assert.equal(progress.actionsTotal, 0);
  });

  it('summarizes what moved forward between two versions', () => {
    const before = progressAt(plan({ skills: { writing: 1, typescript: 3 } }));
    const after = progressAt(plan({ done: ['start-blog', 'pitch'], skills: { writing: 3, typescript: 2, cooking: 1 }, experiment: 'done' }));
    assert.deepEqual(summarizeChanges(before, after), {
      actionsDone: ['start-blog', 'pitch'],
      skillsRaised: { writing: 3, cooking: 1 },
      experimentsFinished: ['blog'],
    });
    assert.deepEqual(skillRaises(before, after), [
      { id: 'writing', from: 1, to: 3 },
      { id: 'cooking', from: 0, to: 1 },
    ]);
    assert.equal(hasChanges(summarizeChanges(after, after)), false);
    assert.deepEqual(summarizeChanges(null, after).actionsDone, ['start-blog', 'pitch']);
    assert.deepEqual(summarizeChanges(plan({ skills: { writing: 1, typescript: 3 } }), plan({ done: ['start-blog', 'pitch'], skills: { writing: 3, typescript: 2, cooking: 1 }, experiment: 'done' })), summarizeChanges(before, after), 'texts work as well as progress');
  });
});

describe('history: reading many versions with ProgressReader', () => {
  /** Small edits of the kinds a history holds, and some that break the file. */
  const mutations: Array<(lines: string[], pick: (n: number) => number) => void> = [
    (lines, pick) => {
      const statuses = lines.flatMap((l, i) => (/^\s+status: /.test(l) ? [i] : []));
      if (statuses.length) {
        const i = statuses[pick(statuses.length)];
        lines[i] = lines[i].replace(/status: \w+/, ['status: done', 'status: dropped', 'status: todo'][pick(3)]);
      }
    },
    (lines, pick) => {
      const levels = lines.flatMap((l, i) => (/^ {2}[a-z0-9-]+: [0-5]/.test(l) || /level: [0-5]/.test(l) ? [i] : []));
      if (levels.length) {
        const i = levels[pick(levels.length)];
        lines[i] = lines[i].replace(/([:] )([0-5])/, (_, c, d) => `${c}${(Number(d) + 1) % 6}`);
      }
    },
    (lines, pick) => void lines.splice(pick(lines.length), 1),
    (lines, pick) => {
      const i = pick(lines.length);
      lines.splice(i, 0, lines[i]);
    },
    (lines, pick) => void lines.splice(pick(lines.length), 0, ['  broken: [unclosed', '\tindent: tab', 'actions:', '<<<<<<< HEAD', 'skills: { a: 1, b: { level: 2 } }', '- top-level item', '  dup: 1\n  dup: 2'][pick(7)]),
  ];

  it('gives the same progress as progressAt of the whole text, version after version', () => {
    const seen = { clean: 0, broken: 0 };
    for (const seed of [1, 2, 3, 4]) {
      const random = mulberry32(seed);
      const pick = (n: number) => Math.floor(random() * n);
      const reader = new ProgressReader();
      const lines = generatePlan({ lines: 400, seed, lang: seed % 2 ? 'en' : 'zh' }).split('\n');
      for (let version = 0; version < 60; version++) {
        // Status and level edits pile up from version to version; lines deleted, doubled or broken are undone in the next one.
        mutations[pick(2)](lines, pick);
        const shown = [...lines];
        if (version % 2) mutations[2 + pick(3)](shown, pick);
        const text = shown.join(version % 11 === 10 ? '\r\n' : '\n');
        const expected = progressAt(text);
        assert.deepEqual(reader.read(text), expected, `seed ${seed}, version ${version}`);
        seen[expected.syntaxErrors ? 'broken' : 'clean']++;
      }
    }
    assert.ok(seen.clean > 50 && seen.broken > 50, `both valid and broken versions were read: ${JSON.stringify(seen)}`);
  });

  it('handles texts the chunk layout leaves whole, and conflicts', () => {
    const reader = new ProgressReader();
    for (const text of ['', '---\ncareerplan: 1\n', '- a\n- b\n', '"quoted": 1\nactions:\n  a: { do: x, status: done }\n', plan({ done: ['pitch'] }).replace('owner: Ada', '<<<<<<< HEAD\nowner: Ada\n=======\nowner: Bo\n>>>>>>> x')]) {
      assert.deepEqual(reader.read(text), progressAt(text), JSON.stringify(text.slice(0, 40)));
    }
  });
});

describe('history: git log of a plan', function () {
  this.timeout(60000);
  let repo: TestRepo;
  const commits: Record<string, string> = {};
  let file: string;

  before(() => {
    repo = new TestRepo();
    repo.write('notes.md', 'unrelated\n');
    repo.write('plan.careerplan.yaml', plan({}));
    commits.start = repo.commit('Start the plan', { files: ['plan.careerplan.yaml', 'notes.md'] });
    repo.write('plan.careerplan.yaml', plan({ done: ['start-blog'], skills: { writing: 2 } }));
    commits.blog = repo.commit('Blog started', { files: ['plan.careerplan.yaml'] });
    repo.write('notes.md', 'still unrelated\n');
    commits.notes = repo.commit('Notes only', { files: ['notes.md'] });
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('plan.careerplan.yaml', plan({ done: ['start-blog'], skills: { writing: 2, typescript: 3 } }));
    commits.side = repo.commit('Add typescript on a branch', { files: ['plan.careerplan.yaml'] });
    repo.git('checkout', '-q', 'main');
    repo.write('plan.careerplan.yaml', plan({ done: ['start-blog'], dropped: ['course'], skills: { writing: 2 } }));
    commits.drop = repo.commit('Drop the course', { files: ['plan.careerplan.yaml'] });
    commits.merge = repo.merge('side', 'Merge the typescript branch');
    repo.git('mv', 'plan.careerplan.yaml', '计划 ada.careerplan.yaml');
    commits.rename = repo.commit('Rename the plan');
    file = repo.write('计划 ada.careerplan.yaml', plan({ done: ['start-blog', 'pitch'], dropped: ['course'], skills: { writing: 3, typescript: 3 }, experiment: 'done', lastReview: '2026-01-09' }));
    commits.pitch = repo.commit('Pitch sent, review', { files: ['计划 ada.careerplan.yaml'] });
  });
  after(() => repo.remove());

  const summary = (rows: HistoryRow[]) => rows.map((r) => [r.message, r.change, r.path, `${r.actionsDone}/${r.actionsTotal}`, r.skillsRaised.map((s) => `${s.id} ${s.from}→${s.to}`).join(', ')]);

  it('lists the commits that touched the plan, newest first, through the merge and the rename', async () => {
    const history = await planHistory(file);
    assert.equal(history.kind, 'ok');
    if (history.kind !== 'ok') return;
    assert.equal(history.path, '计划 ada.careerplan.yaml');
    assert.deepEqual(summary(history.rows), [
      ['Pitch sent, review', 'M', '计划 ada.careerplan.yaml', '2/2', 'writing 2→3'],
      ['Rename the plan', 'R', '计划 ada.careerplan.yaml', '1/2', ''],
      ['Merge the typescript branch', 'M', 'plan.careerplan.yaml', '1/2', 'typescript 0→3'],
      ['Drop the course', 'M', 'plan.careerplan.yaml', '1/2', ''],
      ['Add typescript on a branch', 'M', 'plan.careerplan.yaml', '1/3', 'typescript 0→3'],
      ['Blog started', 'M', 'plan.careerplan.yaml', '1/3', 'writing 1→2'],
      ['Start the plan', 'A', 'plan.careerplan.yaml', '0/3', ''],
    ]);
    assert.deepEqual(history.rows.map((r) => r.commit), [commits.pitch, commits.rename, commits.merge, commits.drop, commits.side, commits.blog, commits.start]);
  });

  it('gives each row its date, author and the blob of the plan at that commit', async () => {
    const history = await planHistory(file);
    assert.equal(history.kind, 'ok');
    if (history.kind !== 'ok') return;
    for (const row of history.rows) {
      assert.match(row.date, /^2026-01-\d\dT09:00:00\+00:00$/);
      assert.equal(row.author, 'Ada Lovelace');
      assert.equal(row.blob, repo.git('rev-parse', `${row.commit}:${row.path}`).trim());
      assert.equal(row.syntaxErrors, false);
    }
    assert.equal(history.rows[1].blob, history.rows[2].blob, 'a pure rename keeps the blob');
  });

  it('reads each blob once and, with the cache kept, no blob the second time', async () => {
    const cache = new Map<string, PlanProgress>();
    const first = await planHistory(file, { cache });
    assert.equal(first.kind, 'ok');
    assert.equal(cache.size, 6, 'seven commits, six distinct versions (the rename keeps one)');
    let computed = 0;
    const counting = { get: (blob: string) => cache.get(blob), set: (blob: string, p: PlanProgress) => (computed++, cache.set(blob, p)) };
    const progress: number[] = [];
    const second = await planHistory(file, { cache: counting, onProgress: (done) => progress.push(done) });
    assert.equal(computed, 0);
    assert.deepEqual(progress, [0], 'nothing left to read');
    assert.deepEqual(second, first);
  });

  it('follows the plan from a sub-folder path too', async () => {
    const nested = new TestRepo();
    try {
      const path = nested.write('plans/bo.careerplan.yaml', plan({}));
      nested.commit('Add', { files: ['plans/bo.careerplan.yaml'] });
      const history = await planHistory(path);
      assert.equal(history.kind === 'ok' && history.path, 'plans/bo.careerplan.yaml');
      assert.equal(history.kind === 'ok' && history.rows.length, 1);
    } finally {
      nested.remove();
    }
  });

  it('works out what changed since the last review against the working copy', async () => {
    // Commits are a day apart from 2026-01-06: "Drop the course" is on 2026-01-10.
    const working = plan({ done: ['start-blog', 'pitch', 'course'], skills: { writing: 4, typescript: 3 }, experiment: 'done' });
    const since = await changesSinceReview(file, working, '2026-01-10');
    assert.equal(since.kind, 'ok');
    if (since.kind !== 'ok') return;
    assert.equal(since.base?.commit, commits.drop);
    assert.equal(since.commits, 3, 'merge, rename, pitch');
    assert.deepEqual(since.changes, { actionsDone: ['pitch', 'course'], skillsRaised: { writing: 4, typescript: 3 }, experimentsFinished: ['blog'] });

    const beforeHistory = await changesSinceReview(file, working, '2025-12-01');
    assert.equal(beforeHistory.kind === 'ok' && beforeHistory.base?.commit, commits.start);
    assert.equal(beforeHistory.kind === 'ok' && beforeHistory.commits, 7);
    const never = await changesSinceReview(file, working, null);
    assert.equal(never.kind === 'ok' && never.base, null);
    assert.deepEqual(never.kind === 'ok' && never.changes.actionsDone, ['start-blog', 'pitch', 'course']);
  });

  it('has no rows for a plan that was never committed', async () => {
    const fresh = repo.write('new.careerplan.yaml', plan({}));
    const history = await planHistory(fresh);
    assert.equal(history.kind, 'ok');
    assert.deepEqual(history.kind === 'ok' && history.rows, []);
  });

  it('says so, without throwing, for a plan outside git, a missing folder or a missing git', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'careerplan-nogit-'));
    try {
      const path = join(outside, 'solo.careerplan.yaml');
      writeFileSync(path, plan({}));
      assert.equal((await planHistory(path)).kind, 'not-in-git');
      assert.equal((await changesSinceReview(path, plan({}), null)).kind, 'not-in-git');
      assert.equal((await planHistory(join(outside, 'missing', 'x.careerplan.yaml'))).kind, 'not-in-git');
      assert.equal((await planHistory(file, { git: join(outside, 'no-such-git') })).kind, 'git-unavailable');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('has no rows in a repository without commits', async () => {
    const empty = new TestRepo();
    try {
      const path = empty.write('a.careerplan.yaml', plan({}));
      const history = await planHistory(path);
      assert.deepEqual(history.kind === 'ok' && history.rows, []);
    } finally {
      empty.remove();
    }
  });
});

describe('history: reading git log output', () => {
  it('takes paths by count, so any byte in a name is safe', () => {
    const blob = (n: number) => String(n).repeat(40);
    const output = [
      `\x1e${'c'.repeat(40)}`, '2026-01-02T00:00:00+00:00', 'Ada', 'Rename',
      `\n:100644 100644 ${blob(1)} ${blob(1)} R100`, 'old\x1e name.careerplan.yaml', 'new\nname.careerplan.yaml',
      `\x1e${'b'.repeat(40)}`, '2026-01-01T00:00:00+00:00', 'Ada', 'Merge without a diff',
      `\x1e${'a'.repeat(40)}`, '2025-12-31T00:00:00+00:00', 'Ada', 'Delete',
      `\n:100644 000000 ${blob(2)} ${'0'.repeat(40)} D`, 'old\x1e name.careerplan.yaml', '',
    ].join('\0');
    const rows = parseLog(output, 'new\nname.careerplan.yaml');
    assert.deepEqual(rows.map((r) => [r.message, r.change, r.path, r.blob]), [
      ['Rename', 'R', 'new\nname.careerplan.yaml', blob(1)],
      ['Merge without a diff', 'merge', 'old\x1e name.careerplan.yaml', null],
      ['Delete', 'D', 'old\x1e name.careerplan.yaml', null],
    ]);
  });
});
