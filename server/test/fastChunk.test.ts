/**
 * The fast chunk parser (core/yaml/fastChunk.ts) must never disagree with the `yaml` package:
 * whenever it answers, its tree (with every offset) and the JSON of its values equal what the `yaml`-based chunk
 * parse gives, and that parse reports no problem. It may decline (null) as often as it likes,
 * except on generated plans, where it has to carry nearly all chunks to be worth having.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isScalar, parseDocument } from 'yaml';
import { generatePlan } from '../../scripts/genplan.mjs';
import { ChunkedYamlParser, parseChunk } from '../src/core/yaml/chunkedParser';
import { layoutChunks } from '../src/core/yaml/chunks';
import { findConflicts } from '../src/core/yaml/conflicts';
import { resolvePlain, tryFastParse } from '../src/core/yaml/fastChunk';
import { planFilesBelow } from './planFilesBelow';

interface Span {
  start: number;
  end: number;
}

/** Every piece of a text the chunked parser may parse alone: the whole text, top-level chunks, section headers and entries. */
function chunkSpans(text: string): Span[] {
  const spans: Span[] = [{ start: 0, end: text.length }];
  const layout = layoutChunks(text);
  if (layout.whole) return spans;
  for (const top of layout.chunks) {
    spans.push({ start: top.start, end: top.end });
    if (!top.entries) continue;
    spans.push({ start: top.start, end: top.entries[0].start });
    spans.push(...top.entries);
  }
  return spans;
}

/** Compares the fast path with the `yaml` package on one chunk; true when the fast path answered. */
function checkChunk(text: string, span: Span): boolean {
  const source = text.slice(span.start, span.end);
  const fast = tryFastParse(source, span.start);
  if (fast === null) return false;
  const reference = parseChunk(source, span.start);
  const context = `chunk ${JSON.stringify(source)}`;
  assert.deepEqual(reference.problems, [], `${context}: the fast path accepted a chunk with problems`);
  assert.deepEqual(fast.root, reference.root, `${context}: trees differ`);
  assert.deepEqual(fast.values, reference.values, `${context}: JSON differs`);
  return true;
}

function checkText(text: string): { fast: number; total: number } {
  const masked = findConflicts(text).masked;
  let fast = 0;
  const spans = chunkSpans(masked);
  for (const span of spans) if (checkChunk(masked, span)) fast++;
  return { fast, total: spans.length };
}

describe('fast chunk parser', () => {
  describe('equals the yaml package', () => {
    const examples = planFilesBelow(join(process.cwd(), '..', 'shared', 'examples'));
    it('on every chunk of the shared examples', function () {
      this.timeout(20_000);
      if (examples.length === 0) this.skip();
      for (const file of examples) checkText(readFileSync(file, 'utf8'));
    });

    it('on every chunk of the fixtures, with LF and CRLF line breaks', function () {
      this.timeout(60_000);
      const files = planFilesBelow(join(process.cwd(), 'server', 'test', 'fixtures'));
      assert.ok(files.length > 0);
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        checkText(text);
        checkText(text.replace(/\r?\n/g, '\r\n'));
      }
    });

    it('on every chunk of generated plans (en and zh, several seeds)', function () {
      this.timeout(60_000);
      for (const lang of ['en', 'zh'] as const) {
        for (const seed of [1, 2, 3, 4, 5]) {
          const { fast, total } = checkText(generatePlan({ lines: 3000, seed, lang }));
          assert.ok(fast > total * 0.9, `${lang}/${seed}: only ${fast} of ${total} chunks took the fast path`);
        }
      }
    });

    it('on random YAML-ish documents', function () {
      this.timeout(60_000);
      fc.assert(
        fc.property(yamlishDocument(), (text) => {
          checkText(text);
        }),
        { numRuns: 4000 },
      );
    });

    it('on random YAML-ish documents with random edits', function () {
      this.timeout(60_000);
      fc.assert(
        fc.property(yamlishDocument(), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...EDIT_CHARACTERS), fc.boolean()), { maxLength: 3 }), (text, edits) => {
          let edited = text;
          for (const [at, c, insert] of edits) {
            const i = edited.length === 0 ? 0 : at % edited.length;
            edited = edited.slice(0, i) + (insert ? c : '') + edited.slice(i + (insert ? 0 : 1));
          }
          checkText(edited);
        }),
        { numRuns: 4000 },
      );
    });

    it('on tricky scalars in every position', () => {
      for (const scalar of TRICKY_SCALARS) {
        for (const text of [
          `a: ${scalar}\n`,
          `a: ${scalar}`,
          `a: ${scalar}  # note\r\n`,
          `${scalar}: x\n`,
          `  id:\n    k: ${scalar}\n    j: [${scalar}, b]\n`,
          `k: { x: ${scalar}, y: ${scalar} }\n`,
          `k: [${scalar}]\n`,
          `k:\n  - ${scalar}\n  - ${scalar}: v\n`,
        ]) {
          checkText(text);
        }
      }
    });
  });

  it('resolves plain scalars with the YAML 1.2 core schema', () => {
    assert.equal(resolvePlain('~'), null);
    assert.equal(resolvePlain('yes'), 'yes');
    assert.equal(resolvePlain('0x1F'), 31);
    assert.equal(resolvePlain('0o17'), 15);
    assert.equal(resolvePlain('1e3'), 1000);
    assert.equal(resolvePlain('.5'), 0.5);
    assert.ok(Object.is(resolvePlain('-0'), -0));
    assert.equal(resolvePlain('007'), 7);
    assert.equal(resolvePlain('1_000'), '1_000');
    assert.ok(Number.isNaN(resolvePlain('.NaN')));
    assert.equal(resolvePlain('-.Inf'), Number.NEGATIVE_INFINITY);
  });

  it('types plain scalars exactly as the yaml package does', () => {
    const numberish = fc.string({ unit: fc.constantFrom(...'0123456789.-+_eExXoObBaAfFiInNlLsStTrRuU~'), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(numberish, (text) => {
        const doc = parseDocument(text);
        const node = doc.contents;
        fc.pre(doc.errors.length === 0 && isScalar(node) && node.type === 'PLAIN' && node.range[1] - node.range[0] === text.length);
        assert.deepEqual(resolvePlain(text), (node as { value: unknown }).value, JSON.stringify(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('declines what it does not read', () => {
    for (const text of ['a: &x 1\n', 'a: *x\n', 'a: !tag 1\n', 'a: |\n  text\n', 'a: b\n  c\n', '? a\n: b\n', 'a: 1\na: 2\n', 'a:\tb\n', '---\na: 1\n', 'a: "x\\qy"\n', 'a: [b,\n  c]\n']) {
      assert.equal(tryFastParse(text, 0), null, JSON.stringify(text));
    }
  });

  it('carries at least 95% of the chunks of a 50,000-line plan', function () {
    this.timeout(60_000);
    const text = generatePlan({ lines: 50_000, seed: 1 });
    const parser = new ChunkedYamlParser();
    const { parsedChunks } = parser.parse(text);
    assert.ok(parser.fastChunks > 0 && parser.fastChunks <= parsedChunks);
    const layout = layoutChunks(text);
    assert.equal(layout.whole, false);
    const spans = layout.chunks.flatMap((top) => (top.entries ? [{ start: top.start, end: top.entries[0].start }, ...top.entries] : [top]));
    const fast = spans.filter((span) => tryFastParse(text.slice(span.start, span.end), span.start) !== null).length;
    assert.ok(fast >= spans.length * 0.95, `only ${fast} of ${spans.length} chunks of the layout took the fast path`);
  });
});

const TRICKY_SCALARS = [
  'yes', 'no', 'on', 'off', 'y', 'n', '0x1F', '0x1f', '0X1F', '0o17', '0o8', '0b101', '1e3', '1E-3', '1e', '.5', '5.', '-.5', '+1', '+.5', '-0', '+0', '-0.0', '007',
  '08', '1_000', '1,000', '~', 'null', 'Null', 'NULL', 'nUll', 'true', 'True', 'TRUE', 'tRue', 'false', 'False', 'FALSE', '.inf', '-.Inf', '+.INF', '.nan', '.NaN',
  '.NAN', 'NaN', 'inf', '12345678901234567890', '123456789012345678901234567890.5', '0x', '0xG', '-', '--', '---', '-a', 'a-', '- a', '"quoted # not comment"',
  "'it''s'", "''", '""', '"\\u00e9"', '"\\ud83d\\ude00"', '"a\\tb\\nc"', '"a\\"b\\\\"', '"a\\qb"', '"\\x41"', '"\\u00"', 'a: b', 'a:b', 'a :b', 'a:', '#x', 'a #x',
  'a#x', 'a  #x', '[a, b]', '[a,b]', '[ ]', '[]', '{}', '{ }', '[a,]', '[,a]', '[a b, "c, d", \'e\']', '{a: 1}', '{a:1}', '{ name: X, role: advisor }', '{a: 1, a: 2}',
  '{a: [b, c]}', '[a, [b, [c, [d]]]]', '[a: b]', '{a}', '{a: }', 'é', '日本語', '职业规划', '😀 emoji', 'a😀b', '&a x', '*a', '!tag x', '!!str 1', '|', '>', '? x', ':x',
  '%x', '@x', '`x', 'x`', "it's", 'say "hi"', 'a, b', 'a ,b', 'http://x.y/z?q=1#frag', '10:30', 'x: y: z', '"unterminated', "'unterminated", '"a" b', '[a] b',
  '[a]#c', '"a"#c', 'a\u00a0b', '<<', '__proto__', 'constructor', 'a]', 'a}', 'a{b', 'a[b]', '2026-11-24', '2026-11-24T10:00:00Z', '3m', '40-90k USD', '0.1.0',
  '\u00a0x', 'x\u3000', '\u200bx', 'x :y', 'a?', '0o', '0b1', '1.', '00.5e+3', '+.inf', '1e+3', '-1_0', '0x_1', '0o-1', '.e3', '+', '.', '..', '-.', '- -',
];

const EDIT_CHARACTERS = [' ', '#', ':', '-', "'", '"', '[', ']', '{', '}', ',', '\t', '\r', '\n', '&', '*', '!', '|', '>', '?', '%', '@', '`', '\\', '~', '0', '.', 'é', '\ud83d', '\u2028'];

const KEYS = ['a', 'b', 'id', 'x-y', 'key with spaces', 'k1', '1', '0x1', 'null', '~', 'true', 'é', '日本', '<<', '__proto__', 'constructor', 'a b ', 'a:b', '-a', '"q"', "'q'", 'a#b', '[a]', '\u00a0a', 'a?', 'a!', '1.0', '.5', 'NULL', ''];

/** A random document in (and around) the subset: nested block maps and sequences, comments, blank lines, CRLF. */
function yamlishDocument(): fc.Arbitrary<string> {
  const scalar = fc.oneof(
    fc.constantFrom(...TRICKY_SCALARS),
    fc.string({ unit: fc.constantFrom('a', 'b', ' ', '-', '.', '1', '0', 'é', '😀', '\u00a0', ':', '#', "'", '"', ','), minLength: 1, maxLength: 6 }),
  );
  const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('a', 'b', 'c', 'id', 'x-y', 'key with spaces') }, { weight: 1, arbitrary: fc.constantFrom(...KEYS) });
  const pad = fc.constantFrom('', '', '', ' ', '  ');
  const comment = fc.constantFrom('', '', '', ' # note', '  #x', ' #');
  type Line = { indent: number; text: string };
  type Block = (indent: number, depth: number) => fc.Arbitrary<Line[]>;
  const value: (depth: number) => fc.Arbitrary<{ inline: string | null; nested: Block | null }> = (depth) =>
    fc.oneof(
      { weight: 5, arbitrary: fc.tuple(scalar, comment).map(([s, c]) => ({ inline: s + c, nested: null })) },
      { weight: 1, arbitrary: comment.map((c) => ({ inline: c, nested: null })) },
      { weight: depth < 3 ? 2 : 0, arbitrary: fc.constant({ inline: null, nested: map as Block }) },
      { weight: depth < 3 ? 1 : 0, arbitrary: fc.constant({ inline: null, nested: seq as Block }) },
    );
  const extraLines = (indent: number): fc.Arbitrary<Line[]> =>
    fc.array(
      fc.oneof(
        fc.constant({ indent: 0, text: '' }),
        fc.integer({ min: 0, max: 6 }).map((n) => ({ indent: n, text: '' })),
        fc.integer({ min: Math.max(0, indent - 2), max: indent + 4 }).map((n) => ({ indent: n, text: '# comment' })),
      ),
      { maxLength: 2 },
    );
  const map: Block = (indent, depth) =>
    fc
      .array(
        fc.tuple(key, pad, value(depth), extraLines(indent), fc.integer({ min: 1, max: 3 })).chain(([k, p, v, extra, step]) => {
          const head = { indent, text: `${k}${p}:${v.inline === null ? '' : v.inline.startsWith(' ') || v.inline === '' ? v.inline : ' ' + v.inline}` };
          const nested = v.nested ? v.nested(indent + step, depth + 1) : fc.constant([] as Line[]);
          return nested.map((lines) => [head, ...lines, ...extra]);
        }),
        { minLength: 1, maxLength: 4 },
      )
      .map((groups) => groups.flat());
  const seq: Block = (indent, depth) =>
    fc
      .array(
        fc.oneof(
          fc.tuple(scalar, comment).map(([s, c]) => [{ indent, text: `- ${s}${c}` }]),
          map(indent + 2, depth + 1).map((lines) => [{ indent, text: `- ${lines[0].text}` }, ...lines.slice(1)]),
        ),
        { minLength: 1, maxLength: 3 },
      )
      .map((groups) => groups.flat());
  return fc
    .tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), extraLines(0))
    .chain(([rootIndent, eol, finalEol, leading]) =>
      map(rootIndent * 2, 0).map((lines) => {
        const all = [...leading, ...lines];
        return all.map((l) => ' '.repeat(l.indent) + l.text).join(eol) + (finalEol ? eol : '');
      }),
    );
}
