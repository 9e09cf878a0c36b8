/**
 * `careerplan report`: the JSON of SPEC §7 (checked against a JSON schema of it), golden
 * Markdown and HTML for the designer plan, and the command line run as users run it.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { PlanAnalyzer } from '../src/core/analyze';
import { reportData, reportHtml, reportMarkdown } from '../src/core/report';
import { expectedFindings } from './examples.test';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const DESIGNER = join(process.cwd(), '..', 'shared', 'insights', 'designer.careerplan.yaml');
const GOLDEN = join(process.cwd(), 'server', 'test', 'fixtures', 'report');
const TODAY = '2026-11-24';

const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const nullableDate = { anyOf: [date, { type: 'null' }] };
const strict = (properties: Record<string, unknown>) => ({ type: 'object', required: Object.keys(properties), additionalProperties: false, properties });
/** SPEC §7's JSON, as a schema: every key it shows, nothing else. */
const REPORT_SCHEMA = {
  type: 'array',
  items: strict({
    file: { type: 'string' },
    today: date,
    runway: { anyOf: [{ type: 'null' }, strict({ months: { type: ['number', 'null'] }, covered: { type: 'boolean' }, fund: { type: 'number' }, expenses: { type: 'number' }, continuingIncome: { type: 'number' } })] },
    backupPlans: {
      type: 'array',
      items: strict({
        id: { type: 'string' },
        readiness: { type: 'integer', minimum: 0, maximum: 100 },
        criteria: {
          type: 'array',
          minItems: 7,
          maxItems: 7,
          items: strict({ id: { enum: ['fit', 'skills', 'tested', 'network', 'market', 'trigger', 'runway'] }, weight: { type: 'number' }, score: { type: 'number', minimum: 0, maximum: 1 }, detail: { type: 'string', minLength: 1 } }),
        },
      }),
    },
    skillGaps: { type: 'array', items: strict({ plan: { type: 'string' }, skill: { type: 'string' }, have: { type: 'integer' }, need: { type: 'integer' }, closesOn: nullableDate, by: { type: 'array', items: { type: 'string' } } }) },
    nextActions: { type: 'array', items: strict({ id: { type: 'string' }, due: nullableDate, status: { enum: ['todo', 'doing', 'blocked'] }, overdue: { type: 'boolean' }, waitingOn: { type: 'array', items: { type: 'string' } } }) },
    contacts: { type: 'array', items: strict({ id: { type: 'string' }, nextContact: nullableDate, due: { type: 'boolean' }, gave: { type: 'integer' }, got: { type: 'integer' } }) },
    review: { anyOf: [{ type: 'null' }, strict({ every: { type: ['string', 'null'] }, last: nullableDate, next: nullableDate, due: { type: 'boolean' } })] },
  }),
};

function cli(args: string[], cwd = process.cwd()) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', LANG: 'C' }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function designerReport(locale: 'en' | 'zh-cn' = 'en') {
  const analysis = new PlanAnalyzer().analyze(readFileSync(DESIGNER, 'utf8'), { today: TODAY });
  return reportData('designer.careerplan.yaml', analysis, { today: TODAY, locale, progress: [
    { date: '2026-01-10', done: 0, total: 3, skillsRaised: 0 },
    { date: '2026-06-01', done: 1, total: 4, skillsRaised: 2 },
  ] });
}

/** Compares with a golden file; CAREERPLAN_UPDATE_GOLDEN=1 writes it instead. */
function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.CAREERPLAN_UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, actual);
  assert.equal(actual, readFileSync(file, 'utf8'), `${name} differs from its golden file`);
}

describe('careerplan report', () => {
  it('--format json is SPEC §7: the designer plan with its header numbers', () => {
    const run = cli(['report', '--format', 'json', '--today', TODAY, DESIGNER]);
    assert.equal(run.status, 0, run.stderr);
    const json = JSON.parse(run.stdout);
    const validate = new Ajv({ allErrors: true }).compile(REPORT_SCHEMA);
    assert.ok(validate(JSON.parse(run.stdout)), JSON.stringify(validate.errors));
    const [plan] = json;
    assert.deepEqual(plan.runway, { months: 4.6, covered: false, fund: 18000, expenses: 4300, continuingIncome: 400 });
    assert.deepEqual(plan.backupPlans.map((p: { id: string; readiness: number }) => [p.id, p.readiness]), [['ux-researcher', 87], ['illustrator', 30]]);
    assert.deepEqual(plan.skillGaps.map((g: { skill: string; closesOn: string }) => [g.skill, g.closesOn]), [['user-interviews', '2027-09-30'], ['statistics', '2027-03-31'], ['illustration', '2027-02-15']]);
    assert.deepEqual(plan.nextActions.find((a: { id: string }) => a.id === 'ask-for-intro').waitingOn, ['interview-course']);
    assert.deepEqual(plan.contacts[0], { id: 'ines-moreau', nextContact: '2026-10-15', due: true, gave: 0, got: 3 });
    assert.deepEqual(plan.review, { every: '6m', last: '2026-10-01', next: '2027-04-01', due: false });
  });

  it('check reports exactly the designer header\'s findings', () => {
    const run = cli(['check', '--format', 'json', '--today', TODAY, DESIGNER]);
    const codes = JSON.parse(run.stdout).map((f: { code: string }) => f.code).sort();
    assert.deepEqual(codes, expectedFindings(readFileSync(DESIGNER, 'utf8')).map((e) => e.code).sort());
    assert.equal(run.status, 0, 'warnings and infos only');
  });

  it('the shared examples give json that fits the schema', () => {
    const run = cli(['report', '--format', 'json', '--today', TODAY, join(process.cwd(), '..', 'shared', 'examples')]);
    assert.equal(run.status, 0, run.stderr);
    const json = JSON.parse(run.stdout);
    assert.equal(json.length, 3);
    assert.ok(new Ajv().compile(REPORT_SCHEMA)(json));
  });

  it('md matches its golden file', () => {
    golden('designer.md', reportMarkdown(designerReport()));
  });

  it('html matches its golden file, and is standalone: no script, no external reference', () => {
    const html = reportHtml(designerReport());
    golden('designer.html', html);
    assert.ok(!/<script|javascript:|\bon[a-z]+=|<link|<img|@import|url\(/i.test(html));
    assert.ok(!/(src|href)=/i.test(html));
    assert.match(html, /default-src 'none'/);
    assert.match(html, /87%/);
    assert.match(html, /<polyline/);
  });

  it('renders fully in Chinese for zh-cn', () => {
    const md = reportMarkdown(designerReport('zh-cn'));
    for (const heading of md.split('\n').filter((l) => l.startsWith('#'))) assert.match(heading, /[\u4e00-\u9fff]/, heading);
  });

  it('escapes text from the plan in html and md', () => {
    const text = 'careerplan: 1\nowner: "<script>alert(1)</script> *bold*"\nactions:\n  a: { do: "<img src=x onerror=alert(1)> [link](http://x)", due: 2027-01-01 }\n';
    const data = reportData('x.careerplan.yaml', new PlanAnalyzer().analyze(text, { today: TODAY }), { today: TODAY, locale: 'en' });
    const html = reportHtml(data);
    assert.ok(!html.includes('<script>') && !html.includes('<img'));
    const md = reportMarkdown(data);
    assert.ok(md.includes('\\<script\\>') && md.includes('\\[link\\]\\(http://x\\)'));
  });

  it('-o writes the file and refuses to overwrite a plan it reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'careerplan-report-'));
    const plan = join(dir, 'me.careerplan.yaml');
    const text = readFileSync(DESIGNER, 'utf8');
    writeFileSync(plan, text);
    const refused = cli(['report', '-o', 'me.careerplan.yaml', 'me.careerplan.yaml'], dir);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /one of the plans read/);
    assert.equal(readFileSync(plan, 'utf8'), text);
    const written = cli(['report', '--format', 'html', '--today', TODAY, '-o', 'report.html', 'me.careerplan.yaml'], dir);
    assert.equal(written.status, 0, written.stderr);
    assert.match(readFileSync(join(dir, 'report.html'), 'utf8'), /^<!DOCTYPE html>/);
  });

  it('exits 2 for an unknown format', () => {
    const run = cli(['report', '--format', 'pdf', DESIGNER]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /text, md, html, json/);
  });
});
