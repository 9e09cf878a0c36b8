/**
 * `careerplan check --fix` and `--fix-dry-run`, run as users run them: the built dist/cli.js in a
 * child process (run `npm run build` first; `npm test` does).
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cliRun';

const check = (args: string[], cwd: string) => runCli(['check', '--today', '2026-11-24', ...args], { cwd });

const BROKEN = `careerplan: 1
plans:
  writer: { title: Writer, kind: backpu }   # the closest value is backup
  coach: { title: Coach, kind: backup, model: Free Lance }
goals:
  book: { title: Write a book, by: 2029-02-30, plan: writr }
actions:
  pitch:
    do: Pitch an article
    plan: wrtr
    due: 2026-12-01
review: { every: 3m, last: 2026-10-01 }
`;

/** What --fix makes of BROKEN: `wrtr` is two letters from `writer`, a choice left to the user. */
const FIXED = BROKEN.replace('kind: backpu', 'kind: backup').replace('2029-02-30', '2029-02-28').replace('plan: writr', 'plan: writer');

describe('careerplan check --fix', function () {
  this.timeout(30000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'careerplan-fix-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('applies the unambiguous fixes, names each one, and reports what is left', () => {
    writeFileSync(join(dir, 'a.careerplan.yaml'), BROKEN);
    const run = check(['--fix', 'a.careerplan.yaml'], dir);
    assert.equal(readFileSync(join(dir, 'a.careerplan.yaml'), 'utf8'), FIXED.replace('model: Free Lance', 'model: freelance'));
    assert.deepEqual(run.stderr.trim().split('\n'), [
      'a.careerplan.yaml:3:34: fixed schema: Change to "backup"',
      'a.careerplan.yaml:4:47: fixed schema: Change to "freelance"',
      'a.careerplan.yaml:6:36: fixed schema: Change to "2029-02-28"',
      'a.careerplan.yaml:6:54: fixed unknown-reference: Change to "writer"',
    ]);
    assert.match(run.stdout, /a\.careerplan\.yaml:10:11: error unknown-reference: .*"wrtr"/);
    assert.equal(run.status, 1);
    assert.deepEqual(readdirSync(dir), ['a.careerplan.yaml'], 'no temporary file is left');
    // A second run has nothing left to fix.
    const again = check(['--fix', 'a.careerplan.yaml'], dir);
    assert.equal(again.stderr, '');
  });

  it('keeps CRLF line endings and a byte order mark', () => {
    const crlf = `\ufeff${BROKEN.replace(/\n/g, '\r\n')}`;
    writeFileSync(join(dir, 'a.careerplan.yaml'), crlf);
    check(['--fix', '.'], dir);
    assert.equal(readFileSync(join(dir, 'a.careerplan.yaml'), 'utf8'), `\ufeff${FIXED.replace('model: Free Lance', 'model: freelance').replace(/\n/g, '\r\n')}`);
  });

  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    writeFileSync(join(dir, 'a.careerplan.yaml'), BROKEN);
    const run = check(['--fix-dry-run', 'a.careerplan.yaml'], dir);
    assert.equal(readFileSync(join(dir, 'a.careerplan.yaml'), 'utf8'), BROKEN);
    assert.match(run.stdout, /^Index: a\.careerplan\.yaml\n=+\n--- a\.careerplan\.yaml\n\+\+\+ a\.careerplan\.yaml\n@@ /);
    assert.ok(run.stdout.includes('\n-  writer: { title: Writer, kind: backpu }   # the closest value is backup\n'));
    assert.ok(run.stdout.includes('\n+  writer: { title: Writer, kind: backup }   # the closest value is backup\n'));
    assert.equal(run.stderr, 'careerplan: 4 fixes in 1 files would be applied\n');
    assert.equal(run.status, 1);
    check(['--fix', 'a.careerplan.yaml'], dir);
    const clean = check(['--fix-dry-run', 'a.careerplan.yaml'], dir);
    assert.deepEqual([clean.status, clean.stdout], [0, ''], 'nothing left to fix');
  });

  it('never touches a file with syntax errors or merge conflicts', () => {
    const syntax = `${BROKEN}oops: [\n`;
    const conflict = `${BROKEN}<<<<<<< HEAD\nowner: A\n=======\nowner: B\n>>>>>>> other\n`;
    writeFileSync(join(dir, 'syntax.careerplan.yaml'), syntax);
    writeFileSync(join(dir, 'conflict.careerplan.yaml'), conflict);
    const run = check(['--fix', '.'], dir);
    assert.equal(readFileSync(join(dir, 'syntax.careerplan.yaml'), 'utf8'), syntax);
    assert.equal(readFileSync(join(dir, 'conflict.careerplan.yaml'), 'utf8'), conflict);
    assert.match(run.stderr, /conflict\.careerplan\.yaml is not fixed: .*merge conflicts/);
    assert.match(run.stderr, /syntax\.careerplan\.yaml is not fixed: .*syntax errors/);
    assert.equal(check(['--fix-dry-run', '.'], dir).stdout, '');
  });

  it('refuses --fix with --fix-dry-run', () => {
    writeFileSync(join(dir, 'a.careerplan.yaml'), BROKEN);
    const run = check(['--fix', '--fix-dry-run', 'a.careerplan.yaml'], dir);
    assert.equal(run.status, 2);
    assert.equal(readFileSync(join(dir, 'a.careerplan.yaml'), 'utf8'), BROKEN);
  });
});
