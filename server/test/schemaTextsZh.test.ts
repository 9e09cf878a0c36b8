import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { localizeSchema, LocalizedSchemas } from '../src/core/schema/schemaForLocale';
import type { JsonSchema } from '../src/core/schema/schemaInfo';
import { SCHEMA_TEXTS_ZH } from '../src/core/schema/schemaTextsZh';

type Node = Record<string, unknown>;

const schema = JSON.parse(readFileSync(path.join('schemas', 'careerplan.schema.json'), 'utf8')) as Node;

/** Keywords whose values are data, not subschemas: a `title` inside an example is not documentation. */
const DATA_KEYWORDS = new Set(['examples', 'enum', 'const', 'default']);

/** Every object of the schema that has a title or a description, by JSON pointer (walked on its own, not by the code under test). */
function documented(node: unknown, pointer = '', found = new Map<string, Node>()): Map<string, Node> {
  if (node === null || typeof node !== 'object') return found;
  if (Array.isArray(node)) {
    node.forEach((item, i) => documented(item, `${pointer}/${i}`, found));
    return found;
  }
  const object = node as Node;
  if (typeof object.title === 'string' || typeof object.description === 'string') found.set(pointer, object);
  for (const [key, value] of Object.entries(object)) {
    if (!DATA_KEYWORDS.has(key)) documented(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, found);
  }
  return found;
}

/** A title that is the key it documents (a rule code under `rules`) is a name: it stays as written. */
function isName(pointer: string, title: unknown): boolean {
  return pointer.endsWith(`/properties/${String(title)}`);
}

const CJK = /[\u4e00-\u9fff]/;

describe('schema texts in Simplified Chinese', () => {
  const nodes = documented(schema);

  it('translate every title and description of the schema', () => {
    const missing: string[] = [];
    for (const [pointer, node] of nodes) {
      const zh = SCHEMA_TEXTS_ZH[pointer];
      if (typeof node.title === 'string' && !isName(pointer, node.title) && !zh?.title) missing.push(`${pointer || '(root)'} title "${node.title}"`);
      if (typeof node.description === 'string' && !zh?.description) missing.push(`${pointer || '(root)'} description`);
    }
    assert.deepEqual(missing, []);
  });

  it('hold nothing for a node or a text the schema does not have', () => {
    const orphans: string[] = [];
    for (const [pointer, zh] of Object.entries(SCHEMA_TEXTS_ZH)) {
      const node = nodes.get(pointer);
      if (!node) orphans.push(`${pointer}: no such documented node`);
      else {
        if (zh.title !== undefined && typeof node.title !== 'string') orphans.push(`${pointer}: the schema has no title here`);
        if (zh.description !== undefined && typeof node.description !== 'string') orphans.push(`${pointer}: the schema has no description here`);
      }
    }
    assert.deepEqual(orphans, []);
  });

  it('are written in Chinese, with the keys and codes of the English kept as written', () => {
    const wrong: string[] = [];
    for (const [pointer, zh] of Object.entries(SCHEMA_TEXTS_ZH)) {
      if (zh.description !== undefined && !CJK.test(zh.description)) wrong.push(`${pointer}: description is not Chinese`);
      if (zh.title !== undefined && !CJK.test(zh.title) && zh.title !== 'id') wrong.push(`${pointer}: title is not Chinese`);
      // The values the English description names (todo, planned, 2w, monthly) are what the user types: the translation keeps them.
      const node = nodes.get(pointer);
      const english = String(node?.description ?? '');
      const values = [...((node?.enum as string[] | undefined) ?? []), ...(english.match(/\b[1-9][dwmy]\b/g) ?? [])];
      for (const value of values) {
        if (new RegExp(`\\b${value}\\b`).test(english) && !zh.description?.includes(value)) wrong.push(`${pointer}: "${value}" is missing from the translation`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('replace the schema\'s texts for zh and leave the English schema as it is', () => {
    const schemas = new LocalizedSchemas();
    const zh = schemas.get('zh-cn');
    const fund = zh.describe(['finances', 'emergency-fund'])!;
    assert.equal(fund.title, '应急基金');
    assert.match(fund.description!, /至少应覆盖 3 个月/);
    assert.deepEqual(fund.examples, [9000]);
    // A property's own words win over its definition's, in Chinese too.
    assert.equal(zh.describe(['plans', 'tech-writer', 'kind'])!.title, '规划类型');
    assert.equal(zh.describe(['actions', 'start-blog'])!.title, '行动');
    assert.equal(zh.keysAt(['actions', 'start-blog']).find((k) => k.name === 'due')!.title, '截止日期');
    assert.equal(zh.describe(['rules', 'overdue'])!.title, 'overdue');

    const en = schemas.get('en');
    assert.equal(en.describe(['finances', 'emergency-fund'])!.title, 'Emergency fund');
    const copy = localizeSchema(schema as JsonSchema, { '/properties/owner': { title: '所有者' } });
    assert.equal((copy.properties!.owner as Node).title, '所有者');
    assert.equal(((schema.properties as Node).owner as Node).title, 'Owner', 'the source is not changed');
  });
});
