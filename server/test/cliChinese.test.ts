/**
 * With --lang zh, or LANG=zh_CN.UTF-8, the command line writes no English sentence: help, usage
 * and I/O errors, notes, summaries and tables included. Quoted text, ids, values, paths and option
 * names do not count (see englishText.ts). Machine formats are left out: the JSON schema `schema`
 * prints, and the structure of JSON, SARIF and annotations.
 */
import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCli } from './cliRun';
import { englishIn } from './englishText';
import { TestRepo } from './gitRepo';

const TODAY = '2026-11-24';
const EXAMPLES = resolve('..', 'shared', 'examples');
const CHINESE = /[\u4e00-\u9fff]/;

/** The two ways a user asks for Chinese. */
const MODES: Array<{ name: string; args: string[]; env: Record<string, string> }> = [
  { name: '--lang zh', args: ['--lang', 'zh'], env: {} },
  { name: 'LANG=zh_CN.UTF-8', args: [], env: { LANG: 'zh_CN.UTF-8' } },
];

describe('careerplan CLI in Chinese', function () {
  // About fifty runs of the command line for each way of asking.
  this.timeout(180_000);
  let repo: TestRepo;

  before(function () {
    if (!existsSync(EXAMPLES)) this.skip();
    repo = new TestRepo('careerplan-cli-zh-');
    // A Chinese plan with history: the starter plan, then one with findings (the shared Chinese example).
    assert.equal(runCli(['init', '--lang', 'zh', '--today', TODAY, 'plan.careerplan.yaml'], { cwd: repo.dir }).status, 0);
    repo.commit('starter', { files: ['plan.careerplan.yaml', 'careerplan.schema.json'] });
    copyFileSync(join(EXAMPLES, 'b-plan.zh.careerplan.yaml'), join(repo.dir, 'b.careerplan.yaml'));
    repo.commit('b plan', { files: ['b.careerplan.yaml'] });
    repo.write('broken.careerplan.yaml', 'careerplan: 1\ngoals: [a, b\n');
  });
  after(() => repo && rmSync(repo.dir, { recursive: true, force: true }));

  /** Every command line below, with the exit status it must end with. */
  const RUNS: Array<{ args: string[]; status: number; stdout?: 'machine' }> = [
    { args: ['--help'], status: 0 },
    { args: [], status: 2 },
    { args: ['help'], status: 0 },
    { args: ['help', 'check'], status: 0 },
    ...['check', 'next', 'init', 'calendar', 'history', 'report', 'schema'].map((command) => ({ args: [command, '--help'], status: 0 })),
    { args: ['check', '--today', TODAY, EXAMPLES], status: 1 },
    { args: ['check', '--today', TODAY, 'plan.careerplan.yaml', 'b.careerplan.yaml'], status: 1 },
    { args: ['check', '--today', TODAY, '--max-warnings', '0', join(EXAMPLES, 'software-developer.careerplan.yaml')], status: 1 },
    { args: ['check', '--today', TODAY, '--fix-dry-run', 'b.careerplan.yaml', 'broken.careerplan.yaml'], status: 1 },
    { args: ['next', '--today', TODAY, '.'], status: 1 },
    { args: ['next', '--today', TODAY, '--within', '1d', 'plan.careerplan.yaml'], status: 0 },
    { args: ['history', 'b.careerplan.yaml'], status: 0 },
    { args: ['calendar', '--today', TODAY, 'plan.careerplan.yaml', 'b.careerplan.yaml'], status: 0 },
    { args: ['calendar', '--today', TODAY, '-o', 'plans.ics', '--force', 'plan.careerplan.yaml'], status: 0 },
    { args: ['report', '--today', TODAY, 'plan.careerplan.yaml', 'b.careerplan.yaml'], status: 0 },
    { args: ['report', '--today', TODAY, '--format', 'md', '-o', 'report.md', 'plan.careerplan.yaml'], status: 0 },
    { args: ['init', '--today', TODAY, 'new-plan.yaml'], status: 0 },
    { args: ['schema'], status: 0, stdout: 'machine' },
    // Usage errors.
    { args: ['chek'], status: 2 },
    { args: ['nonsense'], status: 2 },
    { args: ['--formt'], status: 2 },
    { args: ['check', '--formt', 'json'], status: 2 },
    { args: ['check', '--format', 'xml'], status: 2 },
    { args: ['check', '--format'], status: 2 },
    { args: ['check', '--today', '2026-13-01'], status: 2 },
    { args: ['check', '--rule', 'overdue'], status: 2 },
    { args: ['check', '--fix', '--fix-dry-run'], status: 2 },
    { args: ['next', '--within', 'soon'], status: 2 },
    { args: ['calendar', '--alarm', '1d', '--no-alarm'], status: 2 },
    { args: ['history'], status: 2 },
    { args: ['history', '.'], status: 2 },
    { args: ['init', 'a.careerplan.yaml', 'b.careerplan.yaml'], status: 2 },
    { args: ['schema', 'extra'], status: 2 },
    // Missing and refused files.
    { args: ['check', 'missing.careerplan.yaml'], status: 2 },
    { args: ['history', 'missing.careerplan.yaml'], status: 2 },
    { args: ['check', 'node_modules-free-folder-that-is-not-there/'], status: 2 },
    { args: ['init', 'plan.careerplan.yaml'], status: 2 },
    { args: ['calendar', '-o', 'plan.careerplan.yaml', 'b.careerplan.yaml'], status: 2 },
  ];

  for (const mode of MODES) {
    it(`writes no English sentence with ${mode.name}`, () => {
      const english: string[] = [];
      for (const { args, status, stdout } of RUNS) {
        rmSync(join(repo.dir, 'new-plan.yaml'), { force: true });
        const run = runCli([...args, ...mode.args], { cwd: repo.dir, env: mode.env });
        const shown = args.join(' ') || '(no arguments)';
        assert.equal(run.status, status, `${shown}: ${run.stderr}`);
        const written = (stdout === 'machine' ? '' : run.stdout) + run.stderr;
        if (written.trim()) assert.match(written, CHINESE, `${shown}: nothing Chinese in ${written}`);
        for (const line of written.split('\n')) {
          const phrase = englishIn(line);
          if (phrase) english.push(`${shown}: "${phrase}" in ${line}`);
        }
      }
      assert.deepEqual(english, []);
    });
  }

  it('would notice English: the same help in English is caught', () => {
    assert.ok(englishIn(runCli(['check', '--help'], { cwd: repo.dir }).stdout));
    assert.ok(englishIn(runCli(['check', 'missing.careerplan.yaml'], { cwd: repo.dir }).stderr));
  });

  it('reports an unsupported --lang in the language of the environment', () => {
    const run = runCli(['check', '--lang', 'fr'], { cwd: repo.dir, env: { LANG: 'zh_CN.UTF-8' } });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^careerplan: --lang：不支持 'fr'/);
    assert.match(runCli(['check', '--lang', 'fr'], { cwd: repo.dir }).stderr, /^careerplan: --lang: 'fr' is not supported; use one of en, zh\n/);
  });

  it('takes --lang before the command and after it, and the last one wins', () => {
    for (const args of [['--lang', 'zh', '--help'], ['--help', '--lang=zh'], ['--lang', 'en', 'help', '--lang', 'zh']]) {
      assert.match(runCli(args, { cwd: repo.dir }).stdout, /^用法：careerplan/, args.join(' '));
    }
    assert.match(runCli(['--help', '--lang', 'en'], { cwd: repo.dir, env: { LANG: 'zh_CN.UTF-8' } }).stdout, /^Usage: careerplan/);
  });
});
