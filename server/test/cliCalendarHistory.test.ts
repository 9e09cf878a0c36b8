/**
 * `careerplan calendar` and `careerplan history`, run as users run them: the built dist/cli.js in
 * a child process (run `npm run build` first; `npm test` does).
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { CLI, runCli, type CliRun } from './cliRun';
import { GIT_TEST_ENV, TestRepo } from './gitRepo';

const TODAY = '2026-11-24';

/** The built CLI in a clean environment, with git reading no user or system configuration. */
function cli(args: string[], cwd: string): CliRun {
  const git = Object.entries(GIT_TEST_ENV).filter((entry): entry is [string, string] => entry[0].startsWith('GIT_') && entry[1] !== undefined);
  return runCli(args, { cwd, env: Object.fromEntries(git) });
}

const PLAN = `careerplan: 1
plans:
  writer: { title: Writer, kind: backup }
actions:
  pitch:
    do: Pitch an article, then follow up
    plan: writer
    due: 2026-12-01
  course:
    do: Take a course
    due: 2027-01-15
    status: done
network:
  jane: { name: Jane Doe, role: mentor, next-contact: 2027-02-01 }
`;

function events(ics: string): Array<{ uid: string; summary: string; start: string }> {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => ({
    uid: String(e.getFirstPropertyValue('uid')),
    summary: String(e.getFirstPropertyValue('summary')),
    start: String(e.getFirstPropertyValue('dtstart')),
  }));
}

describe('careerplan calendar', function () {
  this.timeout(30000);
  let repo: TestRepo;

  before(function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
    repo = new TestRepo('careerplan-cli-calendar-');
    repo.write('plans/ada.careerplan.yaml', PLAN);
  });
  after(() => repo.remove());

  it('writes the calendar to stdout, one event per dated open action and contact date', () => {
    const run = cli(['calendar', '--today', TODAY, 'plans/ada.careerplan.yaml'], repo.dir);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.deepEqual(events(run.stdout).map((e) => [e.summary, e.start]), [
      ['Pitch an article, then follow up', '2026-12-01'],
      ['Get in touch with Jane Doe', '2027-02-01'],
    ]);
    assert.ok(run.stdout.includes('\r\nDTSTAMP:20261124T000000Z\r\n'));
  });

  it('gives the same UIDs wherever it runs from, so a re-import updates the events', () => {
    const fromRoot = cli(['calendar', '--today', TODAY, 'plans/ada.careerplan.yaml'], repo.dir);
    const fromFolder = cli(['calendar', '--today', TODAY, 'ada.careerplan.yaml'], join(repo.dir, 'plans'));
    const fromElsewhere = cli(['calendar', '--today', TODAY, join(repo.dir, 'plans')], tmpdir());
    assert.equal(fromFolder.stdout, fromRoot.stdout);
    assert.equal(fromElsewhere.stdout, fromRoot.stdout);
  });

  it('writes a file with -o and says how many events it holds', () => {
    const run = cli(['calendar', '--today', TODAY, '-o', 'career.ics', 'plans'], repo.dir);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, 'Wrote 2 events to career.ics\n');
    const written = readFileSync(join(repo.dir, 'career.ics'), 'utf8');
    assert.equal(written, cli(['calendar', '--today', TODAY, 'plans'], repo.dir).stdout);
  });

  it('leaves out a plan it cannot read, names it, and exits 1', () => {
    repo.write('plans/broken.careerplan.yaml', 'careerplan: 1\nactions: [\n');
    try {
      const run = cli(['calendar', '--today', TODAY, 'plans'], repo.dir);
      assert.equal(run.status, 1);
      assert.match(run.stderr, /plans\/broken\.careerplan\.yaml is left out: it has YAML syntax errors/);
      assert.equal(events(run.stdout).length, 2);
    } finally {
      rmSync(join(repo.dir, 'plans', 'broken.careerplan.yaml'));
    }
  });

  it('reminds a day before each event, at another span with --alarm, never with --no-alarm', () => {
    const triggers = (args: string[]) => cli(['calendar', '--today', TODAY, ...args, 'plans'], repo.dir).stdout.match(/TRIGGER:[^\r]+/g) ?? [];
    assert.deepEqual(triggers([]), ['TRIGGER:-P1D', 'TRIGGER:-P1D']);
    assert.deepEqual(triggers(['--alarm', '2w']), ['TRIGGER:-P2W', 'TRIGGER:-P2W']);
    assert.deepEqual(triggers(['--no-alarm']), []);
  });

  it('speaks Chinese with --lang zh', () => {
    const run = cli(['calendar', '--today', TODAY, '--lang', 'zh', 'plans'], repo.dir);
    assert.ok(events(run.stdout).some((e) => e.summary === '联系 Jane Doe'));
  });

  it('exits 2 for usage and I/O errors', () => {
    for (const args of [['calendar', '--today', '2026-13-01', 'plans'], ['calendar', 'missing.careerplan.yaml'], ['calendar', '--bogus'], ['calendar', '-o', 'no/such/folder/x.ics', 'plans'], ['calendar', '--alarm', '3x', 'plans'], ['calendar', '--alarm', '1d', '--no-alarm', 'plans']]) {
      const run = cli(args, repo.dir);
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, /^careerplan: /);
    }
    assert.equal(cli(['calendar', '--help'], repo.dir).status, 0);
  });
});

describe('careerplan history', function () {
  this.timeout(30000);
  let repo: TestRepo;

  before(function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
    repo = new TestRepo('careerplan-cli-history-');
    repo.write('ada.careerplan.yaml', `${PLAN.replace('status: done', 'status: todo')}skills: { writing: 1 }\n`);
    repo.commit('Start', { files: ['ada.careerplan.yaml'] });
    repo.write('ada.careerplan.yaml', `${PLAN}skills: { writing: 2 }\n`);
    repo.commit('Course done, writing up', { files: ['ada.careerplan.yaml'] });
  });
  after(() => repo.remove());

  it('prints the progress table, newest first', () => {
    const run = cli(['history', 'ada.careerplan.yaml'], repo.dir);
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.split('\n');
    assert.match(lines[0], /^DATE\s+COMMIT\s+AUTHOR\s+ACTIONS\s+SKILLS RAISED\s+MESSAGE$/);
    assert.match(lines[1], /^2026-01-07\s+[0-9a-f]{8}\s+Ada Lovelace\s+1\/2\s+writing 1→2\s+Course done, writing up$/);
    assert.match(lines[2], /^2026-01-06\s+[0-9a-f]{8}\s+Ada Lovelace\s+0\/2\s+-\s+Start$/);
    assert.equal(lines[4], '2 commits; actions done 0/2 → 1/2');
  });

  it('prints JSON rows with --format json', () => {
    const run = cli(['history', '--format', 'json', 'ada.careerplan.yaml'], repo.dir);
    assert.equal(run.status, 0, run.stderr);
    const rows = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    assert.deepEqual(rows.map((r) => [r.message, r.actionsDone, r.actionsTotal, r.skillsRaised, r.path, r.change]), [
      ['Course done, writing up', 1, 2, [{ id: 'writing', from: 1, to: 2 }], 'ada.careerplan.yaml', 'M'],
      ['Start', 0, 2, [], 'ada.careerplan.yaml', 'A'],
    ]);
    assert.deepEqual(Object.keys(rows[0]), ['commit', 'date', 'author', 'message', 'path', 'change', 'blob', 'actionsDone', 'actionsTotal', 'skillsRaised', 'syntaxErrors']);
  });

  it('says so for a plan outside git (exit 1) and for a plan never committed (exit 0)', () => {
    const outside = mkdtempSync(join(tmpdir(), 'careerplan-cli-nogit-'));
    try {
      writeFileSync(join(outside, 'solo.careerplan.yaml'), PLAN);
      const run = cli(['history', 'solo.careerplan.yaml'], outside);
      assert.equal(run.status, 1);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /solo\.careerplan\.yaml is not in a git repository/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    repo.write('new.careerplan.yaml', PLAN);
    const fresh = cli(['history', 'new.careerplan.yaml'], repo.dir);
    assert.equal(fresh.status, 0);
    assert.equal(fresh.stdout, 'No commit touches new.careerplan.yaml yet.\n');
  });

  it('exits 2 for usage and I/O errors', () => {
    for (const args of [['history'], ['history', 'a', 'b'], ['history', '.'], ['history', 'missing.careerplan.yaml'], ['history', '--format', 'sarif', 'ada.careerplan.yaml']]) {
      const run = cli(args, repo.dir);
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, /^careerplan: /);
    }
    assert.equal(cli(['history', '--help'], repo.dir).status, 0);
    const help = cli(['--help'], repo.dir);
    assert.match(help.stdout, /calendar \[PATH\.\.\.\]/);
    assert.match(help.stdout, /history PATH/);
  });
});
