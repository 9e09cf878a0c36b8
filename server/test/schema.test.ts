import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

type Schema = { [key: string]: unknown };

const schemaPath = path.join('schemas', 'careerplan.schema.json');
const sharedExamples = path.join(process.cwd(), '..', 'shared', 'examples');
const specExample = path.join('server', 'test', 'fixtures', 'schema', 'spec-example.careerplan.yaml');

function loadSchema(): Schema {
  return JSON.parse(readFileSync(schemaPath, 'utf8')) as Schema;
}

/** Strict mode so that a keyword ajv does not know (a typo, a later draft's keyword) fails loudly. */
function makeAjv(schema: Schema): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(schema);
  return ajv;
}

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message}`).join('\n');
}

/** Every subschema with its JSON pointer, so structural rules can be checked everywhere. */
function* walk(node: unknown, pointer = ''): Generator<[string, Schema]> {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  const schema = node as Schema;
  yield [pointer, schema];
  for (const key of ['properties', 'patternProperties', 'definitions']) {
    const children = schema[key] as Schema | undefined;
    for (const [name, child] of Object.entries(children ?? {})) {
      yield* walk(child, `${pointer}/${key}/${escapePointer(name)}`);
    }
  }
  if (schema.items) yield* walk(schema.items, `${pointer}/items`);
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    const branches = (schema[key] as unknown[] | undefined) ?? [];
    for (const [i, branch] of branches.entries()) yield* walk(branch, `${pointer}/${key}/${i}`);
  }
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

describe('careerplan JSON schema', () => {
  const schema = loadSchema();
  const id = schema.$id as string;
  let validate: ValidateFunction;

  before(() => {
    validate = makeAjv(schema).getSchema(id) as ValidateFunction;
    assert.ok(validate, 'the schema compiles');
  });

  function check(text: string): ErrorObject[] {
    const ok = validate(parse(text));
    return ok ? [] : [...(validate.errors ?? [])];
  }

  describe('accepts valid plans', () => {
    it('the SPEC §2 example', () => {
      const errors = check(readFileSync(specExample, 'utf8'));
      assert.equal(describeErrors(errors), '');
    });

    it('the shared example plans', function () {
      if (!existsSync(sharedExamples)) this.skip();
      const files = readdirSync(sharedExamples).filter((f) => /\.careerplan\.ya?ml$/.test(f));
      assert.ok(files.length > 0, 'there are shared examples');
      for (const file of files) {
        const errors = check(readFileSync(path.join(sharedExamples, file), 'utf8'));
        assert.equal(describeErrors(errors), '', file);
      }
    });

    it('the review log keys the review flow writes, and x- extensions', () => {
      const text = [
        'careerplan: 1',
        'x-team: platform',
        'current: { role: Dev, x-mood: good }',
        'skills: { writing: { level: 2, x-source: self } }',
        'rules: { overdue: hint, x-note: tuned }',
        'review:',
        '  every: quarterly',
        '  log:',
        '    - date: 2026-11-24',
        '      notes: Good quarter.',
        '      answers: { job-disappeared: Start freelancing }',
        '      changes:',
        '        actions-done: [start-blog]',
        '        actions-dropped: []',
        '        actions-rescheduled: [design-course]',
        '        experiments-finished: [tech-blog]',
        '        skills-raised: { writing: 3 }',
        '        commits: 0',
        '        x-extra: 1',
        '      x-mood: upbeat',
      ].join('\n');
      assert.equal(describeErrors(check(text)), '');
    });

    it('every cadence form', () => {
      for (const every of ['1d', '2w', '3m', '1y', '10d', 'monthly', 'quarterly', 'yearly']) {
        assert.equal(describeErrors(check(`careerplan: 1\nreview: { every: ${every} }`)), '', every);
      }
    });

    it('a leap day', () => {
      assert.equal(describeErrors(check('careerplan: 1\nresume: { updated: 2028-02-29 }')), '');
    });
  });

  describe('rejects invalid plans with a precise error', () => {
    const cases: { name: string; yaml: string; keyword: string; at: string; param?: [string, unknown] }[] = [
      { name: 'unknown top-level key', yaml: 'careerplan: 1\nowner: A\nfoo: 1', keyword: 'additionalProperties', at: '', param: ['additionalProperty', 'foo'] },
      { name: 'unknown key in a plan', yaml: 'careerplan: 1\nplans: { p: { title: T, kind: backup, colour: red } }', keyword: 'additionalProperties', at: '/plans/p', param: ['additionalProperty', 'colour'] },
      { name: 'unknown key in a log entry', yaml: 'careerplan: 1\nreview: { log: [ { date: 2026-01-01, mood: ok } ] }', keyword: 'additionalProperties', at: '/review/log/0' },
      { name: 'bad id as a map key', yaml: 'careerplan: 1\nskills: { Type_Script: 3 }', keyword: 'additionalProperties', at: '/skills', param: ['additionalProperty', 'Type_Script'] },
      { name: 'id starting with a hyphen', yaml: 'careerplan: 1\ngoals: { -g: { title: T } }', keyword: 'additionalProperties', at: '/goals' },
      { name: 'bad id in a list', yaml: 'careerplan: 1\nactions: { a: { do: X, after: [Pick Course] } }', keyword: 'pattern', at: '/actions/a/after/0' },
      { name: 'bad id in a reference', yaml: 'careerplan: 1\ngoals: { g: { title: T, plan: Plan_B } }', keyword: 'pattern', at: '/goals/g/plan' },
      { name: 'date that does not exist', yaml: 'careerplan: 1\nactions: { a: { do: X, due: 2026-02-30 } }', keyword: 'format', at: '/actions/a/due' },
      { name: 'date in the wrong shape', yaml: 'careerplan: 1\ngoals: { g: { title: T, by: 2026-6-1 } }', keyword: 'pattern', at: '/goals/g/by' },
      { name: 'action status not in the enum', yaml: 'careerplan: 1\nactions: { a: { do: X, status: finished } }', keyword: 'enum', at: '/actions/a/status' },
      { name: 'experiment status not in the enum', yaml: 'careerplan: 1\nplans: { p: { title: T, kind: backup, experiments: { e: { status: todo } } } }', keyword: 'enum', at: '/plans/p/experiments/e/status' },
      { name: 'plan kind not in the enum', yaml: 'careerplan: 1\nplans: { p: { title: T, kind: plan-b } }', keyword: 'enum', at: '/plans/p/kind' },
      { name: 'skill level 6', yaml: 'careerplan: 1\nskills: { typescript: 6 }', keyword: 'maximum', at: '/skills/typescript' },
      { name: 'skill level 6 in an object', yaml: 'careerplan: 1\nskills: { typescript: { level: 6 } }', keyword: 'maximum', at: '/skills/typescript/level' },
      { name: 'skill object without a level', yaml: 'careerplan: 1\nskills: { typescript: { kind: digital } }', keyword: 'required', at: '/skills/typescript' },
      { name: 'fractional skill level', yaml: 'careerplan: 1\nskills: { typescript: 2.5 }', keyword: 'type', at: '/skills/typescript' },
      { name: 'needed level 0', yaml: 'careerplan: 1\nplans: { p: { title: T, kind: backup, needs: { writing: 0 } } }', keyword: 'minimum', at: '/plans/p/needs/writing' },
      { name: 'interest 6', yaml: 'careerplan: 1\nplans: { p: { title: T, kind: backup, experiments: { e: { interest: 6 } } } }', keyword: 'maximum', at: '/plans/p/experiments/e/interest' },
      { name: 'phase 0', yaml: 'careerplan: 1\nactions: { a: { do: X, phase: 0 } }', keyword: 'minimum', at: '/actions/a/phase' },
      { name: 'negative emergency fund', yaml: 'careerplan: 1\nfinances: { emergency-fund: -1 }', keyword: 'minimum', at: '/finances/emergency-fund' },
      { name: 'target-months 0', yaml: 'careerplan: 1\nfinances: { target-months: 0 }', keyword: 'exclusiveMinimum', at: '/finances/target-months' },
      { name: 'negative income stream', yaml: 'careerplan: 1\nfinances: { income-streams: { salary: -5 } }', keyword: 'minimum', at: '/finances/income-streams/salary' },
      { name: 'goal without a title', yaml: 'careerplan: 1\ngoals: { g: { by: 2027-01-01 } }', keyword: 'required', at: '/goals/g', param: ['missingProperty', 'title'] },
      { name: 'plan without a kind', yaml: 'careerplan: 1\nplans: { p: { title: T } }', keyword: 'required', at: '/plans/p', param: ['missingProperty', 'kind'] },
      { name: 'action without do', yaml: 'careerplan: 1\nactions: { a: { due: 2027-01-01 } }', keyword: 'required', at: '/actions/a', param: ['missingProperty', 'do'] },
      { name: 'contact without a name', yaml: 'careerplan: 1\nnetwork: { jane: { role: mentor } }', keyword: 'required', at: '/network/jane', param: ['missingProperty', 'name'] },
      { name: 'obstacle without text', yaml: 'careerplan: 1\nobstacles: { o: { addressed-by: [a] } }', keyword: 'required', at: '/obstacles/o', param: ['missingProperty', 'text'] },
      { name: 'log entry without a date', yaml: 'careerplan: 1\nreview: { log: [ { notes: N } ] }', keyword: 'required', at: '/review/log/0', param: ['missingProperty', 'date'] },
      { name: 'careerplan: 2', yaml: 'careerplan: 2', keyword: 'const', at: '/careerplan' },
      { name: 'no careerplan version', yaml: 'owner: A', keyword: 'required', at: '', param: ['missingProperty', 'careerplan'] },
      { name: 'unknown rule code', yaml: 'careerplan: 1\nrules: { stale-contacts: off }', keyword: 'additionalProperties', at: '/rules', param: ['additionalProperty', 'stale-contacts'] },
      { name: 'unknown rule level', yaml: 'careerplan: 1\nrules: { overdue: warn }', keyword: 'enum', at: '/rules/overdue' },
      { name: 'bad every', yaml: 'careerplan: 1\nreview: { every: 3 months }', keyword: 'pattern', at: '/review/every' },
      { name: 'every of zero', yaml: 'careerplan: 1\nreview: { every: 0m }', keyword: 'pattern', at: '/review/every' },
      { name: 'answer that is not text', yaml: 'careerplan: 1\nreview: { log: [ { date: 2026-01-01, answers: { q: [a] } } ] }', keyword: 'type', at: '/review/log/0/answers/q' },
      { name: 'skills-raised above 5', yaml: 'careerplan: 1\nreview: { log: [ { date: 2026-01-01, changes: { skills-raised: { writing: 7 } } } ] }', keyword: 'maximum', at: '/review/log/0/changes/skills-raised/writing' },
      { name: 'negative commits', yaml: 'careerplan: 1\nreview: { log: [ { date: 2026-01-01, changes: { commits: -1 } } ] }', keyword: 'minimum', at: '/review/log/0/changes/commits' },
      { name: 'compensation per week', yaml: 'careerplan: 1\ncurrent: { compensation: { amount: 1, per: week } }', keyword: 'enum', at: '/current/compensation/per' },
      { name: 'a section that is a list', yaml: 'careerplan: 1\ngoals: [a, b]', keyword: 'type', at: '/goals' },
    ];

    for (const c of cases) {
      it(c.name, () => {
        const errors = check(c.yaml);
        const hit = errors.find(
          (e) =>
            e.keyword === c.keyword &&
            e.instancePath === c.at &&
            (!c.param || (e.params as Record<string, unknown>)[c.param[0]] === c.param[1]),
        );
        assert.ok(hit, `expected ${c.keyword} at "${c.at}", got:\n${describeErrors(errors)}`);
      });
    }
  });

  describe('documents itself for editors', () => {
    const nodes = [...walk(schema)];

    it('is draft-07 with an $id that no tool tries to fetch (a URN: the schema is shipped, not served)', () => {
      assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.match(id, /^urn:careerplan:/);
    });

    it('gives every property and definition a title, a description and examples', () => {
      const missing: string[] = [];
      for (const [pointer, node] of nodes) {
        const isProperty = /\/properties\/[^/]+$/.test(pointer);
        const isDefinition = /^\/definitions\/[^/]+$/.test(pointer);
        if (!isProperty && !isDefinition) continue;
        for (const key of ['title', 'description', 'examples']) {
          if (node[key] === undefined) missing.push(`${pointer} has no ${key}`);
        }
        if (typeof node.description === 'string' && node.description.length < 15) {
          missing.push(`${pointer} has a description too short to help`);
        }
      }
      assert.deepEqual(missing, []);
    });

    it('has examples that the schema itself accepts', () => {
      const ajv = makeAjv(schema);
      const wrong: string[] = [];
      for (const [pointer, node] of nodes) {
        if (!Array.isArray(node.examples)) continue;
        const check = ajv.getSchema(`${id}#${pointer}`);
        assert.ok(check, `no schema at ${pointer}`);
        for (const example of node.examples) {
          if (!check(example)) wrong.push(`${pointer}: ${JSON.stringify(example)}\n${describeErrors(check.errors)}`);
        }
      }
      assert.deepEqual(wrong, []);
    });

    it('closes every object with fixed keys, leaving room for x- extensions', () => {
      const open: string[] = [];
      for (const [pointer, node] of nodes) {
        if (!node.properties) continue;
        if (node.additionalProperties !== false) open.push(`${pointer} allows unknown keys`);
        const patterns = (node.patternProperties ?? {}) as Schema;
        if (!patterns['^x-']) open.push(`${pointer} does not allow x- keys`);
      }
      assert.deepEqual(open, []);
    });

    it('uses no keyword newer than draft-07', () => {
      const text = JSON.stringify(schema);
      for (const keyword of ['$defs', 'unevaluatedProperties', 'unevaluatedItems', 'dependentRequired', 'dependentSchemas', 'prefixItems', '$anchor', '$dynamicRef', '$recursiveRef']) {
        assert.ok(!text.includes(`"${keyword}"`), keyword);
      }
    });
  });
});
