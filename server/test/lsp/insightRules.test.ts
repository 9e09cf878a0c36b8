/**
 * The designer plan's findings (its header lists them) through the language server over real
 * JSON-RPC: the seven insight rules reach an editor with the same codes and places as `check`.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedFindings, resolvePath } from '../examples.test';
import { PlanAnalyzer } from '../../src/core/analyze';
import { TestClient } from './client';

const DESIGNER = readFileSync(join(process.cwd(), '..', 'shared', 'insights', 'designer.careerplan.yaml'), 'utf8');

describe('language server: insight rules on the designer plan', function () {
  let client: TestClient;
  afterEach(async () => client?.stop());

  it('publishes exactly the findings its header lists, each inside its path', async () => {
    client = await TestClient.start({ env: { CAREERPLAN_TODAY: '2026-11-24' } });
    const uri = 'file:///plans/designer.careerplan.yaml';
    await client.open(uri, DESIGNER);
    const { diagnostics } = await client.waitForDiagnostics(uri, 1);
    const expected = expectedFindings(DESIGNER);
    assert.deepEqual(diagnostics.map((d) => String(d.code)).sort(), expected.map((e) => e.code).sort());
    const analysis = new PlanAnalyzer().analyze(DESIGNER, { today: '2026-11-24' });
    for (const { code, path } of expected) {
      const span = resolvePath(analysis.parsed.root, path)!;
      const start = analysis.lines.positionAt(span.start);
      const end = analysis.lines.positionAt(span.end);
      const inside = diagnostics.some(
        (d) => d.code === code && (d.range.start.line > start.line || (d.range.start.line === start.line && d.range.start.character >= start.character)) && (d.range.end.line < end.line || (d.range.end.line === end.line && d.range.end.character <= end.character)),
      );
      assert.ok(inside, `${code} inside ${path}`);
    }
  });
});
