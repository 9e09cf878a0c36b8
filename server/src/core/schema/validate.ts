import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import schemaJson from '../../../../schemas/careerplan.schema.json';
import type { PlanModel } from '../model/types';
import type { Report } from '../rules/rule';
import type { ParsedYaml } from '../yaml/chunkedParser';
import { asMap, type YNode, type YPair } from '../yaml/tree';
import { describePath } from './describePath';

const ID_PATTERN = '^[a-z0-9][a-z0-9-]*$';

/**
 * Validates the plan against `schemas/careerplan.schema.json` and turns ajv's errors into
 * findings on the narrowest node: the unknown key, the bad value, the parent key of a missing
 * key. The compiled validator lives in the instance (compile once, validate many).
 */
export class SchemaValidator {
  private compiled: ValidateFunction | undefined;

  private validator(): ValidateFunction {
    if (!this.compiled) {
      const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
      addFormats(ajv, ['date']);
      this.compiled = ajv.compile(schemaJson);
    }
    return this.compiled;
  }

  check(parsed: ParsedYaml, model: PlanModel, report: Report): void {
    const root = parsed.root;
    if (root === null) {
      report({ start: 0, end: 0 }, 'schema.empty', {});
      return;
    }
    if (root.kind !== 'map') {
      report(root, 'schema.not-map', { found: root.kind === 'seq' ? 'a list' : 'a single value' });
      return;
    }
    const validate = this.validator();
    if (validate(parsed.json)) return;
    const seen = new Set<string>();
    for (const error of selectErrors(validate.errors ?? [])) {
      const finding = describeError(error, root, model);
      if (!finding) continue;
      const key = `${finding.span.start}:${finding.span.end}:${finding.kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      finding.emit(report);
    }
  }
}

interface MappedError {
  span: { start: number; end: number };
  kind: string;
  emit(report: Report): void;
}

/**
 * ajv reports every failed branch of an `anyOf` (a skill is a level or an object). Keep the
 * branches whose type matches the data, and drop the summary keywords when details exist.
 */
function selectErrors(errors: ErrorObject[]): ErrorObject[] {
  const typeMismatchBranches = new Set<string>();
  for (const e of errors) {
    const m = /^(.*\/(?:anyOf|oneOf)\/\d+)\/(?:[^/]+)$/.exec(e.schemaPath);
    if (e.keyword === 'type' && m) typeMismatchBranches.add(`${e.instancePath}|${m[1]}`);
  }
  const kept = errors.filter((e) => {
    if (e.keyword === 'if') return false;
    for (const m of e.schemaPath.matchAll(/(?:anyOf|oneOf)\/\d+/g)) {
      const branch = e.schemaPath.slice(0, m.index! + m[0].length);
      // A branch that failed on type at the anyOf's own data is the wrong branch: ignore its details.
      for (const key of typeMismatchBranches) {
        const [path, b] = key.split('|');
        if (b === branch && e.instancePath.startsWith(path) && !(e.keyword === 'type' && e.instancePath === path && allBranchesMismatch(errors, e))) return false;
      }
    }
    return true;
  });
  const detailed = new Set(kept.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf').map((e) => e.instancePath));
  return kept.filter((e) => !((e.keyword === 'anyOf' || e.keyword === 'oneOf') && [...detailed].some((p) => p.startsWith(e.instancePath))));
}

/** True when no branch of the anyOf holding `error` accepts the data's type. */
function allBranchesMismatch(errors: ErrorObject[], error: ErrorObject): boolean {
  const group = /^(.*\/(?:anyOf|oneOf))\/\d+/.exec(error.schemaPath)?.[1];
  const summary = errors.find((e) => (e.keyword === 'anyOf' || e.keyword === 'oneOf') && e.instancePath === error.instancePath && group?.endsWith(e.schemaPath.replace(/^#/, '')));
  if (!summary) return true;
  const branches = ((summary.schema as unknown[]) ?? []).length;
  let mismatched = 0;
  for (let i = 0; i < branches; i++) {
    if (errors.some((e) => e.keyword === 'type' && e.instancePath === error.instancePath && e.schemaPath.startsWith(`${group}/${i}/`))) mismatched++;
  }
  return mismatched === branches;
}

function segments(path: string): string[] {
  return path === '' ? [] : path.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The node at a JSON pointer, with the pair it is the value of (for "report on the parent key"). */
function locate(root: YNode, path: string[]): { node: YNode | null; pair: YPair | null } {
  let node: YNode | null = root;
  let pair: YPair | null = null;
  for (const segment of path) {
    if (!node) break;
    if (node.kind === 'map') {
      pair = findLastPair(node.pairs, segment);
      node = pair?.value ?? null;
    } else if (node.kind === 'seq') {
      node = node.items[Number(segment)] ?? null;
      pair = null;
    } else {
      node = null;
    }
  }
  return { node, pair };
}

/** The JSON of a map keeps the last duplicate, so errors point at the last occurrence. */
function findLastPair(pairs: YPair[], key: string): YPair | null {
  for (let i = pairs.length - 1; i >= 0; i--) {
    const k = pairs[i].key;
    if (k.kind === 'scalar' && String(k.value) === key) return pairs[i];
  }
  return null;
}

const TYPE_WORDS: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'text',
  array: 'a list (like [a, b])',
  object: 'a map of keys and values',
  boolean: 'true or false',
  null: 'empty',
};

function describeError(error: ErrorObject, root: YNode, _model: PlanModel): MappedError | null {
  const path = segments(error.instancePath);
  const { node, pair } = locate(root, path);
  const where = describePath(path);
  const dotted = path.length ? path.join('.') : 'the plan';
  const at = node ?? pair?.key ?? root;
  const mk = (span: { start: number; end: number }, kind: string, emit: (r: Report) => void): MappedError => ({ span, kind, emit });
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const target = asMap(node) ? findLastPair(asMap(node)!.pairs, key) : null;
      const span = target ? target.key : at;
      const idMap = JSON.stringify((error.parentSchema as { patternProperties?: object })?.patternProperties ?? {}).includes(ID_PATTERN.replace(/\\/g, '\\\\'));
      if (idMap && !/^x-/.test(key)) return mk(span, 'bad-id', (r) => r(span, 'schema.bad-id', { id: key, where }));
      return mk(span, 'unknown-key', (r) => r(span, 'schema.unknown-key', { key, where }));
    }
    case 'required': {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      const span = pair ? pair.key : firstKey(root);
      return mk(span, `required:${key}`, (r) => r(span, 'schema.missing-key', { key, where: capitalize(where) }));
    }
    case 'enum': {
      const values = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      // `allowed` and `value` feed the "replace with the closest allowed value" quick fix.
      return mk(at, 'value', (r) => r(at, 'schema.enum', { key: dotted, value: String(error.data), allowed: values.join(', ') }, { allowed: values, value: String(error.data) }));
    }
    case 'const':
      return mk(at, 'value', (r) => (path.length === 1 && path[0] === 'careerplan' ? r(at, 'schema.version', {}) : r(at, 'schema.other', { key: dotted, detail: error.message ?? 'invalid value' })));
    case 'type': {
      const types = String((error.params as { type: string }).type).split(',');
      const expected = types.map((t) => TYPE_WORDS[t] ?? t).join(' or ');
      return mk(at, 'value', (r) => r(at, 'schema.type', { key: dotted, expected }));
    }
    case 'format':
      return mk(at, 'value', (r) => r(at, 'schema.date', { key: dotted, value: String(error.data) }));
    case 'pattern': {
      const pattern = String((error.params as { pattern: string }).pattern);
      if (pattern.includes('\\d{4}')) return mk(at, 'value', (r) => r(at, 'schema.date', { key: dotted, value: String(error.data) }));
      if (pattern === ID_PATTERN) return mk(at, 'value', (r) => r(at, 'schema.bad-id', { id: String(error.data), where: describePath(path.slice(0, -1)) }));
      return mk(at, 'value', (r) => r(at, 'schema.other', { key: dotted, detail: `"${String(error.data)}" does not have the expected form` }));
    }
    default:
      return mk(at, 'value', (r) => r(at, 'schema.other', { key: dotted, detail: error.message ?? 'invalid value' }));
  }
}

function firstKey(root: YNode): { start: number; end: number } {
  const map = asMap(root);
  return map && map.pairs.length ? map.pairs[0].key : { start: root.start, end: root.start };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
