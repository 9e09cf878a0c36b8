/**
 * What CI and other tools use of `careerplan check`: GitHub annotations, SARIF located and
 * fingerprinted for code scanning, a plan on standard input, --quiet; and the schema that
 * `init` and `schema` hand to YAML editors. Runs the built dist/cli.js (npm run build first).
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addMonths } from '../src/core/dates';
import { starterPlan } from '../src/core/templates';
import { escapeData, escapeProperty } from '../src/cli/formats/github';
import { CLI, runCli, writeBelow } from './cliRun';
import { TestRepo } from './gitRepo';

const TODAY = '2026-11-24';
const clean = () => starterPlan({ lang: 'en', today: TODAY });
/** One overdue warning and one unknown-reference error. */
const broken = () => clean().replace(`due: ${addMonths(TODAY, 1)}\n`, 'due: 2026-11-01\n').replace('    plan: backup-path\n\n', '    plan: backup-pth\n\n');

interface SarifResult {
  ruleId: string;
  partialFingerprints: Record<string, string>;
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }>;
}

describe('careerplan check for CI', function () {
  let dir: string;
  before(function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'careerplan-ci-')));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const write = (relative: string, content: string | Buffer) => writeBelow(dir, relative, content);

  describe('--format github', () => {
    it('prints one workflow command per finding, with the range and the code as title', () => {
      write('gh/plan.careerplan.yaml', broken());
      const run = runCli(['check', '--today', TODAY, '--format', 'github', '.'], { cwd: join(dir, 'gh') });
      assert.equal(run.status, 1);
      const lines = run.stdout.trimEnd().split('\n');
      assert.deepEqual(lines.map((l) => /^::(\w+) .*title=([\w-]+)::/.exec(l)?.slice(1, 3).join(' ')), ['error unknown-reference', 'warning overdue']);
      const due = broken().split('\n').findIndex((l) => l.includes('2026-11-01')) + 1;
      const column = broken().split('\n')[due - 1].indexOf('2026-11-01') + 1;
      assert.ok(lines[1].startsWith(`::warning file=plan.careerplan.yaml,line=${due},col=${column},endLine=${due},endColumn=${column + 10},title=overdue::`), lines[1]);
      assert.doesNotMatch(run.stdout, /errors?, .* in \d+ files?/, 'no summary line: it would not be an annotation');
    });

    it('escapes data and properties so that no text can end a command or start another', () => {
      assert.equal(escapeData('100%\r\n::error::x'), '100%25%0D%0A::error::x');
      assert.equal(escapeProperty('a,b:c%\n'), 'a%2Cb%3Ac%25%0A');
      write('gh2/we,ird:name.careerplan.yaml', broken());
      const run = runCli(['check', '--today', TODAY, '--format', 'github', '.'], { cwd: join(dir, 'gh2') });
      assert.match(run.stdout, /^::error file=we%2Cird%3Aname\.careerplan\.yaml,line=/);
    });

    it('names files relative to the git repository, from any folder in it', () => {
      const repo = new TestRepo('careerplan-ci-git-');
      try {
        repo.write('plans/team/ada.careerplan.yaml', broken());
        const run = runCli(['check', '--today', TODAY, '--format', 'github', '.'], { cwd: join(repo.dir, 'plans') });
        assert.match(run.stdout, /^::error file=plans\/team\/ada\.careerplan\.yaml,/);
      } finally {
        rmSync(repo.dir, { recursive: true, force: true });
      }
    });
  });

  describe('SARIF for code scanning', () => {
    it('locates results relative to %SRCROOT%, the repository root, when run in a subfolder', () => {
      const repo = new TestRepo('careerplan-ci-sarif-');
      try {
        repo.write('plans/ada.careerplan.yaml', broken());
        const run = runCli(['check', '--today', TODAY, '--format', 'sarif', '.'], { cwd: join(repo.dir, 'plans') });
        const log = JSON.parse(run.stdout);
        assert.equal(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, `${pathToFileURL(realpathSync(repo.dir)).href}/`);
        for (const result of log.runs[0].results as SarifResult[]) {
          assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, { uri: 'plans/ada.careerplan.yaml', uriBaseId: '%SRCROOT%' });
        }
      } finally {
        rmSync(repo.dir, { recursive: true, force: true });
      }
    });

    it('keeps fingerprints across edits elsewhere in the plan, and tells apart findings of one rule', () => {
      const sarif = (text: string) => {
        write('fp/plan.careerplan.yaml', text);
        const log = JSON.parse(runCli(['check', '--today', TODAY, '--format', 'sarif', '.'], { cwd: join(dir, 'fp') }).stdout);
        return (log.runs[0].results as SarifResult[]).map((r) => ({ rule: r.ruleId, line: r.locations[0].physicalLocation.region.startLine, print: r.partialFingerprints['careerplanItem/v1'] }));
      };
      const before = sarif(broken());
      const moved = sarif(broken().replace('careerplan: 1\n', 'careerplan: 1\n# a new comment\n# and another\n'));
      assert.deepEqual(moved.map((r) => r.line), before.map((r) => r.line + 2), 'the edit moved every finding');
      assert.deepEqual(moved.map((r) => r.print), before.map((r) => r.print));
      const twoOverdue = sarif(broken().replace(`due: ${addMonths(TODAY, 2)}\n`, 'due: 2026-10-01\n'));
      const prints = twoOverdue.filter((r) => r.rule === 'overdue').map((r) => r.print);
      assert.equal(prints.length, 2);
      assert.equal(new Set(prints).size, 2);
    });
  });

  describe('a plan on standard input', () => {
    it('check - reads it, and --stdin-filename names it', () => {
      const named = runCli(['check', '--today', TODAY, '-', '--stdin-filename', 'plans/ada.careerplan.yaml'], { cwd: dir, input: broken() });
      assert.equal(named.status, 1);
      assert.match(named.stdout, /^plans\/ada\.careerplan\.yaml:\d+:\d+: error unknown-reference: /m);
      const anonymous = runCli(['check', '--today', TODAY, '--format', 'json', '-'], { cwd: dir, input: clean() });
      assert.equal(anonymous.status, 0, anonymous.stderr);
      assert.deepEqual(JSON.parse(anonymous.stdout), []);
      const unnamed = runCli(['check', '--today', TODAY, '-'], { cwd: dir, input: broken() });
      assert.match(unnamed.stdout, /^<stdin>:\d+:\d+: /m);
    });

    it('reports bytes that are not UTF-8 like a file\'s, and usage mistakes with exit 2', () => {
      const bytes = runCli(['check', '--format', 'json', '-'], { cwd: dir, input: Buffer.from([0x63, 0xff, 0xfe, 0x0a]) });
      assert.equal(bytes.status, 1);
      assert.equal(JSON.parse(bytes.stdout)[0].code, 'yaml-syntax');
      write('stdin/plan.careerplan.yaml', clean());
      const mixed = runCli(['check', '-', 'plan.careerplan.yaml'], { cwd: join(dir, 'stdin'), input: clean() });
      assert.equal(mixed.status, 2);
      assert.match(mixed.stderr, /standard input\) cannot be combined/);
      const nameOnly = runCli(['check', '--stdin-filename', 'x.careerplan.yaml', '.'], { cwd: join(dir, 'stdin') });
      assert.equal(nameOnly.status, 2);
      assert.match(nameOnly.stderr, /add the PATH '-'/);
    });
  });

  describe('--quiet', () => {
    it('shows errors only; warnings still count for --max-warnings', () => {
      write('quiet/plan.careerplan.yaml', broken().replace('plan: backup-pth', 'plan: backup-path'));
      const quiet = runCli(['check', '--today', TODAY, '--quiet', '--format', 'json', '.'], { cwd: join(dir, 'quiet') });
      assert.equal(quiet.status, 0);
      assert.deepEqual(JSON.parse(quiet.stdout), []);
      assert.equal(runCli(['check', '--today', TODAY, '--quiet', '--max-warnings', '0', '.'], { cwd: join(dir, 'quiet') }).status, 1);
      write('quiet2/plan.careerplan.yaml', broken());
      const errors = runCli(['check', '--today', TODAY, '--quiet', '--format', 'json', '.'], { cwd: join(dir, 'quiet2') });
      assert.deepEqual(JSON.parse(errors.stdout).map((f: { code: string }) => f.code), ['unknown-reference']);
    });
  });

  describe('the schema without a network', () => {
    const shipped = () => readFileSync('schemas/careerplan.schema.json', 'utf8');

    it('careerplan schema prints the shipped schema', () => {
      const run = runCli(['schema'], { cwd: dir });
      assert.equal(run.status, 0);
      assert.equal(run.stdout, shipped());
      assert.equal(runCli(['schema', 'extra'], { cwd: dir }).status, 2);
    });

    it('init writes the schema beside the plan, with a relative modeline; --no-schema writes neither', () => {
      mkdirSync(join(dir, 'init', 'sub'), { recursive: true });
      const run = runCli(['init', '--today', TODAY, 'sub/ada.careerplan.yaml'], { cwd: join(dir, 'init') });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(readFileSync(join(dir, 'init', 'sub', 'careerplan.schema.json'), 'utf8'), shipped());
      assert.match(readFileSync(join(dir, 'init', 'sub', 'ada.careerplan.yaml'), 'utf8'), /^# yaml-language-server: \$schema=\.\/careerplan\.schema\.json\n/);

      const bare = runCli(['init', '--no-schema', '--today', TODAY, 'bare.careerplan.yaml'], { cwd: join(dir, 'init') });
      assert.equal(bare.status, 0, bare.stderr);
      assert.ok(!existsSync(join(dir, 'init', 'careerplan.schema.json')));
      assert.doesNotMatch(readFileSync(join(dir, 'init', 'bare.careerplan.yaml'), 'utf8'), /yaml-language-server/);
    });

    it('init keeps a schema file that is already there, and says so when it differs', () => {
      const schema = write('keep/careerplan.schema.json', '{"mine": true}\n');
      const run = runCli(['init', '--today', TODAY, 'ada.careerplan.yaml'], { cwd: join(dir, 'keep') });
      assert.equal(run.status, 0);
      assert.equal(readFileSync(schema, 'utf8'), '{"mine": true}\n');
      assert.match(run.stderr, /kept the existing careerplan\.schema\.json/);
      const second = runCli(['init', '--today', TODAY, 'bob.careerplan.yaml'], { cwd: join(dir, 'init', 'sub') });
      assert.equal(second.stderr, '', 'the same schema beside another plan is silently shared');
    });
  });
});
