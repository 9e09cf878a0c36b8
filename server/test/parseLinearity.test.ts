/**
 * Every parse path is linear: for each shape of YAML a plan may hold, ten times the lines cost
 * less than fifteen times the time (a quadratic path costs about a hundred times). Plans past
 * the size limits are refused at once, with one finding.
 *
 * Timing on a shared machine is noisy, so: the time is this process's CPU time (other
 * processes competing for the cores do not count, the garbage collector's threads do); each
 * size runs several times after a warm-up, small and large samples alternate, and medians are
 * compared; a sample repeats its work until it lasts some tens of milliseconds (a small sample
 * ten times as often as a large one) and keeps every result alive, so both
 * sizes allocate and hold about as much memory (a tree that dies young is cheaper than one that
 * lives, which is not what is measured here); a shape that misses is measured up to twice more
 * (a quadratic path misses by far every time).
 */
import * as assert from 'node:assert/strict';
import { PlanAnalyzer } from '../src/core/analyze';
import { ChunkedYamlParser } from '../src/core/yaml/chunkedParser';
import { MAX_PLAN_CHARACTERS, MAX_PLAN_LINES } from '../src/core/yaml/limits';
import { generatePlan } from '../../scripts/genplan.mjs';

const SMALL = 2_000;
/** CPU time a sample should last at least, for a clock that may tick every few milliseconds. */
const SAMPLE_MS = 40;
const RUNS = 3;
const MAX_RATIO = 15;

/** `n` lines of one shape: a head, then a repeated body whose lines are counted. */
function repeat(head: string, body: (i: number) => string, n: number, linesPerBody: number): string {
  const parts = [head];
  for (let i = 0; i < n / linesPerBody; i++) parts.push(body(i));
  return parts.join('');
}

const PLAN_HEAD = 'careerplan: 1\nowner: Ada\n';

interface Shape {
  name: string;
  text: (lines: number) => string;
  /** Whether the fast path (fastChunk.ts) must carry it; otherwise the `yaml` package does (slower: smaller sizes). */
  fast: boolean;
}

const SHAPES: Shape[] = [
  { name: 'block-map entries', fast: true, text: (n) => repeat(`${PLAN_HEAD}actions:\n`, (i) => `  a-${i}:\n    do: Task ${i}\n    due: 2027-01-01\n`, n, 3) },
  { name: 'a plain list', fast: true, text: (n) => repeat(`${PLAN_HEAD}x-list:\n`, (i) => `  - item ${i}\n`, n, 1) },
  { name: 'a list of compact maps', fast: true, text: (n) => repeat(`${PLAN_HEAD}x-list:\n`, (i) => `  - name: n${i}\n    level: 2\n`, n, 2) },
  { name: 'flow lists', fast: true, text: (n) => repeat(`${PLAN_HEAD}x-flow:\n`, (i) => `  k-${i}: [a, b, "c ${i}", 'd', [e, f]]\n`, n, 1) },
  { name: 'flow maps', fast: true, text: (n) => repeat(`${PLAN_HEAD}actions:\n`, (i) => `  a-${i}: { do: Task ${i}, due: 2027-01-01, develops: [writing] }\n`, n, 1) },
  { name: 'nested maps', fast: true, text: (n) => repeat(`${PLAN_HEAD}x-nest:\n`, (i) => `  a-${i}:\n    b:\n      c: ${i}\n      d: text\n`, n, 4) },
  { name: 'top-level keys', fast: true, text: (n) => repeat(PLAN_HEAD, (i) => `x-k-${i}: ${i}\n`, n, 1) },
  { name: 'one section kept whole (a list in a list)', fast: false, text: (n) => repeat(`${PLAN_HEAD}x-list:\n`, (i) => `  - - a ${i}\n    - b\n`, n, 2) },
  { name: 'comments', fast: true, text: (n) => repeat(`${PLAN_HEAD}x-c:\n`, (i) => `  # note ${i}: [not] {parsed}\n  k-${i}: v # trailing: comment\n`, n, 2) },
  { name: 'Chinese text', fast: true, text: (n) => repeat(`${PLAN_HEAD}x-zh:\n`, (i) => `  技能${i}: 学习中文写作，每周一篇 ${i}\n`, n, 1) },
  { name: 'quoted scalars', fast: true, text: (n) => repeat(`${PLAN_HEAD}x-q:\n`, (i) => `  k${i}: "say \\"hi\\" ${i}"\n  s${i}: 'it''s ${i}'\n`, n, 2) },
  { name: 'CRLF line breaks', fast: true, text: (n) => repeat(`careerplan: 1\r\nx-list:\r\n`, (i) => `  - item ${i}\r\n`, n, 1) },
  { name: 'block scalars', fast: false, text: (n) => repeat(`${PLAN_HEAD}x-text:\n`, (i) => `  k-${i}: |\n    line one ${i}\n    line two\n`, n, 3) },
  { name: 'one long block scalar', fast: false, text: (n) => repeat(`${PLAN_HEAD}x-long: >-\n`, (i) => `  folded text ${i}\n`, n, 1) },
  { name: 'a list with anchors', fast: false, text: (n) => repeat(`${PLAN_HEAD}x-list:\n`, (i) => `  - &a${i} item ${i}\n`, n, 1) },
  { name: 'a whole document (a directive)', fast: false, text: (n) => repeat(`%YAML 1.2\n---\n${PLAN_HEAD}x-list:\n`, (i) => `  - item ${i}\n`, n, 1) },
];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU milliseconds per run of `work`, run `times` times with every result kept alive. */
function sample(work: () => unknown, times: number): number {
  const kept: unknown[] = [];
  const start = cpuMs();
  for (let i = 0; i < times; i++) kept.push(work());
  const spent = cpuMs() - start;
  return kept.length ? spent / times : spent;
}

/** Median time of the large input over the median time of the small one. */
function ratio(small: () => unknown, large: () => unknown): { ratio: number; small: number; large: number } {
  sample(small, 10);
  // Warm-up (compile, grow the heap) and calibration.
  const times = Math.min(20, Math.max(1, Math.ceil(SAMPLE_MS / Math.max(sample(large, 1), 0.1))));
  const smalls: number[] = [];
  const larges: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    smalls.push(sample(small, 10 * times));
    larges.push(sample(large, times));
  }
  const s = median(smalls);
  const l = median(larges);
  return { ratio: l / Math.max(s, 0.01), small: s, large: l };
}

function assertLinear(label: string, small: () => unknown, large: () => unknown): void {
  let measured = ratio(small, large);
  for (let attempt = 1; attempt < 3 && measured.ratio >= MAX_RATIO; attempt++) measured = ratio(small, large);
  assert.ok(measured.ratio < MAX_RATIO, `${label}: 10× the lines took ${measured.ratio.toFixed(1)}× the time (${measured.small.toFixed(1)} ms → ${measured.large.toFixed(1)} ms)`);
}

describe('parsing is linear', function () {
  this.timeout(120_000);

  for (const shape of SHAPES) {
    it(`${shape.name}: 10× the lines cost under ${MAX_RATIO}× the time`, () => {
      const lines = shape.fast ? SMALL : SMALL / 2;
      const small = shape.text(lines);
      const large = shape.text(lines * 10);
      const parser = new ChunkedYamlParser();
      const parsed = parser.parse(large);
      assert.deepEqual(parsed.problems, [], `${shape.name}: the input is valid YAML`);
      if (shape.fast) assert.ok(parser.fastChunks > 0 && parser.fastChunks === parsed.parsedChunks, `${shape.name}: the fast path parses every chunk`);
      else assert.ok(parser.fastChunks < parsed.parsedChunks, `${shape.name}: the yaml package parses some chunks`);
      // A fresh parser each time: nothing comes from a cache.
      assertLinear(shape.name, () => new ChunkedYamlParser().parse(small), () => new ChunkedYamlParser().parse(large));
    });
  }

  it('a whole analysis of a generated plan and of a long list: 10× the lines cost under 15× the time', () => {
    const analyzer = new PlanAnalyzer();
    const options = { today: '2026-11-24' as const };
    for (const [label, text] of [
      ['generated plan', (n: number) => generatePlan({ lines: n, seed: 3 })],
      ['plain list', SHAPES[1].text],
    ] as const) {
      const small = text(SMALL);
      const large = text(SMALL * 10);
      assertLinear(label, () => analyzer.analyze(small, options), () => analyzer.analyze(large, options));
    }
  });
});

describe('plans beyond the size limits', () => {
  const analyzer = new PlanAnalyzer();
  const options = { today: '2026-11-24' as const };

  it(`more than ${MAX_PLAN_LINES} lines: one yaml-syntax finding on the first line, nothing parsed, in English and Chinese`, () => {
    const text = repeat(PLAN_HEAD, (i) => `x-k${i}: ${i}\n`, MAX_PLAN_LINES + 10, 1);
    const start = performance.now();
    const analysis = analyzer.analyze(text, options);
    assert.ok(performance.now() - start < 5_000, 'refused quickly');
    assert.equal(analysis.parsed.parsedChunks, 0);
    assert.equal(analysis.hasSyntaxErrors, true);
    assert.deepEqual(
      analysis.findings.map((f) => [f.code, f.severity, f.start, f.end]),
      [['yaml-syntax', 'error', 0, 'careerplan: 1'.length]],
    );
    assert.match(analysis.findings[0].message, /too large to check: it has more than 400,000 lines/);
    const zh = analyzer.analyze(text, { ...options, locale: 'zh-cn' }).findings[0].message;
    assert.match(zh, /太大/);
  });

  it(`more than ${MAX_PLAN_CHARACTERS} characters (one long line)`, () => {
    const text = `${PLAN_HEAD}x-long: ${'a'.repeat(MAX_PLAN_CHARACTERS)}\n`;
    const analysis = analyzer.analyze(text, options);
    assert.equal(analysis.findings.length, 1);
    assert.match(analysis.findings[0].message, /more than 12,000,000 characters/);
  });

  it('exactly at the line limit, the plan is read; a parser that refused a text parses the next one', () => {
    const parser = new ChunkedYamlParser();
    // Blank lines: cheap to parse, and lines all the same.
    const within = `${PLAN_HEAD}${'\n'.repeat(MAX_PLAN_LINES - 3)}`;
    assert.equal(parser.parse(`${within}\n`).problems[0]?.code, 'TOO_LARGE');
    const parsed = parser.parse(within);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.json, { careerplan: 1, owner: 'Ada' });
  });

  it('a warm parser counts the lines around each edit: the edit that crosses the limit is refused', () => {
    const parser = new ChunkedYamlParser();
    const middle = (text: string, insert: string): string => text.slice(0, text.length >> 1) + insert + text.slice(text.length >> 1);
    const a = `${PLAN_HEAD}x-a: 1\n${'\n'.repeat(MAX_PLAN_LINES - 15)}x-b: 2\n`; // MAX - 10 lines
    assert.deepEqual(parser.parse(a).problems, []);
    const b = middle(a, '\n'.repeat(10)); // MAX lines: still read
    assert.deepEqual(parser.parse(b).problems, []);
    const c = middle(b.replace('x-a: 1\n', 'x-a: 1\r\n'), '\n\n'); // MAX + 2, and an edit elsewhere
    assert.equal(parser.parse(c).problems[0]?.code, 'TOO_LARGE');
    assert.deepEqual(parser.parse(b).problems, []);
  });
});
