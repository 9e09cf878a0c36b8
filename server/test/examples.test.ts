/**
 * The shared example plans list, in their header comments, exactly what they must report:
 *   `#   code   dotted.path (note)`
 * Each example is analysed with today = 2026-11-24; the findings must have exactly those codes,
 * and each finding must lie inside the key/value the dotted path names (ids never contain dots).
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PlanAnalyzer, type Finding } from '../src/core/analyze';
import { isRuleCode } from '../src/core/codes';
import { asMap, getPair, type YNode } from '../src/core/yaml/tree';

/** The shared examples, and the insights plan whose header lists the findings of the seven insight rules. */
const exampleDirs = ['examples', 'insights'].map((dir) => join(process.cwd(), '..', 'shared', dir));
const TODAY = '2026-11-24';

interface Expected {
  code: string;
  path: string;
}

/** The expected findings from the leading comment block. */
export function expectedFindings(text: string): Expected[] {
  const expected: Expected[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith('#')) break;
    const m = /^#\s+([a-z][a-z-]*)\s+([A-Za-z0-9_.-]+)(?:\s+\(.*\))?\s*$/.exec(line);
    if (m && isRuleCode(m[1])) expected.push({ code: m[1], path: m[2] });
  }
  return expected;
}

/** The span from the key to the end of the value that a dotted path names in the YAML tree. */
export function resolvePath(root: YNode | null, path: string): { start: number; end: number } | undefined {
  let node: YNode | null = root;
  let span: { start: number; end: number } | undefined;
  for (const segment of path.split('.')) {
    const map = asMap(node);
    const pair = map ? getPair(map, segment) : undefined;
    if (!pair) return undefined;
    span = { start: pair.key.start, end: Math.max(pair.key.end, pair.value?.end ?? pair.key.end) };
    node = pair.value;
  }
  return span;
}

function listExamples(): string[] {
  return exampleDirs.flatMap((dir) => (existsSync(dir) ? readdirSync(dir).filter((name) => /\.careerplan\.ya?ml$/.test(name)).sort().map((name) => join(dir, name)) : []));
}

describe('shared examples', () => {
  const analyzer = new PlanAnalyzer();
  const examples = listExamples();

  if (examples.length === 0) {
    it('are present', function () {
      this.skip();
    });
  }

  for (const file of examples) {
    const name = basename(file);
    it(`${name} reports exactly what its header lists`, () => {
      const text = readFileSync(file, 'utf8');
      const expected = expectedFindings(text);
      assert.ok(expected.length > 0, 'the header lists no expected findings');
      const analysis = analyzer.analyze(text, { today: TODAY });
      assert.deepEqual(analysis.internalErrors, []);

      const show = (f: Finding): string => {
        const at = analysis.lines.positionAt(f.start);
        return `${at.line + 1}:${at.character + 1} ${f.code}: ${f.message}`;
      };
      const report = analysis.findings.map(show).join('\n');
      assert.deepEqual(
        analysis.findings.map((f) => f.code).sort(),
        expected.map((e) => e.code).sort(),
        `findings of ${name}:\n${report}`,
      );

      const unmatched = [...analysis.findings];
      for (const { code, path } of expected) {
        const span = resolvePath(analysis.parsed.root, path);
        assert.ok(span, `${name}: the header path ${path} names nothing in the file`);
        const index = unmatched.findIndex((f) => f.code === code && f.start >= span.start && f.end <= span.end);
        assert.ok(index >= 0, `${name}: no ${code} finding inside ${path}; findings:\n${report}`);
        unmatched.splice(index, 1);
      }
    });
  }
});
