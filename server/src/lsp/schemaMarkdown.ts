import { stringify } from 'yaml';
import type { SchemaDoc } from '../core/schema/schemaInfo';

/** Markdown documentation of a key or value from the schema: title, description, allowed values, examples. */
export function schemaMarkdown(doc: SchemaDoc, key?: string): string {
  const parts: string[] = [];
  const heading = doc.title ?? key;
  if (heading) parts.push(`**${heading}**${key && doc.title && doc.title !== key ? ` (\`${key}\`)` : ''}`);
  if (doc.description) parts.push(doc.description);
  if (doc.enum?.length) parts.push(`Allowed values: ${doc.enum.map((v) => `\`${v}\``).join(' | ')}`);
  const examples = doc.examples.slice(0, 2);
  if (examples.length && !doc.enum?.length) {
    const yaml = examples.map((example) => exampleYaml(key, example)).join('\n');
    parts.push('```yaml\n' + yaml + '\n```');
  }
  return parts.join('\n\n');
}

function exampleYaml(key: string | undefined, example: unknown): string {
  const body = stringify(key ? { [key]: example } : example, { flowCollectionPadding: true, lineWidth: 100 }).trimEnd();
  return body;
}
