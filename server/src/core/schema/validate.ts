import type { default as Ajv, ErrorObject } from 'ajv';
import precompiledValidators from 'virtual:schema-validators';
import schemaJson from '../../../../schemas/careerplan.schema.json';
import { ID_PATTERN, isValidId } from '../ids/idPattern';
import type { Expected, Place } from '../messages/terms';
import type { PlanModel } from '../model/types';
import type { FindingData, Report, Span } from '../rules/rule';
import { appendAll, changedRun, spliceRun } from '../model/listChange';
import { closestId } from '../text/closest';
import type { ParsedYaml } from '../yaml/chunkedParser';
import { asMap, keyString, setJsonKey, type YMap, type YNode, type YPair } from '../yaml/tree';
import { describePath, describeValuePlace } from './describePath';

const SCHEMA_ID = (schemaJson as { $id: string }).$id;

type Schema = { [key: string]: unknown };

/** ajv's compiled function, or its standalone code generated at build time. */
type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** Validators of subschemas by JSON pointer ('' is the whole schema). */
export type ValidatorsByPointer = Readonly<Record<string, Validate | undefined>>;

/** One document's last schema errors of each id-keyed section, one list a pair (SchemaValidator.check). */
export type SectionErrorLists = Map<string, { pairs: readonly YPair[]; errors: SchemaError[][] }>;

const NO_ERRORS: SchemaError[] = [];

/** The id-keyed sections, validated entry by entry. */
export const ENTRY_SECTIONS = ['skills', 'goals', 'plans', 'actions', 'network', 'obstacles'];

/** The JSON of a map keeps the last of duplicate keys; so does this. */
function lastPair(map: YMap, key: string): YPair | undefined {
  for (let i = map.pairs.length - 1; i >= 0; i--) if (keyString(map.pairs[i].key) === key) return map.pairs[i];
  return undefined;
}

/** The one error of a branchy schema (`anyOf`) whose data fits none of its branches' types. */
interface NoBranchError {
  keyword: 'noBranch';
  instancePath: string;
  data: unknown;
  branches: Schema[];
}

type SchemaError = ErrorObject | NoBranchError;

function isNoBranch(error: SchemaError): error is NoBranchError {
  return error.keyword === 'noBranch' && 'branches' in error;
}

/**
 * Validates the plan against `schemas/careerplan.schema.json` and turns ajv's errors into one
 * finding per problem, on the narrowest node: the unknown key, the bad value, the parent key of
 * a missing key. The validators are compiled at build time (see the constructor); the instance
 * keeps what it compiles itself and the errors of unchanged entries.
 */
export class SchemaValidator {
  private ajv: Ajv | undefined;
  private readonly validators = new Map<string, Validate>();
  private readonly branchValidators = new Map<Schema, Validate>();
  private pointers: Map<unknown, string> | undefined;
  /** Errors of entries the parser reused unchanged, keyed by their tree pair (see errorsOf). */
  private readonly entryErrors = new WeakMap<YPair, { section: string; errors: SchemaError[] }>();
  /** Errors of whole sections by their map: the parser reuses the map of a section an edit did not touch. */
  private readonly sectionErrors = new WeakMap<YMap, { section: string; errors: SchemaError[] }>();

  /**
   * @param precompiled validators generated at build time (scripts/schemaValidators.mjs), with
   * the same options and errors as ajv's here; compiling the schema at run time costs ~100 ms
   * of every start of the command line. Any other subschema is compiled when first needed.
   */
  constructor(private readonly precompiled: ValidatorsByPointer = precompiledValidators) {}

  /** The validator of the subschema at a JSON pointer ('' is the whole schema). */
  private validatorAt(pointer: string): Validate | undefined {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.precompiled[pointer] ?? this.runtime().getSchema(pointer ? `${SCHEMA_ID}#${pointer}` : SCHEMA_ID);
      if (validate) this.validators.set(pointer, validate);
    }
    return validate;
  }

  /** ajv itself, required only here: loading it takes a few ms that most starts do without. */
  private runtime(): Ajv {
    if (!this.ajv) {
      const { default: AjvClass } = require('ajv') as typeof import('ajv');
      const { default: addFormats } = require('ajv-formats') as typeof import('ajv-formats');
      this.ajv = new AjvClass({ allErrors: true, strict: false, verbose: true });
      addFormats(this.ajv, ['date']);
      this.ajv.addSchema(schemaJson);
    }
    return this.ajv;
  }

  /**
   * @param lists one document's last errors of each id-keyed section, pair by pair: an edited
   * section differs from it in a run of pairs, and only those are looked at again.
   */
  check(parsed: ParsedYaml, _model: PlanModel, report: Report, lists?: SectionErrorLists): void {
    const root = parsed.root;
    if (root === null) {
      report({ start: 0, end: 0 }, 'schema.empty', {});
      return;
    }
    if (root.kind !== 'map') {
      report(root, 'schema.not-map', { found: root.kind === 'seq' ? 'list' : 'scalar' });
      return;
    }
    const seen = new Set<string>();
    for (const error of this.errorsOf(parsed.json as Record<string, unknown>, root, parsed.entryValues, lists)) {
      const finding = describeError(error, root, parsed.length ?? Number.MAX_SAFE_INTEGER);
      if (!finding) continue;
      // Two keywords about one value (a date's pattern and format, a version's type and const) are one problem.
      const key = `${finding.span.start}:${finding.span.end}:${finding.kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      finding.emit(report);
    }
  }

  /**
   * Validates the plan section by section: the id-keyed sections (where a big plan's size lives)
   * entry by entry, with each entry's errors cached by its tree pair. The parser reuses the pairs
   * of unchanged chunks, so after an edit only the edited entries are validated again.
   */
  private errorsOf(json: Record<string, unknown>, root: YMap, entryValues?: ReadonlyMap<YMap, readonly unknown[]>, lists?: SectionErrorLists): SchemaError[] {
    const validate = this.validatorAt('')!;
    const perEntry: Array<[string, YMap]> = [];
    for (const section of ENTRY_SECTIONS) {
      const map = asMap(lastPair(root, section)?.value);
      if (!map) continue;
      // A split section's value is a map, known without building its JSON (see ParsedYaml.json).
      const value = entryValues?.has(map) ? {} : json[section];
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
      perEntry.push([section, map]);
    }
    // The plan with its id-keyed sections emptied, copied key by key so no split section is built.
    const emptied = new Set(perEntry.map(([section]) => section));
    const stripped: Record<string, unknown> = {};
    for (const key of Object.keys(json)) setJsonKey(stripped, key, emptied.has(key) ? {} : json[key]);
    const out: SchemaError[] = validate(stripped) ? [] : this.selectErrors(validate.errors ?? []);
    for (const [section, map] of perEntry) {
      const whole = this.sectionErrors.get(map);
      if (whole && whole.section === section) {
        appendAll(out, whole.errors);
        continue;
      }
      const values = entryValues?.get(map);
      const sectionJson = values ? undefined : (json[section] as Record<string, unknown>);
      const validateSection = this.validatorAt(`/properties/${section}`)!;
      const errorsOf = (pair: YPair, i: number): SchemaError[] => {
        const cached = this.entryErrors.get(pair);
        if (cached && cached.section === section) return cached.errors;
        const id = keyString(pair.key);
        const entry = values ? values[i] : sectionJson![id];
        const errors = validateSection({ [id]: entry }) ? NO_ERRORS : this.selectErrors(validateSection.errors ?? [], `/${section}`);
        this.entryErrors.set(pair, { section, errors });
        return errors;
      };
      // Pair by pair from the last list where the pairs are the same objects: no lookup for them.
      const last = lists?.get(section);
      let perPair: SchemaError[][];
      if (last) {
        const change = changedRun(last.pairs, map.pairs);
        const middle: SchemaError[][] = [];
        for (let i = change.start; i < change.newEnd; i++) middle.push(errorsOf(map.pairs[i], i));
        perPair = spliceRun(last.errors, change, middle);
      } else {
        perPair = map.pairs.map(errorsOf);
      }
      lists?.set(section, { pairs: map.pairs, errors: perPair });
      const errorsOfSection: SchemaError[] = [];
      for (const errors of perPair) if (errors.length) appendAll(errorsOfSection, errors);
      this.sectionErrors.set(map, { section, errors: errorsOfSection });
      appendAll(out, errorsOfSection);
    }
    return out;
  }

  /**
   * ajv reports every failed branch of an `anyOf` (a skill is a level or a map), and reports
   * errors inside `$ref`ed branches with schema paths that no longer name the branch. So each
   * `anyOf` is settled here: its branch errors are dropped, the branch the data was meant for
   * (the one whose type fits the data) is validated on its own, and only its errors are kept.
   * When no branch fits the data's type, one error says what the value may be.
   */
  private selectErrors(errors: readonly ErrorObject[], prefix = ''): SchemaError[] {
    let pending: SchemaError[] = [];
    for (const error of errors) {
      const e = prefix ? { ...error, instancePath: prefix + error.instancePath } : error;
      if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf') {
        pending.push(e);
        continue;
      }
      // ajv emits a branchy keyword's branch errors just before its own error.
      const inside = (p: string): boolean => p === e.instancePath || p.startsWith(e.instancePath + '/');
      pending = pending.filter((p) => !inside(p.instancePath));
      pending.push(...this.settleBranches(e));
    }
    return pending;
  }

  private settleBranches(error: ErrorObject): SchemaError[] {
    const branches = ((error.schema as Schema[] | undefined) ?? []).filter((b) => b && typeof b === 'object');
    const fitting = branches.filter((b) => typeFits(this.resolve(b), error.data));
    if (fitting.length === 0) return [{ keyword: 'noBranch', instancePath: error.instancePath, data: error.data, branches: branches.map((b) => this.resolve(b)) }];
    let best: SchemaError[] | null = null;
    for (const branch of fitting) {
      const validate = this.branchValidator(branch);
      if (validate(error.data)) return [];
      const found = this.selectErrors(validate.errors ?? [], error.instancePath);
      if (!best || found.length < best.length) best = found;
    }
    return best ?? [];
  }

  private branchValidator(branch: Schema): Validate {
    let validate = this.branchValidators.get(branch);
    if (!validate) {
      const ref = typeof branch.$ref === 'string' && branch.$ref.startsWith('#') ? branch.$ref : null;
      const pointer = ref ? ref.slice(1) : (this.pointers ??= indexPointers(schemaJson, '', new Map())).get(branch);
      validate = (pointer !== undefined ? this.validatorAt(pointer) : undefined) ?? this.runtime().compile(branch);
      this.branchValidators.set(branch, validate);
    }
    return validate;
  }

  /** A branch as the schema it stands for (following a local `$ref`). */
  private resolve(schema: Schema): Schema {
    const ref = schema.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
    let node: unknown = schemaJson;
    for (const segment of ref.slice(2).split('/')) node = (node as Schema | undefined)?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
    return node && typeof node === 'object' ? (node as Schema) : schema;
  }
}

/** Every subschema object of the schema with its JSON pointer, so a branch can be compiled in place. */
function indexPointers(node: unknown, pointer: string, out: Map<unknown, string>): Map<unknown, string> {
  if (node === null || typeof node !== 'object') return out;
  out.set(node, pointer);
  for (const [key, child] of Object.entries(node)) {
    if (key === 'examples' || key === 'enum' || key === 'const' || key === 'default') continue;
    indexPointers(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
  }
  return out;
}

function jsonType(data: unknown): string {
  if (data === null || data === undefined) return 'null';
  if (Array.isArray(data)) return 'array';
  if (typeof data === 'number') return Number.isInteger(data) ? 'integer' : 'number';
  return typeof data;
}

/** Whether a value is of a type the schema takes; any number counts for a whole number (2.5 was meant as a level). */
function typeFits(schema: Schema, data: unknown): boolean {
  const declared = schema.type;
  if (declared === undefined) return true;
  const types = Array.isArray(declared) ? declared.map(String) : [String(declared)];
  const actual = jsonType(data);
  return types.some((t) => t === actual || ((t === 'number' || t === 'integer') && (actual === 'number' || actual === 'integer')));
}

interface MappedError {
  span: Span;
  kind: string;
  emit(report: Report): void;
}

function segments(path: string): string[] {
  return path === '' ? [] : path.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The node at a JSON pointer, with the pair it is the value of (for "report on the parent key"),
 * and which segments of the path are positions in a list.
 */
function locate(root: YNode, path: string[]): { node: YNode | null; pair: YPair | null; listItems: boolean[] } {
  let node: YNode | null = root;
  let pair: YPair | null = null;
  const listItems: boolean[] = [];
  for (const segment of path) {
    listItems.push(node?.kind === 'seq');
    if (!node) continue;
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
  return { node, pair, listItems };
}

/** The JSON of a map keeps the last duplicate, so errors point at the last occurrence. */
function findLastPair(pairs: YPair[], key: string): YPair | null {
  for (let i = pairs.length - 1; i >= 0; i--) if (keyString(pairs[i].key) === key) return pairs[i];
  return null;
}

const TYPE_WORDS: Record<string, Expected> = {
  integer: { is: 'number', integer: true },
  number: { is: 'number', integer: false },
  string: { is: 'text' },
  array: { is: 'list' },
  object: { is: 'map' },
  boolean: { is: 'boolean' },
  null: { is: 'empty' },
};

/** What a schema takes: a whole number from 0 to 5, text, a map with "level"; several read "… or …". */
function expectedOf(schema: Schema): Expected[] {
  const declared = schema.type;
  const types = Array.isArray(declared) ? declared.map(String) : declared === undefined ? [] : [String(declared)];
  if (types.length === 1 && (types[0] === 'integer' || types[0] === 'number')) return [numberRange(schema)];
  if (types.length === 1 && types[0] === 'object' && Array.isArray(schema.required) && schema.required.length) {
    return [{ is: 'map-with', keys: schema.required.map(String), example: exampleOf(schema) }];
  }
  const expected = types.flatMap((t) => (TYPE_WORDS[t] ? [TYPE_WORDS[t]] : []));
  return expected.length ? expected : [{ is: 'any' }];
}

function numberRange(schema: Schema): Expected {
  const number = (value: unknown) => (typeof value === 'number' ? value : undefined);
  return { is: 'number', integer: schema.type === 'integer', min: number(schema.minimum), max: number(schema.maximum), above: number(schema.exclusiveMinimum) };
}

/** The required keys of the schema's first example, as YAML: "{ level: 2 }" (or ""). */
function exampleOf(schema: Schema): string {
  const example = Array.isArray(schema.examples) ? (schema.examples[0] as Schema | undefined) : undefined;
  const required = (schema.required as string[]).filter((k) => example && typeof example === 'object' && k in example);
  if (required.length === 0) return '';
  return `{ ${required.map((k) => `${k}: ${String(example![k])}`).join(', ')} }`;
}

/** A value the YAML read as a number or boolean where text is wanted: quoting it keeps it as text. */
function quoteHint(expected: Expected[], data: unknown): Expected[] {
  if (expected.length !== 1 || expected[0].is !== 'text' || (typeof data !== 'number' && typeof data !== 'boolean')) return expected;
  return [{ is: 'quoted-text', value: String(data) }];
}

function describeError(error: SchemaError, root: YNode, textLength: number): MappedError | null {
  const path = segments(error.instancePath);
  const { node, pair, listItems } = locate(root, path);
  const where = describePath(path, listItems);
  // An empty value (`status:` with nothing after it) has no text to underline: its key stands for it.
  const at: Span = node && node.start < node.end ? node : pair ? pair.key : node ?? root;
  const place = describeValuePlace(path, error.data, listItems);
  const mk = (span: Span, kind: string, emit: (r: Report) => void): MappedError => ({ span, kind, emit });
  if (isNoBranch(error)) {
    const expected = error.branches.flatMap(expectedOf);
    return mk(at, 'value', (r) => r(at, 'schema.type', { key: place, expected }));
  }
  if (path.length === 1 && path[0] === 'careerplan' && ['type', 'const', 'enum'].includes(error.keyword)) {
    return mk(at, 'value', (r) => r(at, 'schema.version', {}));
  }
  const parentSchema = (error.parentSchema ?? {}) as Schema;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const target = asMap(node) ? findLastPair(asMap(node)!.pairs, key) : null;
      if (key === '') {
        const span = target ? emptyKeySpan(target, textLength) : at;
        return mk(span, 'unknown-key', (r) => r(span, 'schema.empty-key', {}));
      }
      const span = target ? target.key : at;
      const idMap = JSON.stringify(parentSchema.patternProperties ?? {}).includes(ID_PATTERN.replace(/\\/g, '\\\\'));
      if (idMap && !/^x-/.test(key)) {
        const suggestion = kebabCase(key);
        return mk(span, 'bad-id', (r) => r(span, 'schema.bad-id', { id: key, where, suggestion }, suggestion ? { id: key, suggestion } : undefined));
      }
      const known = Object.keys((parentSchema.properties as Schema | undefined) ?? {});
      const suggestion = closestId(key, known);
      // `key` and `suggestion` feed the "rename" and "remove" quick fixes.
      const data: FindingData = suggestion ? { key, suggestion } : { key };
      return mk(span, 'unknown-key', (r) => r(span, 'schema.unknown-key', { key, where, suggestion }, data));
    }
    case 'required': {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      const span = pair ? pair.key : path.length === 0 ? firstKey(root) : at;
      // `missing` feeds the "insert the key" quick fix.
      return mk(span, `required:${key}`, (r) => r(span, 'schema.missing-key', { key, where }, { missing: key }));
    }
    case 'enum': {
      const values = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
      const value = String(error.data);
      const suggestion = typeof error.data === 'string' ? closestId(error.data.toLowerCase(), values) || (values.includes(error.data.toLowerCase()) ? error.data.toLowerCase() : '') : '';
      // `allowed` and `value` feed the "replace with the closest allowed value" quick fix.
      return mk(at, 'value', (r) => r(at, 'schema.enum', { key: where, value, allowed: values.join(', '), suggestion }, { allowed: values, value }));
    }
    case 'const':
      return mk(at, 'value', (r) => r(at, 'schema.const', { key: place, value: JSON.stringify((error.params as { allowedValue: unknown }).allowedValue) }));
    case 'type': {
      if (parentSchema.format === 'date') return dateError(at, where, error.data);
      const expected = quoteHint(expectedOf(parentSchema), error.data);
      return mk(at, 'value', (r) => r(at, 'schema.type', { key: place, expected }));
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'multipleOf':
      return mk(at, 'value', (r) => r(at, 'schema.type', { key: place, expected: [numberRange(parentSchema)] }));
    case 'format':
      return dateError(at, where, error.data);
    case 'pattern': {
      const pattern = String((error.params as { pattern: string }).pattern);
      if (pattern.includes('\\d{4}')) return dateError(at, where, error.data);
      if (pattern === ID_PATTERN) {
        const id = String(error.data);
        const suggestion = kebabCase(id);
        return mk(at, 'value', (r) => r(at, 'schema.bad-id', { id, where: describePath(path.slice(0, -1), listItems), suggestion }, suggestion ? { id, suggestion } : undefined));
      }
      const examples = Array.isArray(parentSchema.examples) ? parentSchema.examples.map(String) : [];
      return mk(at, 'value', (r) => r(at, 'schema.pattern', { key: place, value: String(error.data), examples }));
    }
    default:
      return mk(at, 'value', (r) => r(at, 'schema.invalid', { key: place }));
  }
}

/**
 * One finding for a date that is not right: not a date at all, a real date written loosely
 * (`2026-2-3`, with the right spelling offered), or a day the calendar does not have.
 */
function dateError(span: Span, where: Place, data: unknown): MappedError {
  const text = String(data);
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  let problem: 'not-a-date' | 'form' | 'calendar' = 'not-a-date';
  let corrected = '';
  if (m) {
    const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    const parsed = new Date(`${iso}T00:00:00Z`);
    const real = !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso);
    problem = real ? 'form' : 'calendar';
    corrected = real ? iso : '';
  }
  // `date` feeds the "closest real date" quick fix.
  return { span, kind: 'value', emit: (r) => r(span, 'schema.date', { key: where, value: text, problem, corrected }, { date: text }) };
}

/** `:` alone has an empty key: underline the colon (an empty key at the very end stays empty). */
function emptyKeySpan(pair: YPair, textLength: number): Span {
  const start = pair.key.start;
  return { start, end: Math.min(Math.max(pair.key.end, start + 1), Math.max(textLength, start)) };
}

/** The kebab-case id a person most likely meant ("Tech Writer" → "tech-writer"), or "" when there is none. */
function kebabCase(id: string): string {
  const kebab = id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return kebab && kebab !== id && isValidId(kebab) ? kebab : '';
}

function firstKey(root: YNode): Span {
  const map = asMap(root);
  return map && map.pairs.length ? map.pairs[0].key : { start: root.start, end: root.start };
}
