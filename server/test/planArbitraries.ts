/**
 * Plans as people really write them, for property tests of edits: generated plans whose values
 * take every style YAML allows (plain, quoted, commented, empty with a comment, block scalars of
 * every header with and without a comment, tags, anchors, aliases, explicit keys), in block and
 * flow maps (an empty one holding a comment), with Chinese text, an indented document, a BOM, a
 * header suppression, LF or CRLF and a stray lone CR; and the shared example plans mutated the
 * same ways, line by line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';

export const BLOCK_HEADERS = ['|', '>', '|-', '>-', '|+', '>+', '|2', '>2-', '|-2', '|+2'] as const;

type Style = 'plain' | 'quoted' | 'commented' | 'empty' | 'block' | 'tagged' | 'explicit' | 'anchored' | 'alias';

interface Field {
  key: string;
  value: string;
  style: Style;
  header: string;
  comment: boolean;
}

const styleOf = fc.constantFrom<Style>('plain', 'plain', 'quoted', 'commented', 'empty', 'block', 'tagged', 'explicit', 'anchored', 'alias');

function field(key: string, values: fc.Arbitrary<string>): fc.Arbitrary<Field | null> {
  return fc.option(
    fc.record({ key: fc.constant(key), value: values, style: styleOf, header: fc.constantFrom(...BLOCK_HEADERS), comment: fc.boolean() }),
    { freq: 4 },
  );
}

let anchors = 0;

/** The lines of `key: value` in one style, at `indent` (the key's column). */
function fieldLines(f: Field, indent: string, aliasFor: (key: string) => string | null): string[] {
  const note = f.comment ? ' # note' : '';
  switch (f.style) {
    case 'plain':
      return [`${indent}${f.key}: ${f.value}`];
    case 'quoted':
      return [`${indent}${f.key}: ${JSON.stringify(f.value)}`];
    case 'commented':
      return [`${indent}${f.key}: ${f.value} # about ${f.key}`];
    case 'empty':
      return [`${indent}${f.key}: # not set yet`];
    case 'block':
      return [`${indent}${f.key}: ${f.header}${note}`, `${indent}  ${f.value}`];
    case 'tagged':
      return [`${indent}${f.key}: !!str ${f.value}`];
    case 'explicit':
      return [`${indent}? ${f.key}${note}`, `${indent}: ${f.value}`];
    case 'anchored':
      return [`${indent}${f.key}: &v${anchors++} ${f.value}`];
    case 'alias': {
      const alias = aliasFor(f.key);
      return [`${indent}${f.key}: ${alias ?? f.value}`];
    }
  }
}

const date = fc.integer({ min: 0, max: 1500 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
const words = fc.constantFrom('Write the course outline', 'Ask Jane about the role', '学习 TypeScript 基础', '准备作品集', 'Read: two books', 'Plan B, then C');
const status = fc.constantFrom('todo', 'doing', 'blocked', 'done');

interface ActionSpec {
  style: 'block' | 'flow' | 'flow-lines' | 'flow-empty';
  fields: Array<Field | null>;
  plan: string | null;
}

const actionSpec = fc.record({
  style: fc.constantFrom<ActionSpec['style']>('block', 'block', 'block', 'flow', 'flow-lines', 'flow-empty'),
  fields: fc.tuple(field('do', words), field('status', status), field('due', date), field('done', date)),
  plan: fc.option(fc.constantFrom('alt', 'primary', 'missing-plan'), { freq: 2 }),
});

export interface PlanOptions {
  indent: boolean;
  crlf: boolean;
  bom: boolean;
  header: boolean;
  loneCr: boolean;
  review: 'none' | 'block' | 'flow';
  goalBy: Field | null;
  actions: ActionSpec[];
}

const planOptions: fc.Arbitrary<PlanOptions> = fc.record({
  indent: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  header: fc.boolean(),
  loneCr: fc.boolean(),
  review: fc.constantFrom<PlanOptions['review']>('none', 'block', 'flow'),
  goalBy: field('by', date),
  actions: fc.array(actionSpec, { minLength: 1, maxLength: 4 }),
});

/** One plan's text from its options. */
export function writePlan(options: PlanOptions): string {
  anchors = 0;
  const aliasFor = (key: string) => (key === 'status' ? '*shared-status' : key === 'due' ? '*shared-due' : null);
  const lines: string[] = [];
  if (options.header) lines.push('# My career plan', '# careerplan-disable-file few-advisors');
  lines.push('careerplan: 1', 'owner: Ada', 'x-defaults:', '  status: &shared-status todo', '  due: &shared-due 2027-03-01');
  lines.push('skills:', '  typescript: 2', '  writing: { level: 1 } # self-rated');
  lines.push('goals:', '  g1:', '    title: Publish a course');
  if (options.goalBy) lines.push(...fieldLines(options.goalBy, '    ', aliasFor));
  lines.push('    plan: alt');
  lines.push('plans:', '  primary: { title: Stay, kind: primary }', '  alt:', '    title: Teach', '    kind: backup', '    needs: { writing: 4 }');
  lines.push('    experiments:', '      e1: { kind: side-project, from: 2026-10-01 } # no end yet');
  lines.push(options.loneCr ? '# a comment saved on an old Mac\rwith a lone CR' : '# actions below');
  lines.push('actions:');
  options.actions.forEach((spec, i) => {
    const id = `a${i + 1}`;
    const present = spec.fields.filter((f): f is Field => f !== null);
    if (spec.style === 'flow-empty') {
      lines.push(`  ${id}: { # to fill in`, '    }');
      return;
    }
    if (spec.style === 'flow' || spec.style === 'flow-lines') {
      const parts = present.map((f) => `${f.key}: ${f.style === 'quoted' ? JSON.stringify(f.value) : f.style === 'alias' && aliasFor(f.key) ? aliasFor(f.key) : f.value}`);
      if (spec.plan) parts.push(`plan: ${spec.plan}`);
      if (spec.style === 'flow') lines.push(`  ${id}: { ${parts.join(', ')} }`);
      // One pair a line, a trailing comma, a comment after the first.
      else lines.push(`  ${id}: {`, ...parts.map((p, i) => `    ${p},${i === 0 ? ' # first' : ''}`), '  }');
      return;
    }
    lines.push(`  ${id}:`);
    for (const f of present) lines.push(...fieldLines(f, '    ', aliasFor));
    if (spec.plan) lines.push(`    plan: ${spec.plan}`);
    if (present.length === 0 && !spec.plan) lines.push('    do: Something');
  });
  if (options.review === 'block') lines.push('review:', '  every: 3m', '  last: # never yet');
  if (options.review === 'flow') lines.push('review: { every: 3m, last: 2026-01-05, log: [{ date: 2026-01-05, notes: "first, short" }] }');
  let text = lines.map((l) => (options.indent && l !== '' && !l.startsWith('#') ? `  ${l}` : l)).join('\n') + '\n';
  if (options.crlf) text = text.replace(/\n/g, '\r\n');
  return (options.bom ? '\ufeff' : '') + text;
}

export const generatedPlan: fc.Arbitrary<string> = planOptions.map(writePlan);

/** The shared example plans (`../shared/examples`), when present. */
export function examplePlans(): string[] {
  const dir = join(process.cwd(), '..', 'shared', 'examples');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => n.endsWith('.careerplan.yaml')).sort().map((n) => readFileSync(join(dir, n), 'utf8'));
}

/** `key: value` lines with a simple scalar value, rewritten in another style. */
const SIMPLE = /^( *)([a-z][a-z0-9-]*): ([^\s#{[&*!|>'"][^#]*?)\s*$/;

function mutateLine(line: string, how: number, header: string): string {
  const m = SIMPLE.exec(line);
  if (!m) return line;
  const [, indent, key, value] = m;
  switch (how) {
    case 0:
      return `${line} # checked`;
    case 1:
      return `${indent}${key}: ${header} # was ${key}\n${indent}  ${value}`;
    case 2:
      return `${indent}${key}: !!str ${value}`;
    case 3:
      return `${indent}? ${key}\n${indent}: ${value}`;
    default:
      return line;
  }
}

/** An example plan with some of its lines rewritten, and the whole document possibly indented, CRLF, with a BOM. */
export function mutatedExample(examples: string[]): fc.Arbitrary<string> {
  return fc
    .record({
      text: fc.constantFrom(...examples),
      edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 5 }), fc.constantFrom(...BLOCK_HEADERS)), { maxLength: 12 }),
      indent: fc.boolean(),
      crlf: fc.boolean(),
      bom: fc.boolean(),
    })
    .map(({ text, edits, indent, crlf, bom }) => {
      const lines = text.split('\n');
      for (const [n, how, header] of edits) lines[n % lines.length] = mutateLine(lines[n % lines.length], how, header);
      let out = lines.join('\n');
      if (indent) out = out.split('\n').map((l) => (l.trim() === '' || l.startsWith('#') ? l : `  ${l}`)).join('\n');
      if (crlf) out = out.replace(/\n/g, '\r\n');
      return (bom ? '\ufeff' : '') + out;
    });
}

/** Generated and mutated plans, half and half when the examples are there. */
export function anyPlan(): fc.Arbitrary<string> {
  const examples = examplePlans();
  return examples.length ? fc.oneof(generatedPlan, mutatedExample(examples)) : generatedPlan;
}
