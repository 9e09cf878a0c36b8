/**
 * The schema is JSON that other editors read as it is, so it spells the id pattern and the skill
 * levels out; the core holds the one definition. This keeps the two from drifting apart.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ID_PATTERN } from '../src/core/ids/idPattern';
import { MAX_SKILL_LEVEL } from '../src/core/model/types';

type Json = { [key: string]: unknown };
const schema = JSON.parse(readFileSync('schemas/careerplan.schema.json', 'utf8')) as Json & { definitions: Record<string, Json> };

/** Every key of every `patternProperties` in the schema. */
function propertyPatterns(node: unknown, out: string[] = []): string[] {
  if (node === null || typeof node !== 'object') return out;
  const record = node as Json;
  if (record.patternProperties && typeof record.patternProperties === 'object') out.push(...Object.keys(record.patternProperties));
  for (const [key, child] of Object.entries(record)) if (key !== 'examples') propertyPatterns(child, out);
  return out;
}

describe('the schema agrees with the core', () => {
  it('every id-keyed map and the id definition use the core id pattern', () => {
    const patterns = propertyPatterns(schema).filter((p) => p !== '^x-');
    assert.ok(patterns.length >= 10, 'the id-keyed maps are found');
    assert.deepEqual([...new Set(patterns)], [ID_PATTERN]);
    assert.equal(schema.definitions.id.pattern, ID_PATTERN);
  });

  it('skill levels stop at the core maximum', () => {
    assert.equal(schema.definitions.skillLevel.maximum, MAX_SKILL_LEVEL);
    assert.equal(schema.definitions.neededLevel.maximum, MAX_SKILL_LEVEL);
  });
});
