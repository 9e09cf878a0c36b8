/**
 * Golden fixtures with inline markers. Every `*.careerplan.yaml` under test/fixtures/rules/ is
 * analysed, and the findings must be exactly the markers:
 *   `# want: skill-gap` at the end of a line: a finding with that code starts on that line
 *   (several codes: `# want: overdue, skill-gap`; the same code twice: list it twice);
 *   `# want-above: code` on a line of its own: a finding on the previous line (for lines that
 *   cannot carry a comment).
 * Header comments (first lines): `# today: YYYY-MM-DD` (default 2026-11-24) and
 * `# check: code, code` to compare only those codes (default: every code).
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PlanAnalyzer } from '../src/core/analyze';

const root = join(process.cwd(), 'server', 'test', 'fixtures', 'rules');

function listFixtures(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return listFixtures(full);
    return /\.careerplan\.ya?ml$/.test(name) ? [full] : [];
  });
}

export function expectedMarkers(text: string): { today: string; check: Set<string> | null; want: string[] } {
  const today = /^# today: (\d{4}-\d{2}-\d{2})/m.exec(text)?.[1] ?? '2026-11-24';
  const checkLine = /^# check: (.+)$/m.exec(text)?.[1];
  const check = checkLine ? new Set(checkLine.split(',').map((s) => s.trim())) : null;
  const want: string[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /#\s*want(-above)?:\s*([a-z, -]+?)\s*$/.exec(line);
    if (!m) return;
    // `i` is 0-based: the marker's own line is i + 1, the line above it is i.
    for (const code of m[2].split(',').map((s) => s.trim()).filter(Boolean)) want.push(`${m[1] ? i : i + 1}:${code}`);
  });
  return { today, check, want: want.sort() };
}

describe('rule fixtures', () => {
  const analyzer = new PlanAnalyzer();
  for (const file of listFixtures(root)) {
    it(relative(root, file), () => {
      const text = readFileSync(file, 'utf8');
      const { today, check, want } = expectedMarkers(text);
      const analysis = analyzer.analyze(text, { today });
      assert.deepEqual(analysis.internalErrors, []);
      const got = analysis.findings
        .filter((f) => !check || check.has(f.code))
        .map((f) => `${analysis.lines.positionAt(f.start).line + 1}:${f.code}`)
        .sort();
      const details = analysis.findings.map((f) => `  ${analysis.lines.positionAt(f.start).line + 1}: ${f.code}: ${f.message}`).join('\n');
      assert.deepEqual(got, want, `findings of ${relative(process.cwd(), file)}:\n${details}`);
    });
  }
});
