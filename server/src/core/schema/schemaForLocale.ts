import schemaJson from '../../../../schemas/careerplan.schema.json';
import type { Locale } from '../messages/catalog';
import { SchemaInfo, type JsonSchema } from './schemaInfo';
import { SCHEMA_TEXTS_ZH, type SchemaTexts } from './schemaTextsZh';

/** Where subschemas sit in a node: in maps of named children, in a list's items, in branches. */
const CHILD_MAPS = ['properties', 'patternProperties', 'definitions'] as const;
const BRANCH_LISTS = ['anyOf', 'oneOf', 'allOf'] as const;

/**
 * Every subschema of `root` with its JSON pointer (`/definitions/goal/properties/by`): the keys
 * that translations of the schema's titles and descriptions are filed under.
 */
export function* schemaNodes(root: JsonSchema, pointer = ''): Generator<[pointer: string, node: JsonSchema]> {
  yield [pointer, root];
  const node = root as Record<string, unknown>;
  for (const key of CHILD_MAPS) {
    for (const [name, child] of Object.entries((node[key] as Record<string, JsonSchema> | undefined) ?? {})) {
      yield* schemaNodes(child, `${pointer}/${key}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  }
  if (root.items) yield* schemaNodes(root.items, `${pointer}/items`);
  for (const key of BRANCH_LISTS) {
    for (const [i, branch] of ((node[key] as JsonSchema[] | undefined) ?? []).entries()) yield* schemaNodes(branch, `${pointer}/${key}/${i}`);
  }
}

/**
 * A copy of the schema with its titles and descriptions replaced by `texts` (by JSON pointer);
 * what `texts` does not cover stays as written. The schema file stays the one English source,
 * and every reader of SchemaInfo (hover, completion) speaks the locale without knowing it.
 */
export function localizeSchema(root: JsonSchema, texts: SchemaTexts): JsonSchema {
  const copy = JSON.parse(JSON.stringify(root)) as JsonSchema;
  for (const [pointer, node] of schemaNodes(copy)) {
    const text = texts[pointer];
    if (!text) continue;
    if (text.title !== undefined) node.title = text.title;
    if (text.description !== undefined) node.description = text.description;
  }
  return copy;
}

const TEXTS: Record<Locale, SchemaTexts | undefined> = { en: undefined, 'zh-cn': SCHEMA_TEXTS_ZH };

/** The schema's documentation in each locale, built the first time a locale is asked for. */
export class LocalizedSchemas {
  private readonly byLocale = new Map<Locale, SchemaInfo>();

  get(locale: Locale): SchemaInfo {
    let info = this.byLocale.get(locale);
    if (!info) {
      const texts = TEXTS[locale];
      const root = schemaJson as JsonSchema;
      info = new SchemaInfo(texts ? localizeSchema(root, texts) : root);
      this.byLocale.set(locale, info);
    }
    return info;
  }
}
