/**
 * The command line on odd files and folders: FIFOs, devices, symlinks out of the tree and in
 * loops, huge files, unreadable folders, and output files that must not be overwritten.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  chmodSync, closeSync, copyFileSync, openSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { starterPlan } from '../src/core/templates';
import { CLI, runCli } from './cliRun';

const TODAY = '2026-11-24';
const PLAN = starterPlan({ lang: 'en', today: TODAY });
const isRoot = process.getuid?.() === 0;
const canMakeFifo = process.platform !== 'win32';

describe('careerplan CLI: files and folders', function () {
  let dir: string;
  const write = (path: string, text: string) => {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    return full;
  };
  const cli = (args: string[], cwd = dir) => runCli(args, { cwd, env: { CAREERPLAN_TODAY: TODAY } });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'careerplan-files-'));
  });
  /** Denies every access to a path, for this test only. */
  const locked: string[] = [];
  const lock = (path: string) => {
    chmodSync(join(dir, path), 0o000);
    locked.push(join(dir, path));
  };
  afterEach(() => {
    for (const path of locked.splice(0)) chmodSync(path, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  describe('reads only regular files', () => {
    before(function () {
      if (!canMakeFifo) this.skip();
    });

    it('a FIFO or a link to /dev/zero named on the command line: exit 2 naming it, without waiting', () => {
      execFileSync('mkfifo', [join(dir, 'pipe.careerplan.yaml')]);
      symlinkSync('/dev/zero', join(dir, 'zero.careerplan.yaml'));
      for (const command of ['check', 'next', 'calendar']) {
        for (const name of ['pipe.careerplan.yaml', 'zero.careerplan.yaml']) {
          const run = cli([command, name]);
          assert.equal(run.status, 2, `${command} ${name}: ${run.stderr}`);
          assert.match(run.stderr, new RegExp(`^careerplan: cannot read ${name.replace('.', '\\.')}: not a regular file`));
          assert.doesNotMatch(run.stderr, /\n\s+at /);
        }
      }
    });

    it('a folder search skips FIFOs and devices named like plans', () => {
      write('plans/me.careerplan.yaml', PLAN);
      execFileSync('mkfifo', [join(dir, 'plans', 'pipe.careerplan.yaml')]);
      symlinkSync('/dev/zero', join(dir, 'plans', 'zero.careerplan.yaml'));
      const run = cli(['check', '--format', 'json', 'plans']);
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(JSON.parse(run.stdout), []);
      const next = cli(['next', '--format', 'json', 'plans']);
      assert.equal(next.status, 0, next.stderr);
      assert.ok(JSON.parse(next.stdout).every((a: { file: string }) => a.file === join('plans', 'me.careerplan.yaml')));
    });

    it('standard input that never ends (check - < /dev/zero) stops at 16 MB with exit 2', () => {
      const zero = openSync('/dev/zero', 'r');
      try {
        const run = runCli(['check', '-'], { cwd: dir, env: { CAREERPLAN_TODAY: TODAY }, stdinFd: zero });
        assert.equal(run.status, 2);
        assert.match(run.stderr, /^careerplan: cannot read standard input: larger than 16 MB/);
      } finally {
        closeSync(zero);
      }
    });

    it('a file over 16 MB is refused by what is read, with exit 2', () => {
      write('big.careerplan.yaml', 'careerplan: 1\n' + `# ${'x'.repeat(1022)}\n`.repeat(16 * 1024 + 1));
      const run = cli(['check', 'big.careerplan.yaml']);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /cannot read big\.careerplan\.yaml: larger than 16 MB/);
    });
  });

  describe('symlinks in folder searches', () => {
    it('are not followed out of the folder searched, loops end, and a plan reached twice is checked once', () => {
      const outside = mkdtempSync(join(tmpdir(), 'careerplan-outside-'));
      try {
        writeFileSync(join(outside, 'secret.careerplan.yaml'), 'careerplan: 1\nactions:\n  a: { do: x, due: 2020-01-01 }\n');
        write('repo/me.careerplan.yaml', PLAN);
        symlinkSync(outside, join(dir, 'repo', 'outside-folder'));
        symlinkSync(join(outside, 'secret.careerplan.yaml'), join(dir, 'repo', 'linked.careerplan.yaml'));
        symlinkSync('..', join(dir, 'repo', 'loop'));
        symlinkSync('.', join(dir, 'repo', 'self'));
        symlinkSync('me.careerplan.yaml', join(dir, 'repo', 'alias.careerplan.yaml'));
        const run = cli(['check', '--format', 'json', 'repo']);
        assert.equal(run.status, 0, run.stderr);
        assert.deepEqual(JSON.parse(run.stdout), []);
        const text = cli(['check', 'repo', 'repo/me.careerplan.yaml']);
        assert.equal(text.stdout, '', 'one clean file: the alias and the file named again are the same plan');
      } finally {
        rmSync(outside, { recursive: true, force: true });
      }
    });
  });

  describe('unreadable folders and files', () => {
    /**
     * chmod 000 denies nothing to root, so as root the command runs as the unprivileged user
     * 65534 (nobody) on a copy of the launcher and the bundle it requires, in a folder it can read.
     */
    let asUser: (args: string[]) => ReturnType<typeof runCli>;
    before(function () {
      if (process.platform === 'win32') this.skip();
    });
    beforeEach(() => {
      if (!isRoot) {
        asUser = (args) => cli(args);
        return;
      }
      chmodSync(dir, 0o755);
      const bin = join(dir, 'bin');
      mkdirSync(bin);
      for (const file of ['cli.js', 'careerplan.js']) copyFileSync(join(dirname(CLI), file), join(bin, file));
      asUser = (args) => runCli(args, { cwd: dir, env: { CAREERPLAN_TODAY: TODAY, HOME: dir }, uid: 65534, cli: join(bin, 'cli.js') });
    });

    it('a folder that cannot be listed: check, next and calendar exit 2 naming it, no stack trace', function () {
      write('plans/me.careerplan.yaml', PLAN);
      write('plans/locked/other.careerplan.yaml', PLAN);
      lock(join('plans', 'locked'));
      for (const command of ['check', 'next', 'calendar']) {
        const run = asUser([command, 'plans']);
        assert.equal(run.status, 2, `${command}: ${run.stdout}${run.stderr}`);
        assert.equal(run.stderr, `careerplan: cannot read folder ${join('plans', 'locked')}: permission denied\n`);
      }
    });

    it('a file that cannot be read: check, next, calendar and history exit 2 naming it', () => {
      write('plans/me.careerplan.yaml', PLAN);
      lock(join('plans', 'me.careerplan.yaml'));
      for (const command of ['check', 'next', 'calendar']) {
        const run = asUser([command, join('plans', 'me.careerplan.yaml')]);
        assert.equal(run.status, 2, `${command}: ${run.stderr}`);
        assert.equal(run.stderr, `careerplan: cannot read ${join('plans', 'me.careerplan.yaml')}: permission denied\n`);
      }
      lock('plans');
      const history = asUser(['history', join('plans', 'me.careerplan.yaml')]);
      assert.equal(history.status, 2);
      assert.equal(history.stderr, `careerplan: ${join('plans', 'me.careerplan.yaml')}: permission denied\n`);
    });
  });

  describe('output files', () => {
    it('calendar -o onto its own plan, or any plan file, is refused even with --force; the plan is untouched', () => {
      const plan = write('me.careerplan.yaml', PLAN);
      write('other.careerplan.yml', PLAN);
      for (const args of [['-o', 'me.careerplan.yaml'], ['-o', 'me.careerplan.yaml', '--force'], ['-o', 'other.careerplan.yml', '--force'], ['-o', 'new.careerplan.yaml']]) {
        const run = cli(['calendar', 'me.careerplan.yaml', ...args]);
        assert.equal(run.status, 2, args.join(' '));
        assert.match(run.stderr, /^careerplan: refusing to write /);
      }
      assert.equal(readFileSync(plan, 'utf8'), PLAN);
      assert.ok(!existsSync(join(dir, 'new.careerplan.yaml')));
    });

    it('calendar -o onto an input reached through a symlink or another name is refused', () => {
      write('plans/me.yaml', PLAN);
      symlinkSync(join('plans', 'me.yaml'), join(dir, 'cal.ics'));
      const run = cli(['calendar', 'plans/me.yaml', '-o', 'cal.ics', '--force']);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /refusing to write cal\.ics: it is plans\/me\.yaml, which this command reads/);
      assert.equal(readFileSync(join(dir, 'plans', 'me.yaml'), 'utf8'), PLAN);
    });

    it('calendar -o onto an existing file asks for --force, which replaces it keeping its permissions', () => {
      write('me.careerplan.yaml', PLAN);
      const ics = write('cal.ics', 'mine\n');
      chmodSync(ics, 0o600);
      const refused = cli(['calendar', 'me.careerplan.yaml', '-o', 'cal.ics']);
      assert.equal(refused.status, 2);
      assert.equal(refused.stderr, 'careerplan: cal.ics already exists: not overwriting it (add --force to replace it)\n');
      assert.equal(readFileSync(ics, 'utf8'), 'mine\n');
      const forced = cli(['calendar', 'me.careerplan.yaml', '-o', 'cal.ics', '--force']);
      assert.equal(forced.status, 0, forced.stderr);
      assert.match(readFileSync(ics, 'utf8'), /^BEGIN:VCALENDAR\r\n/);
      assert.equal(statSync(ics).mode & 0o777, 0o600);
      assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);
    });

    it('calendar -o onto a folder or a FIFO is refused; -o - writes to standard output', function () {
      write('me.careerplan.yaml', PLAN);
      mkdirSync(join(dir, 'out'));
      assert.match(cli(['calendar', 'me.careerplan.yaml', '-o', 'out', '--force']).stderr, /cannot write out: it is a folder/);
      if (canMakeFifo) {
        execFileSync('mkfifo', [join(dir, 'fifo')]);
        assert.match(cli(['calendar', 'me.careerplan.yaml', '-o', 'fifo', '--force']).stderr, /cannot write fifo: not a regular file/);
      }
      const stdout = cli(['calendar', 'me.careerplan.yaml', '-o', '-']);
      assert.equal(stdout.status, 0);
      assert.match(stdout.stdout, /^BEGIN:VCALENDAR/);
    });

    it('init replaces an existing file only with --force', () => {
      const path = write('mine.careerplan.yaml', 'careerplan: 1\n# mine\n');
      assert.equal(cli(['init', 'mine.careerplan.yaml']).status, 2);
      assert.equal(readFileSync(path, 'utf8'), 'careerplan: 1\n# mine\n');
      const run = cli(['init', '--force', '--no-schema', '--today', TODAY, 'mine.careerplan.yaml']);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(readFileSync(path, 'utf8'), PLAN);
    });
  });
});
