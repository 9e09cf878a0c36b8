import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { PlanAnalyzer, type Analysis } from '../src/core/analyze';
import { ChunkedYamlParser } from '../src/core/yaml/chunkedParser';

const analyzer = new PlanAnalyzer();
const TODAY = '2026-11-24';
const sharedExamples = path.join(process.cwd(), '..', 'shared', 'examples');
/** Sized for about 10 s in `npm test`; raise it (CAREERPLAN_PROPERTY_RUNS=20) for a deeper search. */
const SCALE = Number(process.env.CAREERPLAN_PROPERTY_RUNS ?? 1);

/** Pieces that matter to YAML and to the chunker, so random text often looks almost like a plan. */
const PIECES = [
  ' ', '  ', '    ', '\t', '\n', '\r', '\r\n', '#', ':', ': ', '-', '- ', '{', '}', '[', ']', ',', '"', "'", '|', '|+', '>-', '&a ', '*a', '!', '!!str ',
  '?', '%', '@', '`', '~', '\\', '---', '...', '<<<<<<< HEAD', '=======', '|||||||', '>>>>>>> b', '\ufeff', '\u0000', '\u2028', '\ud800', '中文', '😀',
  'careerplan: 1', 'careerplan', 'actions', 'skills', 'plans', 'do', 'due', 'status', 'level', 'x-', 'a', 'b', '1', '2026-01-01', '2026-02-30', 'null', 'true',
];

const yamlish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(yamlish, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'insert'; at: number; line: string }
  | { kind: 'duplicate'; at: number }
  | { kind: 'indent'; at: number; by: number }
  | { kind: 'chars'; at: number; column: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), line: yamlish }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('chars' as const), at: fc.nat(), column: fc.nat(), text: fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 3 })) }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  const lines = text.split('\n');
  for (const m of mutations) {
    const i = m.at % Math.max(lines.length, 1);
    switch (m.kind) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'insert':
        lines.splice(i, 0, m.line);
        break;
      case 'duplicate':
        lines.splice(i, 0, lines[i] ?? '');
        break;
      case 'indent': {
        const line = lines[i] ?? '';
        const spaces = /^ */.exec(line)![0].length;
        lines[i] = ' '.repeat(Math.max(0, spaces + m.by)) + line.slice(spaces);
        break;
      }
      case 'chars': {
        const line = lines[i] ?? '';
        const column = m.column % (line.length + 1);
        lines[i] = line.slice(0, column) + m.text + line.slice(column);
        break;
      }
    }
  }
  return lines.join('\n');
}

/** What a finding looks like to a user, for comparing two analyses. */
function findingsOf(analysis: Analysis): unknown[] {
  return analysis.findings.map((f) => ({ code: f.code, severity: f.severity, start: f.start, end: f.end, message: f.message, data: f.data }));
}

/** The invariants every analysis keeps, whatever the text. */
function checkInvariants(text: string, warm?: ChunkedYamlParser): void {
  const analysis = analyzer.analyze(text, { today: TODAY });
  assert.deepEqual(analysis.internalErrors.map((e) => `${e.code}: ${String(e.error)}`), []);
  for (const f of analysis.findings) {
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.code} [${f.start}, ${f.end}] in a text of ${text.length}`);
  }
  const again = analyzer.analyze(text, { today: TODAY });
  assert.deepEqual(findingsOf(again), findingsOf(analysis), 'the same text gives the same findings');
  if (warm) {
    const fromWarm = analyzer.analyze(text, { today: TODAY }, warm);
    assert.deepEqual(findingsOf(fromWarm), findingsOf(analysis), 'a warm parser gives what a fresh one gives');
  }
}

describe('analysis properties', () => {
  let plans: string[] = [];

  before(async () => {
    const { generatePlan } = await import('../../scripts/genplan.mjs');
    plans = [generatePlan({ lines: 120, seed: 3 }), generatePlan({ lines: 120, seed: 4, lang: 'zh' })];
    if (existsSync(sharedExamples)) {
      for (const file of readdirSync(sharedExamples).filter((f) => /\.careerplan\.ya?ml$/.test(f))) plans.push(readFileSync(path.join(sharedExamples, file), 'utf8'));
    }
  });

  it('any text: never throws, findings inside the text, deterministic', function () {
    this.timeout(30000 * SCALE);
    const warm = new ChunkedYamlParser();
    fc.assert(
      fc.property(anyText, (text) => checkInvariants(text, warm)),
      { numRuns: 3000 * SCALE },
    );
  });

  it('mutated plans (lines deleted, inserted, duplicated, re-indented, characters typed): same invariants', function () {
    this.timeout(30000 * SCALE);
    const warm = plans.map(() => new ChunkedYamlParser());
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), (which, mutations, crlf) => {
        const index = which % plans.length;
        const base = crlf ? plans[index].replace(/\n/g, '\r\n') : plans[index];
        // The warm parser last saw the plan itself (or an earlier mutation), as in an editor.
        warm[index].parse(base);
        checkInvariants(mutate(base, mutations), warm[index]);
      }),
      { numRuns: 400 * SCALE },
    );
  });

  it('a long editing session: every version analysed warm equals a fresh analysis', function () {
    this.timeout(30000 * SCALE);
    fc.assert(
      fc.property(fc.nat(), fc.array(fc.array(mutation, { minLength: 1, maxLength: 2 }), { minLength: 2, maxLength: 8 }), (which, steps) => {
        const warm = new ChunkedYamlParser();
        let text = plans[which % plans.length];
        for (const step of steps) {
          text = mutate(text, step);
          const fromWarm = analyzer.analyze(text, { today: TODAY }, warm);
          const fresh = analyzer.analyze(text, { today: TODAY });
          assert.deepEqual(findingsOf(fromWarm), findingsOf(fresh));
          assert.deepEqual(fromWarm.parsed.json, fresh.parsed.json);
        }
      }),
      { numRuns: 60 * SCALE },
    );
  });
});
