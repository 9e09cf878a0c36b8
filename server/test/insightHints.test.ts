/**
 * A hover computes the plan's insights only where `hintMayBeAt` says a hint may stand: every
 * span of every hint, on the shared plans and on generated ones, must be such a place.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlanAnalyzer } from '../src/core/analyze';
import { planInsights } from '../src/core/insights';
import { createMessageFormatter } from '../src/core/messages/catalog';
import { hintMayBeAt, insightHints, type InsightHintKind } from '../src/core/views/insightHints';
import { locate } from '../src/core/yaml/locate';

const shared = join(process.cwd(), '..', 'shared');
const TODAY = '2026-11-24';

describe('where insight hints stand', () => {
  it('every span of every hint is a place hintMayBeAt allows', async () => {
    const { generatePlan } = await import('../../scripts/genplan.mjs');
    const texts = [
      ...['examples', 'insights'].flatMap((folder) =>
        readdirSync(join(shared, folder)).filter((name) => name.endsWith('.careerplan.yaml')).map((name) => readFileSync(join(shared, folder, name), 'utf8')),
      ),
      ...[1, 2, 3].map((seed) => generatePlan({ lines: 1500, seed })),
      generatePlan({ lines: 1500, seed: 4, lang: 'zh' }),
    ];
    const analyzer = new PlanAnalyzer();
    const kinds = new Set<InsightHintKind>();
    for (const text of texts) {
      const { model, parsed } = analyzer.analyze(text, { today: TODAY });
      for (const hint of insightHints(model, planInsights(model, TODAY), createMessageFormatter('en'))) {
        kinds.add(hint.kind);
        for (const span of hint.spans) {
          for (const offset of [span.start, (span.start + span.end) >> 1, span.end]) {
            const path = locate(parsed.root, offset).path;
            assert.ok(hintMayBeAt(path), `${hint.kind} ${hint.key} at ${JSON.stringify(path)}`);
          }
        }
      }
    }
    assert.deepEqual([...kinds].sort(), ['nextContact', 'runway', 'skillGap', 'waiting']);
  });

  it('other places are not', () => {
    assert.equal(hintMayBeAt(['actions', 'a', 'do']), false);
    assert.equal(hintMayBeAt(['skills', 'x', 'level']), false);
  });
});
