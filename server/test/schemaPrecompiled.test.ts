import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import * as fc from 'fast-check';
import { parse } from 'yaml';
import precompiled from 'virtual:schema-validators';
import schemaJson from '../../schemas/careerplan.schema.json';
import { generatePlan } from '../../scripts/genplan.mjs';
import { PlanAnalyzer } from '../src/core/analyze';
import { ENTRY_SECTIONS, SchemaValidator } from '../src/core/schema/validate';

// The validators generated at build time (scripts/schemaValidators.mjs) stand in for ajv at run
// time: they must cover what SchemaValidator asks for and report exactly what ajv reports.

const SCHEMA_ID = schemaJson.$id;
const TODAY = '2026-11-24';

function plansBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return plansBelow(full);
    return name.endsWith('.careerplan.yaml') ? [full] : [];
  });
}

const PLAN_FILES = [
  ...plansBelow(path.join('server', 'test', 'fixtures')),
  ...plansBelow(path.join(process.cwd(), '..', 'shared', 'examples')),
];
const PLAN_TEXTS = [...PLAN_FILES.map((file) => readFileSync(file, 'utf8')), generatePlan({ lines: 2000, seed: 3 })];

function jsonOf(text: string): unknown {
  try {
    return parse(text, { uniqueKeys: false });
  } catch {
    return undefined;
  }
}

/** Every value inside a JSON value, the value itself included. */
function* values(data: unknown): Generator<unknown> {
  yield data;
  if (data && typeof data === 'object') for (const child of Object.values(data)) yield* values(child);
}

/** The pointers of every `anyOf`/`oneOf` branch, as SchemaValidator finds them. */
function branchPointers(node: unknown, pointer = '', out: string[] = []): string[] {
  if (node === null || typeof node !== 'object') return out;
  const schema = node as Record<string, unknown>;
  for (const keyword of ['anyOf', 'oneOf']) {
    for (const [i, branch] of ((schema[keyword] as Record<string, unknown>[] | undefined) ?? []).entries()) {
      out.push(typeof branch.$ref === 'string' && branch.$ref.startsWith('#') ? branch.$ref.slice(1) : `${pointer}/${keyword}/${i}`);
    }
  }
  for (const [key, child] of Object.entries(schema)) {
    if (!['examples', 'enum', 'const', 'default'].includes(key)) branchPointers(child, `${pointer}/${key}`, out);
  }
  return out;
}

function runtimeAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
  addFormats(ajv, ['date']);
  ajv.addSchema(schemaJson);
  return ajv;
}

/** Equal errors; the schemas in them must be the schema's own objects, as at run time. */
function assertSameErrors(actual: ErrorObject[] | null | undefined, expected: ErrorObject[] | null | undefined, what: string): void {
  const strip = (errors: ErrorObject[] | null | undefined) => (errors ?? []).map(({ schema, parentSchema, ...rest }) => rest);
  assert.deepEqual(strip(actual), strip(expected), what);
  for (const [i, error] of (expected ?? []).entries()) {
    assert.equal(actual![i].schema, error.schema, `${what}: schema of error ${i}`);
    assert.equal(actual![i].parentSchema, error.parentSchema, `${what}: parentSchema of error ${i}`);
  }
}

describe('precompiled schema validators', () => {
  const ajv = runtimeAjv();
  const pointers = Object.keys(precompiled);
  const runtime = new Map(pointers.map((p) => [p, ajv.getSchema(p ? `${SCHEMA_ID}#${p}` : SCHEMA_ID)!]));

  function assertSameAsRuntime(data: unknown, what: string): void {
    for (const pointer of pointers) {
      const validate = precompiled[pointer]!;
      const expected = runtime.get(pointer)!;
      const valid = expected(data);
      assert.equal(validate(data), valid, `${what} at '${pointer}'`);
      assertSameErrors(validate.errors, expected.errors, `${what} at '${pointer}'`);
    }
  }

  it('cover the whole schema, the entry sections and every anyOf branch', () => {
    const wanted = ['', ...ENTRY_SECTIONS.map((s) => `/properties/${s}`), ...branchPointers(schemaJson)];
    assert.deepEqual(wanted.filter((p) => typeof precompiled[p] !== 'function'), []);
  });

  it('report what ajv reports on every value of the test plans', () => {
    assert.ok(PLAN_TEXTS.length > 50, `${PLAN_TEXTS.length} plans`);
    for (const [i, text] of PLAN_TEXTS.entries()) {
      for (const data of values(jsonOf(text))) assertSameAsRuntime(data, PLAN_FILES[i] ?? 'generated plan');
    }
  });

  it('report what ajv reports on plans with random values put anywhere', () => {
    const plans = PLAN_TEXTS.map(jsonOf).filter((p): p is Record<string, unknown> => !!p && typeof p === 'object');
    const mutated = fc
      .tuple(fc.nat(plans.length - 1), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }))
      .map(([plan, path, value]) => replaceAt(structuredClone(plans[plan]), path, value));
    fc.assert(fc.property(mutated, (data) => assertSameAsRuntime(data, JSON.stringify(data).slice(0, 200))), { numRuns: 300 });
  });

  it('give the same findings as ajv at run time, without compiling anything', () => {
    const precompiledValidator = new SchemaValidator();
    const withPrecompiled = new PlanAnalyzer(precompiledValidator);
    const atRuntime = new PlanAnalyzer(new SchemaValidator({}));
    for (const text of PLAN_TEXTS) {
      assert.deepEqual(withPrecompiled.analyze(text, { today: TODAY }).findings, atRuntime.analyze(text, { today: TODAY }).findings);
    }
    assert.equal((precompiledValidator as unknown as { ajv: unknown }).ajv, undefined, 'ajv was not needed');
  });
});

/** The value with the child chosen by `path` (indexes into its keys, modulo) replaced. */
function replaceAt(data: Record<string, unknown>, path: number[], value: unknown): Record<string, unknown> {
  let node: Record<string, unknown> = data;
  for (const [depth, step] of path.entries()) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[step % keys.length];
    const child = node[key];
    if (depth === path.length - 1 || !child || typeof child !== 'object') {
      node[key] = value;
      break;
    }
    node = child as Record<string, unknown>;
  }
  return data;
}
