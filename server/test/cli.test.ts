/**
 * The `careerplan` command line, run as users run it: the built dist/cli.js in a child process
 * (run `npm run build` first; `npm test` does).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { RULE_CODES } from '../src/core/codes';
import { addMonths } from '../src/core/dates';
import { en } from '../src/core/messages/en';
import { starterPlan } from '../src/core/templates';

const CLI = resolve('dist', 'cli.js');
const TODAY = '2026-11-24';
const EXAMPLES = resolve('..', 'shared', 'examples');
const readme = readFileSync('README.md', 'utf8');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

interface SarifLog {
  version: string;
  runs: Array<{
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri: string;
        rules: Array<{ id: string; name: string; helpUri: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string } }>;
      };
    };
    automationDetails: { id: string };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: Array<{
      ruleId: string; ruleIndex: number; level: string;
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }>;
      partialFingerprints: Record<string, string>;
    }>;
  }>;
}

/** Runs the CLI with a clean environment: no today, colour or locale settings leak in from the caller. */
function cli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string | Buffer } = {}): Run {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(CAREERPLAN_|NO_COLOR|FORCE_COLOR|LANG|LC_)/.test(key)) env[key] = value;
  }
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? process.cwd(), env: { ...env, LANG: 'C', ...options.env }, encoding: 'utf8', input: options.input ?? '' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A plan that checks clean on TODAY. */
const clean = () => starterPlan({ lang: 'en', today: TODAY });
/** One overdue warning: the first action's due date is moved into the past. */
const oneWarning = () => clean().replace(`due: ${addMonths(TODAY, 1)}\n`, 'due: 2026-11-01\n');
/** One unknown-reference error on top of the warning. */
const oneError = () => oneWarning().replace('    plan: backup-path\n\n', '    plan: backup-pth\n\n');

/** 1-based line and column of the first occurrence of a text. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" not found`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('careerplan CLI', function () {
  let dir: string;

  before(function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
    dir = mkdtempSync(join(tmpdir(), 'careerplan-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes a file below the test folder and returns its absolute path. */
  function write(relative: string, content: string | Buffer): string {
    const path = join(dir, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  }

  it('the fixtures used below are what they claim to be', () => {
    assert.notEqual(oneWarning(), clean());
    assert.notEqual(oneError(), oneWarning());
  });

  describe('check: text output', () => {
    it('prints nothing for one clean file and exits 0', () => {
      write('text/clean.careerplan.yaml', clean());
      const run = cli(['check', '--today', TODAY, 'clean.careerplan.yaml'], { cwd: join(dir, 'text') });
      assert.equal(run.stderr, '');
      assert.equal(run.stdout, '');
      assert.equal(run.status, 0);
    });

    it('prints path:line:col: severity code: message and a summary', () => {
      const text = oneWarning();
      write('text/warn.careerplan.yaml', text);
      const run = cli(['check', '--today', TODAY, 'warn.careerplan.yaml'], { cwd: join(dir, 'text') });
      const { line, column } = positionOf(text, '2026-11-01');
      assert.equal(
        run.stdout,
        `warn.careerplan.yaml:${line}:${column}: warning overdue: ${en.overdue({ id: 'list-options', due: '2026-11-01', days: 23 })}\n` +
          '0 errors, 1 warning, 0 infos in 1 file\n',
      );
      assert.equal(run.status, 0);
    });

    it('names files as given, relative to the working folder', () => {
      const run = cli(['check', '--today', TODAY, join('text', 'warn.careerplan.yaml')], { cwd: dir });
      assert.match(run.stdout, new RegExp(`^${join('text', 'warn.careerplan.yaml').replace(/\\/g, '\\\\')}:\\d+:\\d+: warning overdue: `));
    });

    it('sums up several clean files', () => {
      write('clean2/a.careerplan.yaml', clean());
      write('clean2/b.careerplan.yml', clean());
      const run = cli(['check', '--today', TODAY, join(dir, 'clean2')]);
      assert.equal(run.stdout, '0 errors, 0 warnings, 0 infos in 2 files\n');
      assert.equal(run.status, 0);
    });

    it('uses no colour when output is not a terminal, colour with FORCE_COLOR, none with NO_COLOR or --no-color', () => {
      const file = join(dir, 'text', 'warn.careerplan.yaml');
      assert.doesNotMatch(cli(['check', '--today', TODAY, file]).stdout, /\u001b\[/);
      assert.match(cli(['check', '--today', TODAY, file], { env: { FORCE_COLOR: '1' } }).stdout, /\u001b\[33mwarning\u001b\[39m/);
      assert.doesNotMatch(cli(['check', '--today', TODAY, file], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout, /\u001b\[/);
      assert.doesNotMatch(cli(['check', '--today', TODAY, '--no-color', file], { env: { FORCE_COLOR: '1' } }).stdout, /\u001b\[/);
    });
  });

  describe('check: exit codes', () => {
    it('exits 1 when there is an error', () => {
      const text = oneError();
      const file = write('exit/error.careerplan.yaml', text);
      const run = cli(['check', '--today', TODAY, file]);
      assert.equal(run.status, 1);
      const { line, column } = positionOf(text, 'backup-pth');
      assert.match(run.stdout, new RegExp(`:${line}:${column}: error unknown-reference: `));
      assert.match(run.stdout, /^1 error, 1 warning, 0 infos in 1 file$/m);
    });

    it('exits 1 with more warnings than --max-warnings, 0 within it', () => {
      const file = write('exit/warn.careerplan.yaml', oneWarning());
      assert.equal(cli(['check', '--today', TODAY, '--max-warnings', '0', file]).status, 1);
      assert.equal(cli(['check', '--today', TODAY, '--max-warnings', '1', file]).status, 0);
      assert.equal(cli(['check', '--today', TODAY, file]).status, 0);
    });

    it('exits 2 for a bad --max-warnings, --format or --today', () => {
      const file = join(dir, 'exit', 'warn.careerplan.yaml');
      for (const args of [['--max-warnings', 'many'], ['--max-warnings', '-1'], ['--format', 'xml'], ['--today', '2026-02-30'], ['--today', 'tomorrow'], ['--lang', 'fr']]) {
        const run = cli(['check', ...args, file]);
        assert.equal(run.status, 2, args.join(' '));
        assert.match(run.stderr, /^careerplan: .+\nRun 'careerplan check --help' for usage\.\n$/, args.join(' '));
        assert.equal(run.stdout, '');
      }
    });

    it('exits 2 for a missing path, naming it, without a stack trace', () => {
      const run = cli(['check', '--today', TODAY, 'no-such-plan.careerplan.yaml']);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /no-such-plan\.careerplan\.yaml/);
      assert.doesNotMatch(run.stderr, /\n\s+at /);
      assert.equal(run.stdout, '');
    });

    it('exits 2 when a folder holds no plan', () => {
      mkdirSync(join(dir, 'empty'), { recursive: true });
      const run = cli(['check', '--today', TODAY, join(dir, 'empty')]);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /no career plans/);
    });
  });

  describe('check: --rule', () => {
    const file = () => join(dir, 'exit', 'warn.careerplan.yaml');

    it('changes a level or switches a rule off', () => {
      const raised = cli(['check', '--today', TODAY, '--rule', 'overdue=error', '--format', 'json', file()]);
      assert.equal(raised.status, 1);
      assert.deepEqual(JSON.parse(raised.stdout).map((f: { severity: string; code: string }) => `${f.severity} ${f.code}`), ['error overdue']);
      const off = cli(['check', '--today', TODAY, '--rule', 'overdue=off', '--rule', 'stale-resume=info', file()]);
      assert.equal(off.stdout, '');
      assert.equal(off.status, 0);
    });

    it('wins over the file\'s rules section', () => {
      const path = write('rules/file-says-off.careerplan.yaml', oneWarning() + 'rules:\n  overdue: off\n');
      assert.equal(cli(['check', '--today', TODAY, path]).stdout, '');
      assert.match(cli(['check', '--today', TODAY, '--rule', 'overdue=warning', path]).stdout, /warning overdue/);
    });

    it('rejects an unknown code or level, listing the valid ones', () => {
      const code = cli(['check', '--rule', 'overdu=off', file()]);
      assert.equal(code.status, 2);
      assert.match(code.stderr, /'overdu'/);
      for (const c of RULE_CODES) assert.ok(code.stderr.includes(c), c);
      const level = cli(['check', '--rule', 'overdue=loud', file()]);
      assert.equal(level.status, 2);
      assert.match(level.stderr, /error, warning, info, hint, off/);
      assert.equal(cli(['check', '--rule', 'overdue', file()]).status, 2);
    });
  });

  describe('check: today', () => {
    it('reads CAREERPLAN_TODAY, and --today wins over it', () => {
      const file = write('today/clean.careerplan.yaml', clean());
      const later = addMonths(TODAY, 7);
      const fromEnv = cli(['check', '--format', 'json', file], { env: { CAREERPLAN_TODAY: later } });
      assert.ok(JSON.parse(fromEnv.stdout).some((f: { code: string }) => f.code === 'overdue'), fromEnv.stdout);
      const fromFlag = cli(['check', '--today', TODAY, file], { env: { CAREERPLAN_TODAY: later } });
      assert.equal(fromFlag.stdout, '');
      const bad = cli(['check', file], { env: { CAREERPLAN_TODAY: '24.11.2026' } });
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /CAREERPLAN_TODAY/);
    });
  });

  describe('check: JSON and SARIF', () => {
    it('JSON is an array of findings with 1-based positions', () => {
      const text = oneError();
      const file = write('formats/plan.careerplan.yaml', text);
      const run = cli(['check', '--today', TODAY, '--format', 'json', 'plan.careerplan.yaml'], { cwd: dirname(file) });
      assert.equal(run.status, 1);
      const findings = JSON.parse(run.stdout);
      const due = positionOf(text, '2026-11-01');
      const ref = positionOf(text, 'backup-pth');
      assert.deepEqual(findings, [
        {
          file: 'plan.careerplan.yaml', line: ref.line, column: ref.column, endLine: ref.line, endColumn: ref.column + 'backup-pth'.length,
          severity: 'error', code: 'unknown-reference', message: findings[0].message,
        },
        {
          file: 'plan.careerplan.yaml', line: due.line, column: due.column, endLine: due.line, endColumn: due.column + 10,
          severity: 'warning', code: 'overdue', message: en.overdue({ id: 'list-options', due: '2026-11-01', days: 23 }),
        },
      ]);
      assert.match(findings[0].message, /backup-pth/);
    });

    it('JSON of a clean run is an empty array', () => {
      const run = cli(['check', '--today', TODAY, '--format', 'json', join(dir, 'text', 'clean.careerplan.yaml')]);
      assert.deepEqual(JSON.parse(run.stdout), []);
    });

    it('SARIF is a valid SARIF 2.1.0 log with every rule documented', () => {
      write('sarif/sub/plan.careerplan.yaml', oneError());
      write('sarif/info.careerplan.yaml', clean().replace('status: planned', 'status: done'));
      const run = cli(['check', '--today', TODAY, '--format', 'sarif', '.'], { cwd: join(dir, 'sarif') });
      assert.equal(run.status, 1);
      const log = JSON.parse(run.stdout) as SarifLog;
      const schema = JSON.parse(readFileSync('server/test/fixtures/sarif/sarif-schema-2.1.0.json', 'utf8'));
      const ajv = new Ajv({ strict: false, allErrors: true });
      addFormats(ajv);
      const validate = ajv.compile(schema);
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));

      assert.equal(log.version, '2.1.0');
      const driver = log.runs[0].tool.driver;
      assert.equal(driver.name, 'careerplan');
      assert.equal(driver.version, JSON.parse(readFileSync('package.json', 'utf8')).version);
      assert.match(driver.informationUri, /^file:\/\/\/.+\/README\.md$/);
      assert.match(log.runs[0].automationDetails.id, /^careerplan\//);
      assert.equal(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, `${pathToFileURL(realpathSync(join(dir, 'sarif'))).href}/`);
      assert.deepEqual(driver.rules.map((r) => r.id), RULE_CODES);
      const levels: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
      for (const rule of driver.rules) {
        assert.ok(rule.shortDescription.text.length > 10, rule.id);
        assert.ok(rule.fullDescription.text.length > 20, rule.id);
        assert.match(rule.help.text, /Why it matters: .+How to fix: /s, rule.id);
        assert.ok(Object.values(levels).includes(rule.defaultConfiguration.level), rule.id);
        assert.notEqual(rule.name.toLowerCase(), rule.id.toLowerCase(), 'SARIF1001: a name differs from the id');
        // The README documents the rule under the heading the help URI's anchor names.
        const anchor = rule.helpUri.split('#')[1];
        assert.ok(readme.includes(`### \`${rule.id}\` (${anchor.slice(rule.id.length + 1)})\n`), `README heading for ${rule.helpUri}`);
        assert.ok(existsSync(fileURLToPath(rule.helpUri.split('#')[0])), rule.helpUri);
      }
      assert.equal(driver.rules.find((r) => r.id === 'overdue')?.defaultConfiguration.level, 'warning');
      assert.equal(driver.rules.find((r) => r.id === 'schema')?.defaultConfiguration.level, 'error');
      assert.equal(driver.rules.find((r) => r.id === 'no-backup')?.defaultConfiguration.level, 'note');

      const results = log.runs[0].results;
      const byRule = Object.fromEntries(results.map((r) => [r.ruleId, r]));
      assert.equal(byRule['unknown-reference'].level, 'error');
      assert.equal(byRule['overdue'].level, 'warning');
      assert.equal(byRule['unrated-experiment'].level, 'note');
      for (const r of results) assert.equal(driver.rules[r.ruleIndex].id, r.ruleId);
      const location = byRule['overdue'].locations[0].physicalLocation;
      assert.deepEqual(location.artifactLocation, { uri: 'sub/plan.careerplan.yaml', uriBaseId: '%SRCROOT%' });
      for (const r of results) assert.match(r.partialFingerprints['careerplanItem/v1'], /^[0-9a-f]{32}$/);
      const due = positionOf(oneError(), '2026-11-01');
      assert.deepEqual(location.region, { startLine: due.line, startColumn: due.column, endLine: due.line, endColumn: due.column + 10 });
    });
  });

  describe('check: files', () => {
    it('searches folders recursively, sorted, skipping node_modules and .git', () => {
      const broken = 'careerplan: 1\ngoals: [\n';
      for (const path of ['tree/b/two.careerplan.yml', 'tree/a/one.careerplan.yaml', 'tree/zero.careerplan.yaml', 'tree/node_modules/pkg/x.careerplan.yaml', 'tree/.git/y.careerplan.yaml', 'tree/a/not-a-plan.yaml']) {
        write(path, broken);
      }
      const run = cli(['check', '--today', TODAY, '--format', 'json', 'tree'], { cwd: dir });
      assert.equal(run.status, 1);
      const files = [...new Set(JSON.parse(run.stdout).map((f: { file: string }) => f.file.replace(/\\/g, '/')))];
      assert.deepEqual(files, ['tree/a/one.careerplan.yaml', 'tree/b/two.careerplan.yml', 'tree/zero.careerplan.yaml']);
      assert.match(cli(['check', '--today', TODAY, 'tree'], { cwd: dir }).stdout, / in 3 files\n$/);
    });

    it('checks a file named explicitly whatever its name, and each file once', () => {
      const file = write('named/plan.yaml', oneWarning());
      const run = cli(['check', '--today', TODAY, file, file]);
      assert.match(run.stdout, /in 1 file\n$/);
      assert.equal(run.stdout.split('\n').filter((l) => l.includes('overdue')).length, 1);
    });

    it('reports a file that is not UTF-8 as a yaml-syntax error at 1:1', () => {
      write('latin1/old.careerplan.yaml', Buffer.from('careerplan: 1\nowner: Jos\xe9\n', 'latin1'));
      const run = cli(['check', '--today', TODAY, 'old.careerplan.yaml'], { cwd: join(dir, 'latin1') });
      assert.equal(run.stdout, `old.careerplan.yaml:1:1: error yaml-syntax: ${en['yaml-syntax.not-utf8']()}\n1 error, 0 warnings, 0 infos in 1 file\n`);
      assert.equal(run.status, 1);
    });

    it('reads a UTF-8 file with a byte order mark and Chinese text', () => {
      const file = write('bom/zh.careerplan.yaml', '\ufeff' + starterPlan({ lang: 'zh', today: TODAY }));
      const run = cli(['check', '--today', TODAY, '--lang', 'zh', file]);
      assert.equal(run.stdout, '');
      assert.equal(run.status, 0);
    });

    it('sums up in the language asked for', () => {
      const file = write('zh-summary/plan.careerplan.yaml', 'careerplan: 1\nowner: x\nowner: y\n');
      const run = cli(['check', '--today', TODAY, '--lang', 'zh', '--rule', 'no-backup=off', '--rule', 'no-review=off', '--rule', 'missing-horizon=off', file]);
      assert.match(run.stdout, /YAML|键/);
      assert.match(run.stdout, /^1 个错误，0 个警告，0 条信息，共 1 个文件$/m);
    });
  });

  describe('next', () => {
    const plan = (actions: string) => `careerplan: 1\nactions:\n${actions}`;

    before(() => {
      write(
        'next/a.careerplan.yaml',
        plan(
          '  later: { do: Later, due: 2027-03-01 }\n' +
            '  no-date: { do: Some day }\n' +
            '  finished: { do: Done already, due: 2026-01-01, status: done }\n' +
            '  soon: { do: Soon, due: 2026-12-01, status: doing, plan: p }\n',
        ),
      );
      write('next/b.careerplan.yaml', plan('  late: { do: Late, due: 2026-11-01, status: blocked }\n  today: { do: Today, due: 2026-11-24 }\n  dropped: { do: Dropped, due: 2026-11-02, status: dropped }\n'));
    });

    it('lists open actions: overdue first, then the soonest, undated last', () => {
      const run = cli(['next', '--today', TODAY, '--format', 'json', 'next'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      const rows = JSON.parse(run.stdout);
      assert.deepEqual(rows.map((r: { id: string }) => r.id), ['late', 'today', 'soon', 'later', 'no-date']);
      assert.deepEqual(rows[0], {
        file: join('next', 'b.careerplan.yaml'), line: 3, column: 3, id: 'late', do: 'Late', status: 'blocked',
        due: '2026-11-01', daysLeft: -23, overdue: true, plan: null, goal: null, waitingOn: [],
      });
      assert.equal(rows[2].plan, 'p');
      assert.equal(rows[4].due, null);
      assert.equal(rows[4].daysLeft, null);
    });

    it('--within keeps overdue actions and those due within the window', () => {
      const ids = (within: string) => JSON.parse(cli(['next', '--today', TODAY, '--within', within, '--format', 'json', 'next'], { cwd: dir }).stdout).map((r: { id: string }) => r.id);
      assert.deepEqual(ids('6d'), ['late', 'today']);
      assert.deepEqual(ids('7d'), ['late', 'today', 'soon']);
      assert.deepEqual(ids('1w'), ['late', 'today', 'soon']);
      assert.deepEqual(ids('1m'), ['late', 'today', 'soon']);
      assert.deepEqual(ids('4m'), ['late', 'today', 'soon', 'later']);
      assert.equal(cli(['next', '--within', 'soon', 'next'], { cwd: dir }).status, 2);
    });

    it('prints a table with due date, days left, status, id, plan, text and place', () => {
      const run = cli(['next', '--today', TODAY, 'next'], { cwd: dir });
      const lines = run.stdout.split('\n');
      assert.match(lines[0], /^DUE\s+WHEN\s+STATUS\s+ACTION\s+PLAN\s+TO DO\s+WHERE$/);
      assert.match(lines[1], /^2026-11-01\s+23d overdue\s+blocked\s+late\s+-\s+Late\s+next[\\/]b\.careerplan\.yaml:3$/);
      assert.match(lines[2], /^2026-11-24\s+today\s+todo\s+today\s/);
      assert.match(lines[3], /^2026-12-01\s+in 7d\s+doing\s+soon\s+p\s+Soon\s/);
      assert.match(lines[5], /^-\s+no date\s+todo\s+no-date\s/);
      assert.match(run.stdout, /5 open actions, 1 overdue\n$/);
      assert.equal(cli(['next', '--today', '2026-01-01', '--within', '1d', 'next'], { cwd: dir }).stdout, 'No open actions due within 1d.\n');
    });

    it('shows waiting actions apart with what they wait on; --actionable lists only the others', () => {
      write('waiting/w.careerplan.yaml', plan('  course: { do: Course, due: 2027-01-01 }\n  intro: { do: Intro, due: 2026-12-01, after: [course, done-one] }\n  done-one: { do: Done, status: done }\n'));
      const json = JSON.parse(cli(['next', '--today', TODAY, '--format', 'json', 'waiting'], { cwd: dir }).stdout);
      assert.deepEqual(json.map((r: { id: string; waitingOn: string[] }) => [r.id, r.waitingOn]), [['intro', ['course']], ['course', []]]);
      const text = cli(['next', '--today', TODAY, '--no-color', 'waiting'], { cwd: dir }).stdout;
      assert.match(text, /Waiting \(1\)\n[^\n]*\n[^\n]*intro\s+-\s+Intro \(waits on course\)/);
      assert.match(text, /2 open actions, 1 waiting\n$/);
      const actionable = JSON.parse(cli(['next', '--today', TODAY, '--format', 'json', '--actionable', 'waiting'], { cwd: dir }).stdout);
      assert.deepEqual(actionable.map((r: { id: string }) => r.id), ['course']);
    });

    it('leaves out a plan with syntax errors, says so, and exits 1', () => {
      const run = cli(['next', '--today', TODAY, '--format', 'json', join('tree', 'zero.careerplan.yaml'), join('next', 'b.careerplan.yaml')], { cwd: dir });
      assert.equal(run.status, 1);
      assert.match(run.stderr, /zero\.careerplan\.yaml/);
      assert.equal(JSON.parse(run.stdout).length, 2);
    });
  });

  describe('init', () => {
    const todays = ['2026-11-24', '2024-02-29', '2027-01-31', '2025-12-31', '2028-08-31'];

    for (const lang of ['en', 'zh']) {
      it(`writes a ${lang} starter plan that checks clean on any day`, () => {
        for (const today of todays) {
          const folder = join(dir, 'init', lang, today);
          mkdirSync(folder, { recursive: true });
          const made = cli(['init', '--lang', lang, '--today', today], { cwd: folder });
          assert.equal(made.status, 0, made.stderr);
          assert.match(made.stdout, /career\.careerplan\.yaml/);
          const text = readFileSync(join(folder, 'career.careerplan.yaml'), 'utf8');
          assert.match(text, /^# yaml-language-server: \$schema=\.\/careerplan\.schema\.json\n/);
          assert.equal(readFileSync(join(folder, 'careerplan.schema.json'), 'utf8'), readFileSync('schemas/careerplan.schema.json', 'utf8'));
          if (lang === 'zh') assert.match(text, /[\u4e00-\u9fff]/);
          const checked = cli(['check', '--today', today, '--format', 'json', '.'], { cwd: folder });
          assert.deepEqual(JSON.parse(checked.stdout), [], `${lang} ${today}`);
          assert.equal(checked.status, 0);
        }
      });
    }

    it('writes to the FILE given, with the owner given', () => {
      const run = cli(['init', '--lang', 'en', '--owner', 'Ada: Lovelace', '--today', TODAY, 'ada.careerplan.yaml'], { cwd: join(dir, 'init') });
      assert.equal(run.status, 0);
      const text = readFileSync(join(dir, 'init', 'ada.careerplan.yaml'), 'utf8');
      assert.match(text, /^owner: "Ada: Lovelace"$/m);
      assert.equal(cli(['check', '--today', TODAY, 'ada.careerplan.yaml'], { cwd: join(dir, 'init') }).stdout, '');
    });

    it('refuses to overwrite an existing file', () => {
      const path = write('init/existing.careerplan.yaml', 'careerplan: 1\n# mine\n');
      const run = cli(['init', 'existing.careerplan.yaml'], { cwd: join(dir, 'init') });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /existing\.careerplan\.yaml already exists/);
      assert.equal(readFileSync(path, 'utf8'), 'careerplan: 1\n# mine\n');
    });

    it('exits 2 for a folder that does not exist, or two files', () => {
      assert.equal(cli(['init', join('missing', 'x.careerplan.yaml')], { cwd: dir }).status, 2);
      assert.equal(cli(['init', 'a.careerplan.yaml', 'b.careerplan.yaml'], { cwd: dir }).status, 2);
      assert.ok(!readdirSync(dir).includes('a.careerplan.yaml'));
    });
  });

  describe('help, version and usage errors', () => {
    it('--version prints the package version', () => {
      const run = cli(['--version']);
      assert.equal(run.stdout, `${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
      assert.equal(run.status, 0);
    });

    it('--help for the program and every command', () => {
      const program = cli(['--help']);
      assert.equal(program.status, 0);
      for (const command of ['check', 'next', 'init', 'schema']) {
        assert.match(program.stdout, new RegExp(`\\n  ${command} `));
        for (const args of [[command, '--help'], [command, '-h'], ['help', command]]) {
          const run = cli(args);
          assert.equal(run.status, 0, args.join(' '));
          assert.match(run.stdout, new RegExp(`^Usage: careerplan ${command} `), args.join(' '));
        }
      }
      assert.match(cli(['check', '--help']).stdout, /--max-warnings N/);
    });

    it('an unknown command or option is a usage error with a hint', () => {
      const command = cli(['chek']);
      assert.equal(command.status, 2);
      assert.match(command.stderr, /unknown command 'chek' \(did you mean 'check'\?\)/);
      const option = cli(['check', '--formt', 'json']);
      assert.equal(option.status, 2);
      assert.match(option.stderr, /unknown option '--formt' \(did you mean --format\?\)\nRun 'careerplan check --help' for usage\./);
      const none = cli([]);
      assert.equal(none.status, 2);
      assert.match(none.stderr, /^Usage: careerplan/);
      assert.equal(cli(['check', '--format']).status, 2);
      assert.equal(cli(['check', '--no-color=yes']).status, 2);
    });
  });

  describe('the shared examples', () => {
    it('report exactly the codes their headers list', function () {
      if (!existsSync(EXAMPLES)) this.skip();
      const run = cli(['check', '--today', '2026-11-24', '--format', 'json', EXAMPLES]);
      const findings = JSON.parse(run.stdout) as Array<{ file: string; code: string }>;
      const files = readdirSync(EXAMPLES).filter((name) => /\.careerplan\.ya?ml$/.test(name));
      assert.ok(files.length > 0);
      for (const name of files) {
        const got = findings.filter((f) => f.file === join(EXAMPLES, name)).map((f) => f.code).sort();
        assert.deepEqual(got, headerCodes(readFileSync(join(EXAMPLES, name), 'utf8')), name);
      }
      const expectedErrors = files.some((name) => headerCodes(readFileSync(join(EXAMPLES, name), 'utf8')).some((c) => ['yaml-syntax', 'merge-conflict', 'schema', 'unknown-reference', 'dependency-cycle'].includes(c)));
      assert.equal(run.status, expectedErrors ? 1 : 0);
    });
  });
});

/** The codes an example's header comment lists: `#   code   where (why)` lines after the "today =" line. */
function headerCodes(text: string): string[] {
  const codes: string[] = [];
  let inList = false;
  for (const line of text.split('\n')) {
    if (!line.startsWith('#')) break;
    if (/today = \d{4}-\d{2}-\d{2}/.test(line)) {
      inList = true;
      continue;
    }
    const m = /^#\s+([a-z][a-z-]+)\s/.exec(line);
    if (inList && m && (RULE_CODES as readonly string[]).includes(m[1])) codes.push(m[1]);
  }
  return codes.sort();
}
