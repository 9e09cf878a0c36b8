/**
 * The insights where people look, over real JSON-RPC on the designer plan (today 2026-11-24):
 * inlay hints with resolved tooltips, each kind switched off by its setting, hover with the
 * arithmetic at cursor-marked places, the readiness lens, the view model's insights and
 * "Log contact today" through careerplan/edit.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeLens, Hover, InlayHint, MarkupContent, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PlanEditRequest, PlanModelRequest, ReportRequest } from '../../src/lsp/protocol';
import { takeCursor } from '../cursorMarker';
import { FULL_CAPABILITIES, TestClient } from './client';
import { TODAY } from './suite';

const DESIGNER = readFileSync(join('server', 'test', 'lsp', 'fixtures', 'designer.careerplan.yaml'), 'utf8');
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };
const CAPABILITIES = {
  ...FULL_CAPABILITIES,
  workspace: { ...FULL_CAPABILITIES.workspace, inlayHint: { refreshSupport: true } },
  textDocument: { ...FULL_CAPABILITIES.textDocument, codeLens: {}, inlayHint: { resolveSupport: { properties: ['tooltip'] } } },
};

/** The designer plan with `|` put `delta` characters into the `occurrence`-th `needle`. */
function cursorAt(needle: string, delta: number, occurrence = 0): string {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = DESIGNER.indexOf(needle, index + 1);
  assert.ok(index >= 0, needle);
  return DESIGNER.slice(0, index + delta) + '|' + DESIGNER.slice(index + delta);
}

/** Each hint as `line text ▸ label`, to read the expectations like the editor shows them. */
function rendered(text: string, hints: InlayHint[]): string[] {
  const lines = text.split('\n');
  return hints.map((h) => `${lines[h.position.line].slice(0, h.position.character).trim()} ▸ ${h.label as string}`);
}

describe('language server: insights (inlay hints, hover, readiness lens, log contact)', function () {
  let client: TestClient;
  let counter = 0;
  before(async () => {
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: TODAY }, capabilities: CAPABILITIES, settings: { careerplan: {} } });
  });
  after(async () => client?.stop());

  async function open(text = DESIGNER) {
    const uri = `file:///plans/designer-${counter++}.careerplan.yaml`;
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, 1);
    return { uri };
  }

  it('inlay hints: runway, closing dates, next contacts and waiting, in text order', async () => {
    const textDocument = await open();
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument, range: WHOLE });
    assert.deepEqual(rendered(DESIGNER, hints), [
      'user-interviews: 4 ▸ closes 2027-09-30',
      'statistics: 2 ▸ closes 2027-03-31',
      'illustration: 4 ▸ closes 2027-02-15',
      'after: [interview-course] ▸ waiting on interview-course',
      'every: 2m ▸ next contact 2026-10-15, due',
      'last-contact: 2026-10-30 ▸ next contact 2027-01-30',
      'emergency-fund: 18000 ▸ ≈ 4.6 months if you lost your job',
    ]);
    assert.ok(hints.every((h) => h.tooltip === undefined && h.data !== undefined && h.paddingLeft), 'tooltips wait for resolve');
    const runway = await client.request<InlayHint>('inlayHint/resolve', hints[hints.length - 1]);
    const tooltip = (runway.tooltip as MarkupContent).value;
    assert.match(tooltip, /18000 ÷ \(4300 − 400\) ≈ \*\*4\.6 months\*\*/);
    assert.match(tooltip, /`salary` 6500 \(job\): stops with the job/);
    assert.match(tooltip, /`dividends` 100 \(side\): goes on/);
  });

  it('inlay hints: only those in the asked range, and none of a kind switched off', async () => {
    const textDocument = await open();
    const line = DESIGNER.split('\n').findIndex((l) => l.startsWith('  emergency-fund:'));
    const inRange = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument, range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } } });
    assert.deepEqual(inRange.map((h) => h.label), ['≈ 4.6 months if you lost your job']);
    await client.changeSettings({ careerplan: { inlayHints: { skillGaps: false, waiting: false } } });
    await client.nextDiagnostics(textDocument.uri);
    const some = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument, range: WHOLE });
    assert.deepEqual(some.map((h) => h.label), ['next contact 2026-10-15, due', 'next contact 2027-01-30', '≈ 4.6 months if you lost your job']);
    await client.changeSettings({ careerplan: {} });
    await client.nextDiagnostics(textDocument.uri);
  });

  async function hoverAt(marked: string): Promise<string> {
    const { text, position } = takeCursor(marked);
    const textDocument = await open(text);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument, position });
    assert.ok(hover, 'a hover');
    return (hover.contents as MarkupContent).value;
  }

  it('hover shows the arithmetic: runway', async () => {
    const value = await hoverAt(cursorAt('emergency-fund: 18000', 18));
    assert.match(value, /emergency-fund ÷ \(monthly-expenses − income that goes on\) = 18000 ÷ \(4300 − 400\) ≈ \*\*4\.6 months\*\*/);
    assert.match(value, /`etsy` 300 \(side\): goes on/);
  });

  it('hover shows the arithmetic: a skill gap and what closes it', async () => {
    const value = await hoverAt(cursorAt('user-interviews: 4', 3, 0));
    assert.match(value, /plan `ux-researcher` needs `user-interviews` at level 4; you have 2/);
    assert.match(value, /closes on \*\*2027-09-30\*\*, the latest of/);
    assert.match(value, /experiment `interview-volunteering` to 2027-09-30/);
    assert.match(value, /action `interview-course` due 2027-02-28/);
  });

  it('hover shows the arithmetic: next contact from the newest log entry and every', async () => {
    const value = await hoverAt(cursorAt('every: 2m', 8));
    assert.match(value, /last contact 2026-08-15 \(the newest log entry\) \+ every 2m = \*\*2026-10-15\*\*/);
    assert.match(value, /Due: 2026-10-15 has passed/);
    assert.match(value, /you gave 0 times and got 3 times/);
  });

  it('hover shows the arithmetic: what an action waits on, above the referenced action', async () => {
    const value = await hoverAt(cursorAt('after: [interview-course]', 12));
    assert.match(value, /\*\*Waiting\*\*/);
    assert.match(value, /`interview-course` \(todo, due 2027-02-28\)/);
    assert.match(value, /---[\s\S]*Take a course on research interviewing/);
  });

  it('a readiness lens on each backup plan opens the list of criteria', async () => {
    const textDocument = await open();
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument });
    const readiness = lenses.filter((l) => l.command?.command === 'careerplan.showReadiness');
    assert.deepEqual(readiness.map((l) => [l.range.start.line, l.command!.title, l.command!.arguments]), [
      [DESIGNER.split('\n').indexOf('  ux-researcher:'), 'Readiness 87%', [{ uri: textDocument.uri, planId: 'ux-researcher' }]],
      [DESIGNER.split('\n').indexOf('  illustrator:'), 'Readiness 30%', [{ uri: textDocument.uri, planId: 'illustrator' }]],
    ]);
  });

  it('the view model carries the insights, where each criterion reads, and the contacts', async () => {
    const textDocument = await open();
    const view = await client.request<PlanModelRequest.Result>(PlanModelRequest.method, { uri: textDocument.uri });
    assert.ok(view);
    assert.deepEqual(view.insights.backupPlans.map((p) => [p.id, p.readiness, p.criteria.map((c) => c.id)]), [
      ['ux-researcher', 87, ['fit', 'skills', 'tested', 'network', 'market', 'trigger', 'runway']],
      ['illustrator', 30, ['fit', 'skills', 'tested', 'network', 'market', 'trigger', 'runway']],
    ]);
    assert.equal(view.readinessPlaces.illustrator.market.start.line, DESIGNER.split('\n').findIndex((l) => l.includes('earnings: 30-50k')));
    const ines = view.contacts.find((c) => c.id === 'ines-moreau')!;
    assert.deepEqual([ines.name, ines.role, ines.every, ines.lastContact, ines.nextContact, ines.due, ines.gave, ines.got], ['Inès Moreau', 'mentor', '2m', '2026-08-15', '2026-10-15', true, 0, 3]);
  });

  it('Log contact today: one edit of that contact, through careerplan/edit', async () => {
    const textDocument = await open();
    const result = await client.request<PlanEditRequest.Result>(PlanEditRequest.method, { uri: textDocument.uri, version: 1, edit: { kind: 'logContact', actionId: 'ines-moreau', note: { got: 'An intro' } } });
    assert.equal(result.error, undefined);
    const change = result.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri: textDocument.uri, version: 1 });
    const after = TextDocument.applyEdits(TextDocument.create(textDocument.uri, 'careerplan', 1, DESIGNER), change.edits as never);
    assert.ok(after.includes('    plans: [ux-researcher]\n    last-contact: 2026-11-24\n    every: 2m\n'));
    assert.ok(after.includes('      - { date: 2026-08-15, got: Advice on moving into research }\n      - { date: 2026-11-24, got: An intro }\n  kofi-mensah:'));
    const refused = await client.request<PlanEditRequest.Result>(PlanEditRequest.method, { uri: textDocument.uri, version: 1, edit: { kind: 'logContact', actionId: 'ines-moreau' } });
    assert.match(refused.error!, /"note" must be/);
  });

  it('the report: the core\'s HTML page of the open text, with a readiness bar per backup plan', async () => {
    const textDocument = await open();
    const report = await client.request<ReportRequest.Result>(ReportRequest.method, { uri: textDocument.uri });
    assert.ok(report);
    assert.equal(report.version, 1);
    assert.deepEqual([...report.html.matchAll(/<svg class="bar"[^>]*aria-label="(\d+)%"/g)].map((m) => m[1]), ['87', '30']);
    assert.match(report.html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    assert.doesNotMatch(report.html, /<script/);
    assert.equal(await client.request(ReportRequest.method, { uri: 'file:///nowhere/missing.careerplan.yaml' }), null);
  });
});
