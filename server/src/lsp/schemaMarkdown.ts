import { stringify } from 'yaml';
import type { SchemaDoc } from '../core/schema/schemaInfo';
import { MARKDOWN, type Markup } from './markup';
import type { ServerTexts } from './serverMessages';

/**
 * Documentation of a key or value from the schema (Markdown, or plain text): title, description,
 * allowed values, examples. `doc` comes from the schema in the user's locale; `texts` labels the rest.
 */
export function schemaMarkdown(doc: SchemaDoc, key: string | undefined, texts: ServerTexts, markup: Markup = MARKDOWN): string {
  const parts: string[] = [];
  const heading = doc.title ?? key;
  if (heading) parts.push(`${markup.bold(heading)}${key && doc.title && doc.title !== key ? ` (${markup.code(key)})` : ''}`);
  if (doc.description) parts.push(doc.description);
  if (doc.enum?.length) parts.push(`${texts.schema.allowedValues}: ${doc.enum.map((v) => markup.code(String(v))).join(' | ')}`);
  const examples = doc.examples.slice(0, 2);
  if (examples.length && !doc.enum?.length) {
    const yaml = examples.map((example) => exampleYaml(key, example)).join('\n');
    parts.push(markup.codeBlock('yaml', yaml));
  }
  return parts.join('\n\n');
}

function exampleYaml(key: string | undefined, example: unknown): string {
  const body = stringify(key ? { [key]: example } : example, { flowCollectionPadding: true, lineWidth: 100 }).trimEnd();
  return body;
}
