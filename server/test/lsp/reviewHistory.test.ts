/**
 * The requests behind the review flow, the history view, the timeline and the calendar export,
 * over real JSON-RPC against the built server: git runs on throwaway repositories, edits are
 * applied the way an editor applies them, and the `.ics` is read back with ical.js.
 */
import * as assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ApplyReviewRequest, CalendarRequest, ChangesSinceReviewRequest, HistoryRequest, PlanAtCommitRequest, ReviewChecklistRequest,
  TimelineRequest, WorkspaceTrustNotification,
} from '../../src/lsp/protocol';
import { TestRepo } from '../gitRepo';
import { fileUri, TestClient } from './client';
import { EXAMPLE, TODAY } from './suite';


const plan = (actions: Record<string, string>, skills = 'writing: 2', last = '2026-03-01') => `careerplan: 1
skills:
  ${skills}
plans:
  writer: { title: Writer, kind: backup }
actions:
${Object.entries(actions).map(([id, status]) => `  ${id}: { do: ${id}, plan: writer, due: 2026-12-01, status: ${status} }`).join('\n')}
review:
  every: 3m
  last: ${last}
`;

/** A git on the PATH that logs each call before running the real one: shows whether git ran at all. */
function loggingGit(): { dir: string; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'careerplan-fake-git-'));
  const log = join(dir, 'calls.log');
  const realGit = ['/usr/bin/git', '/usr/local/bin/git', '/bin/git'].find((p) => existsSync(p)) ?? 'git';
  writeFileSync(join(dir, 'git'), `#!/bin/sh\necho "$@" >> '${log}'\nexec '${realGit}' "$@"\n`);
  chmodSync(join(dir, 'git'), 0o755);
  return { dir, log };
}

describe('language server: history, review, timeline and calendar requests', function () {
  this.timeout(30_000);
  let client: TestClient | undefined;
  let repo: TestRepo | undefined;
  const scratch: string[] = [];

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    repo?.remove();
    repo = undefined;
    scratch.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  function repoWithHistory(): { file: string; uri: string; commits: string[] } {
    repo = new TestRepo();
    const file = repo.write('me.careerplan.yaml', plan({ a: 'todo', b: 'todo' }, 'writing: 1', '2026-01-01'));
    const commits = [repo.commit('Start the plan', { files: ['me.careerplan.yaml'] })];
    repo.write('me.careerplan.yaml', plan({ a: 'done', b: 'todo' }, 'writing: 2', '2026-01-01'));
    commits.push(repo.commit('Finish a', { files: ['me.careerplan.yaml'] }));
    repo.write('me.careerplan.yaml', plan({ a: 'done', b: 'done' }, 'writing: 3', '2026-01-01'));
    commits.push(repo.commit('Finish b, better writing', { files: ['me.careerplan.yaml'] }));
    return { file, uri: fileUri(file), commits };
  }

  it('lists the commits of a plan with the progress at each, reporting $/progress on the client token, then from its cache', async () => {
    const { uri, commits } = repoWithHistory();
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY }, workspaceFolders: [repo!.dir] });
    const first = await client.request<HistoryRequest.Result>(HistoryRequest.method, { uri, workDoneToken: 'history-1' });
    assert.equal(first.kind, 'ok');
    if (first.kind !== 'ok') return;
    assert.deepEqual(first.rows.map((r) => [r.commit, r.message, r.author, r.actionsDone, r.actionsTotal]), [
      [commits[2], 'Finish b, better writing', 'Ada Lovelace', 2, 2],
      [commits[1], 'Finish a', 'Ada Lovelace', 1, 2],
      [commits[0], 'Start the plan', 'Ada Lovelace', 0, 2],
    ]);
    assert.deepEqual(first.rows[0].skillsRaised, [{ id: 'writing', from: 2, to: 3 }]);
    const progress = client.progress as Array<{ token: string; value: { kind: string; percentage?: number } }>;
    const mine = progress.filter((p) => p.token === 'history-1').map((p) => p.value);
    assert.equal(mine[0].kind, 'begin');
    assert.equal(mine.at(-1)?.kind, 'end');
    assert.ok(mine.some((v) => v.kind === 'report' && v.percentage === 100), JSON.stringify(mine));

    const second = await client.request<HistoryRequest.Result>(HistoryRequest.method, { uri, workDoneToken: 'history-2' });
    assert.deepEqual(second, first);
    assert.deepEqual(progress.filter((p) => p.token === 'history-2'), [], 'every version came from the cache');
  });

  it('serves a past version by blob id, for a diff against the working copy', async () => {
    const { uri } = repoWithHistory();
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY }, workspaceFolders: [repo!.dir] });
    const history = await client.request<HistoryRequest.Result>(HistoryRequest.method, { uri });
    assert.equal(history.kind, 'ok');
    if (history.kind !== 'ok') return;
    const oldest = history.rows[2];
    const version = await client.request<PlanAtCommitRequest.Result>(PlanAtCommitRequest.method, { uri, blob: oldest.blob });
    assert.deepEqual(version, { kind: 'ok', text: plan({ a: 'todo', b: 'todo' }, 'writing: 1', '2026-01-01') });
    const bad = await client.request<PlanAtCommitRequest.Result>(PlanAtCommitRequest.method, { uri, blob: 'HEAD; rm -rf /' });
    assert.equal(bad.kind, 'git-error');
  });

  it('says why there is no history: not in git, git missing', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'careerplan-nogit-'));
    scratch.push(outside);
    writeFileSync(join(outside, 'me.careerplan.yaml'), plan({ a: 'todo' }));
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY, GIT_CEILING_DIRECTORIES: tmpdir() }, workspaceFolders: [outside] });
    const notInGit = await client.request<HistoryRequest.Result>(HistoryRequest.method, { uri: fileUri(join(outside, 'me.careerplan.yaml')) });
    assert.equal(notInGit.kind, 'not-in-git');
    const untitled = await client.request<HistoryRequest.Result>(HistoryRequest.method, { uri: 'untitled:Untitled-1' });
    assert.equal(untitled.kind, 'not-in-git');
    await client.stop();

    const { uri } = repoWithHistory();
    const empty = mkdtempSync(join(tmpdir(), 'careerplan-nopath-'));
    scratch.push(empty);
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY, PATH: empty }, workspaceFolders: [repo!.dir] });
    const missing = await client.request<HistoryRequest.Result>(HistoryRequest.method, { uri });
    assert.equal(missing.kind, 'git-unavailable');
  });

  it('starts no git process while the workspace is untrusted, and works once it is trusted', async () => {
    const { uri } = repoWithHistory();
    const git = loggingGit();
    scratch.push(git.dir);
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY, PATH: `${git.dir}:${process.env.PATH}` }, initializationOptions: { workspaceTrusted: false } });
    await client.open(uri, readFileSync(new URL(uri), 'utf8'));
    for (const method of [HistoryRequest.method, ChangesSinceReviewRequest.method]) {
      const answer: { kind: string } = await client.request<{ kind: string }>(method, { uri });
      assert.equal(answer.kind, 'untrusted', method);
    }
    const blob = await client.request<{ kind: string }>(PlanAtCommitRequest.method, { uri, blob: '0'.repeat(40) });
    assert.equal(blob.kind, 'untrusted');
    assert.ok(!existsSync(git.log), 'git was not run');

    await client.connection.sendNotification(WorkspaceTrustNotification.method, { trusted: true });
    const trusted = await client.request<HistoryRequest.Result>(HistoryRequest.method, { uri });
    assert.equal(trusted.kind, 'ok');
    assert.match(readFileSync(git.log, 'utf8'), /log --follow/);
  });

  it('tells what changed since the last review, from the commit at the review to the unsaved text', async () => {
    repo = new TestRepo();
    const file = repo.write('me.careerplan.yaml', plan({ a: 'todo', b: 'todo' }, 'writing: 1', '2026-01-01'));
    repo.commit('Reviewed', { files: ['me.careerplan.yaml'], date: '2026-01-01T10:00:00+00:00' });
    repo.write('me.careerplan.yaml', plan({ a: 'done', b: 'todo' }, 'writing: 2', '2026-01-01'));
    repo.commit('Finish a', { files: ['me.careerplan.yaml'], date: '2026-02-01T10:00:00+00:00' });
    const uri = fileUri(file);
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY } });
    // Unsaved in the editor: b is done too.
    await client.open(uri, plan({ a: 'done', b: 'done' }, 'writing: 2', '2026-01-01'));
    const changes = await client.request<ChangesSinceReviewRequest.Result>(ChangesSinceReviewRequest.method, { uri });
    assert.equal(changes.kind, 'ok');
    if (changes.kind !== 'ok') return;
    assert.equal(changes.lastReview, '2026-01-01');
    assert.equal(changes.commits, 1);
    assert.deepEqual(changes.changes, { actionsDone: ['a', 'b'], skillsRaised: { writing: 2 }, experimentsFinished: [] });
  });

  describe('review', () => {
    const URI = 'file:///plans/ada.careerplan.yaml';

    it('gives the checklist of exactly the version the client has, in the server locale', async () => {
      client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY }, locale: 'zh-cn' });
      await client.open(URI, EXAMPLE);
      const stale = await client.request<ReviewChecklistRequest.Result>(ReviewChecklistRequest.method, { uri: URI, version: 7 });
      assert.ok(stale.error && !stale.checklist);
      const { checklist } = await client.request<ReviewChecklistRequest.Result>(ReviewChecklistRequest.method, { uri: URI, version: 1 });
      assert.ok(checklist);
      assert.equal(checklist.today, TODAY);
      assert.equal(checklist.lastReview, '2026-09-15');
      assert.ok(checklist.actions.some((a) => a.id === 'pitch-guest-post' && a.overdue));
      assert.deepEqual(checklist.experiments.map((e) => e.id), ['docs-volunteering']);
      assert.deepEqual(checklist.questions.map((q) => q.id), ['job-disappeared', 'fund-enough', 'network-quiet']);
      assert.match(checklist.questions[0].text, /[\u4e00-\u9fff]/);
    });

    it('applies a whole review as one edit of that version; refuses a file with syntax errors', async () => {
      client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY } });
      await client.open(URI, EXAMPLE);
      const answers = {
        date: TODAY,
        notes: 'Good quarter',
        actions: [{ id: 'pitch-guest-post', decision: 'done' }],
        experiments: [{ plan: 'tech-writer', id: 'docs-volunteering', interest: 4, learned: 'I like explaining' }],
        skills: [{ id: 'writing', level: 3 }],
        questions: { 'job-disappeared': 'Freelance writing' },
      };
      const result = await client.request<ApplyReviewRequest.Result>(ApplyReviewRequest.method, { uri: URI, version: 1, answers });
      const changes = (result.edit?.documentChanges ?? []) as TextDocumentEdit[];
      assert.equal(changes.length, 1, JSON.stringify(result));
      assert.deepEqual(changes[0].textDocument, { uri: URI, version: 1 });
      const after = TextDocument.applyEdits(TextDocument.create(URI, 'careerplan', 1, EXAMPLE), changes[0].edits);
      assert.match(after, /\n {2}last: 2026-11-24\n/);
      assert.match(after, /\n {4}- date: 2026-11-24\n {6}notes: Good quarter\n {6}answers:\n {8}job-disappeared: Freelance writing\n {6}changes:\n {8}actions-done: \[pitch-guest-post\]/);
      assert.match(after, /writing: \{ level: 3, kind: digital/);

      const version = await client.change(URI, [{ text: EXAMPLE + 'broken: [\n' }]);
      const refused = await client.request<ApplyReviewRequest.Result>(ApplyReviewRequest.method, { uri: URI, version, answers });
      assert.ok(!refused.edit);
      assert.match(refused.error ?? '', /syntax errors/);
      const noChecklist = await client.request<ReviewChecklistRequest.Result>(ReviewChecklistRequest.method, { uri: URI, version });
      assert.match(noChecklist.error ?? '', /syntax errors/);
    });
  });

  it('draws the timeline of an open plan with a lane per plan', async () => {
    const URI = 'file:///plans/ada.careerplan.yaml';
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY } });
    await client.open(URI, EXAMPLE);
    const timeline = await client.request<TimelineRequest.Result>(TimelineRequest.method, { uri: URI });
    assert.ok(timeline);
    assert.equal(timeline.version, 1);
    assert.equal(timeline.today, TODAY);
    assert.deepEqual(timeline.lanes.map((l) => l.plan), ['primary', 'tech-writer']);
    assert.ok(timeline.lanes[1].items.some((i) => i.kind === 'action' && i.id === 'pitch-guest-post' && i.overdue));
    assert.equal(await client.request(TimelineRequest.method, { uri: 'file:///nowhere/none.careerplan.yaml' }), null);
  });

  it('exports open and closed plans as one calendar, leaving out a broken one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'careerplan-ics-'));
    scratch.push(dir);
    const closed = join(dir, 'closed.careerplan.yaml');
    writeFileSync(closed, plan({ x: 'todo', y: 'done' }));
    const broken = join(dir, 'broken.careerplan.yaml');
    writeFileSync(broken, 'careerplan: 1\nactions: [\n');
    const openUri = fileUri(join(dir, 'ada.careerplan.yaml'));
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY }, workspaceFolders: [dir] });
    await client.open(openUri, EXAMPLE);
    const result = await client.request<CalendarRequest.Result>(CalendarRequest.method, { uris: [openUri, fileUri(closed), fileUri(broken)] });
    assert.deepEqual(result.skipped, [{ uri: fileUri(broken), reason: 'syntax-errors' }]);
    const events = new ICAL.Component(ICAL.parse(result.ics)).getAllSubcomponents('vevent');
    assert.equal(events.length, result.events);
    const actions = events.map((e) => e.getFirstPropertyValue('x-careerplan-action')).filter(Boolean);
    assert.ok(actions.includes('x') && !actions.includes('y'), JSON.stringify(actions));
    assert.ok(actions.includes('pitch-guest-post'));
    for (const event of events) assert.equal(String(event.getFirstPropertyValue('dtstamp')), '2026-11-24T00:00:00Z');
  });
});
