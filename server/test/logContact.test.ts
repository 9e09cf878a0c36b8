/**
 * "Log contact today": the exact text it writes on the designer plan (block contacts with a log of
 * flow items, a contact without a log, a flow-map contact), and properties over generated
 * contacts in every style: only that contact's lines change, the result parses to the original
 * with exactly the intended keys changed, and any text the user types reads back as written.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { parse } from 'yaml';
import { PlanAnalyzer } from '../src/core/analyze';
import { logContact, type ContactNote } from '../src/core/edits/logContact';
import { applyEdits } from '../src/core/edits/textEdits';

const TODAY = '2026-11-24';
const analyzer = new PlanAnalyzer();
const RUNS = Number(process.env.PROPERTY_RUNS ?? 120);
const designer = readFileSync(join('server', 'test', 'lsp', 'fixtures', 'designer.careerplan.yaml'), 'utf8');

function logged(text: string, id: string, note: ContactNote): string {
  const result = logContact(analyzer.analyze(text, { today: TODAY }), id, TODAY, note);
  assert.ok(result.ok, `edit made: ${!result.ok ? result.reason : ''}`);
  return applyEdits(text, result.edits);
}

/** The lines that differ, as `-old` / `+new` in order (the files differ in one place only). */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return [...a.slice(head, a.length - tail).map((l) => `-${l}`), ...b.slice(head, b.length - tail).map((l) => `+${l}`)];
}

describe('logContact', () => {
  it('on a block contact with a log of flow items: last-contact after plans, a one-line entry at the end', () => {
    const out = logged(designer, 'ines-moreau', { got: 'Intro to her research lead' });
    assert.deepEqual(changedLines(designer, out), [
      '-    every: 2m',
      '-    log:',
      '-      - { date: 2026-02-10, got: Review of my research plan }',
      '-      - { date: 2026-05-20, got: Feedback on the guerrilla test report }',
      '-      - { date: 2026-08-15, got: Advice on moving into research }',
      '+    last-contact: 2026-11-24',
      '+    every: 2m',
      '+    log:',
      '+      - { date: 2026-02-10, got: Review of my research plan }',
      '+      - { date: 2026-05-20, got: Feedback on the guerrilla test report }',
      '+      - { date: 2026-08-15, got: Advice on moving into research }',
      '+      - { date: 2026-11-24, got: Intro to her research lead }',
    ]);
  });

  it('on a contact without a log: replaces last-contact, keeps next-contact without every, starts a log', () => {
    const out = logged(designer, 'kofi-mensah', { gave: 'Feedback on his talk, with notes' });
    assert.deepEqual(changedLines(designer, out), [
      '-    last-contact: 2026-10-30',
      '-    next-contact: 2027-01-30',
      '+    last-contact: 2026-11-24',
      '+    next-contact: 2027-01-30',
      '+    log:',
      '+      - { date: 2026-11-24, gave: "Feedback on his talk, with notes" }',
    ]);
  });

  it('on a flow-map contact: one insertion keeps the commas right', () => {
    const out = logged(designer, 'lara-quinn', { got: 'A reference', gave: 'Coffee' });
    assert.deepEqual(changedLines(designer, out), [
      '-  lara-quinn: { name: Lara Quinn, role: advisor, last-contact: 2026-11-02 }',
      '+  lara-quinn: { name: Lara Quinn, role: advisor, last-contact: 2026-11-24, log: [{ date: 2026-11-24, got: A reference, gave: Coffee }] }',
    ]);
  });

  it('moves next-contact by every when both are written, and appends block items in block style', () => {
    const text = 'careerplan: 1\nnetwork:\n  jane:\n    name: Jane\n    next-contact: 2026-10-01\n    every: 3m\n    log:\n      - date: 2026-07-01\n        got: Advice\n';
    const out = logged(text, 'jane', { got: 'More advice' });
    assert.equal(out, 'careerplan: 1\nnetwork:\n  jane:\n    name: Jane\n    last-contact: 2026-11-24\n    next-contact: 2027-02-24\n    every: 3m\n    log:\n      - date: 2026-07-01\n        got: Advice\n      - date: 2026-11-24\n        got: More advice\n');
  });

  it('refuses, with nothing changed: an unknown contact, an empty note, a broken file, a log that is not a list', () => {
    const analysis = analyzer.analyze(designer, { today: TODAY });
    assert.deepEqual(logContact(analysis, 'nobody', TODAY, { got: 'x' }), { ok: false, reason: 'edit.not-found', subject: 'nobody' });
    assert.equal(logContact(analysis, 'ines-moreau', TODAY, { got: '  ' }).ok, false);
    assert.equal(logContact(analysis, 'ines-moreau', TODAY, {}).ok, false);
    const broken = analyzer.analyze(`${designer}\n  bad: [\n`, { today: TODAY });
    assert.deepEqual(logContact(broken, 'ines-moreau', TODAY, { got: 'x' }), { ok: false, reason: 'edit.refused-syntax' });
    const scalarLog = analyzer.analyze('network:\n  a:\n    name: A\n    log: often\n', { today: TODAY });
    assert.deepEqual(logContact(scalarLog, 'a', TODAY, { got: 'x' }), { ok: false, reason: 'edit.unsupported', subject: 'network.a.log' });
  });
});

/** A contact as written by hand, in one of the styles people use. */
interface ContactShape {
  flow: boolean;
  lastContact: boolean;
  nextContact: boolean;
  every: boolean;
  log: 'none' | 'empty' | 'block-maps' | 'flow-items' | 'flow-seq';
  comment: boolean;
}

function contactText(id: string, c: ContactShape, indent: string): string[] {
  const fields: Array<[string, string]> = [['name', `Person ${id}`], ['role', 'mentor']];
  if (c.lastContact) fields.push(['last-contact', '2026-01-05']);
  if (c.nextContact) fields.push(['next-contact', '2026-03-01']);
  if (c.every) fields.push(['every', '2m']);
  if (c.flow) {
    const log = c.log === 'none' ? '' : c.log === 'empty' ? ', log: []' : ', log: [{ date: 2026-01-05, got: Advice }]';
    return [`${indent}${id}: { ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')}${log} }${c.comment ? ' # warm' : ''}`];
  }
  const lines = [`${indent}${id}:${c.comment ? ' # warm' : ''}`, ...fields.map(([k, v]) => `${indent}${indent}${k}: ${v}`)];
  const inner = indent + indent;
  if (c.log === 'empty') lines.push(`${inner}log: []`);
  if (c.log === 'block-maps') lines.push(`${inner}log:`, `${inner}  - date: 2026-01-05`, `${inner}    got: Advice`, `${inner}  # newest last`);
  if (c.log === 'flow-items') lines.push(`${inner}log:`, `${inner}- { date: 2026-01-05, got: Advice }`);
  if (c.log === 'flow-seq') lines.push(`${inner}log: [{ date: 2026-01-05, got: Advice }]`);
  return lines;
}

const shape: fc.Arbitrary<ContactShape> = fc.record({
  flow: fc.boolean(),
  lastContact: fc.boolean(),
  nextContact: fc.boolean(),
  every: fc.boolean(),
  log: fc.constantFrom('none', 'empty', 'block-maps', 'flow-items', 'flow-seq'),
  comment: fc.boolean(),
});
const noteText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('yes', '~', '- item', 'a: b', 'x # y', '[list]', 'a, b', '{x}', ' padded ', "it's", '"q"', '中文: 冒号', 'line\nbreak', '2027-01-01', '1e3'),
).filter((s) => s.trim() !== '');

describe('logContact (properties)', function () {
  this.timeout(60_000);
  it('changes only that contact, exactly as intended, in any style, with any text', () => {
    fc.assert(
      fc.property(fc.array(shape, { minLength: 1, maxLength: 4 }), fc.nat(), fc.constantFrom('  ', '    '), fc.boolean(), noteText, fc.constantFrom<Array<'got' | 'gave'>>(['got'], ['gave'], ['got', 'gave']), (shapes, n, indent, crlf, typed, keys) => {
        const which = n % shapes.length;
        const ids = shapes.map((_, i) => `person-${i}`);
        const lines = ['# my network', 'careerplan: 1', 'network:', ...shapes.flatMap((c, i) => contactText(ids[i], c, indent)), 'review: { every: 3m }', ''];
        const eol = crlf ? '\r\n' : '\n';
        const text = lines.join(eol);
        const analysis = analyzer.analyze(text, { today: TODAY });
        assert.equal(analysis.hasSyntaxErrors, false, text);
        const note: ContactNote = Object.fromEntries(keys.map((k) => [k, typed]));
        const result = logContact(analysis, ids[which], TODAY, note);
        assert.ok(result.ok, `made: ${!result.ok ? result.reason : ''}\n${text}`);
        const out = applyEdits(text, result.edits);
        // Only the target contact's lines change; the file keeps its line endings.
        const pair = analysis.model.contactById.get(ids[which])!.pair;
        const before = text.slice(0, text.lastIndexOf('\n', pair.key.start) + 1);
        const after = text.slice(text.indexOf(`${eol}review:`));
        assert.ok(out.startsWith(before) && out.endsWith(after), out);
        if (crlf) assert.ok(!/(^|[^\r])\n/.test(out), 'CRLF kept');
        assert.equal(out.split('# warm').length, text.split('# warm').length, 'comments kept');
        // The result reads back as the original plus exactly the intended change.
        const expected = parse(text);
        const contact = expected.network[ids[which]];
        const trimmed = typed.trim();
        contact['last-contact'] = TODAY;
        if (contact.every && contact['next-contact']) contact['next-contact'] = '2027-01-24';
        contact.log = [...(contact.log ?? []), { date: TODAY, ...Object.fromEntries(keys.map((k) => [k, trimmed])) }];
        assert.deepEqual(parse(out), expected, out);
      }),
      { numRuns: RUNS * 3 },
    );
  });
});
