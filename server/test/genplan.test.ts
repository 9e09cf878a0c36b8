import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import { generatePlan } from '../../scripts/genplan.mjs';

type Obj = Record<string, any>;

const SECTIONS = ['careerplan', 'owner', 'current', 'skills', 'goals', 'plans', 'actions', 'network',
  'finances', 'forces', 'obstacles', 'resources', 'resume', 'review', 'rules'];

/** Keys the format allows on each kind of entry (besides `x-` extensions). */
const KEYS: Record<string, string[]> = {
  skill: ['level', 'kind', 'evidence'],
  goal: ['title', 'by', 'horizon', 'plan'],
  plan: ['title', 'kind', 'model', 'why', 'trigger', 'needs', 'market', 'experiments'],
  experiment: ['kind', 'from', 'to', 'status', 'develops', 'interest', 'learned'],
  action: ['do', 'plan', 'goal', 'due', 'status', 'done', 'develops', 'after', 'phase'],
  contact: ['name', 'role', 'field', 'plans', 'last-contact', 'next-contact'],
  obstacle: ['text', 'addressed-by'],
};
const ID = /^[a-z0-9][a-z0-9-]*$/;

function parse(text: string): Obj {
  const doc = parseDocument(text);
  assert.deepEqual(doc.errors.map((e) => e.message), []);
  assert.deepEqual(doc.warnings.map((e) => e.message), []);
  return doc.toJS() as Obj;
}

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
const entries = (map: Obj | undefined): [string, Obj][] => Object.entries(map ?? {}) as [string, Obj][];
const experiments = (plan: Obj): [string, Obj][] => Object.values(plan.plans as Obj).flatMap((p: Obj) => entries(p.experiments));

/** Every reference that names nothing, as `where -> id`. */
function unresolved(plan: Obj): string[] {
  const ids = (section: string) => new Set(Object.keys(plan[section] ?? {}));
  const plans = ids('plans');
  const goals = ids('goals');
  const actions = ids('actions');
  const network = ids('network');
  const skills = new Set([...ids('skills'), ...Object.values(plan.plans as Obj).flatMap((p: Obj) => Object.keys(p.needs ?? {}))]);
  const bad: string[] = [];
  const check = (where: string, refs: unknown, known: Set<string>) => {
    for (const ref of ([] as unknown[]).concat(refs ?? [])) if (!known.has(ref as string)) bad.push(`${where} -> ${String(ref)}`);
  };
  for (const [id, g] of entries(plan.goals)) check(`goals.${id}.plan`, g.plan, plans);
  for (const [id, a] of entries(plan.actions)) {
    check(`actions.${id}.plan`, a.plan, plans);
    check(`actions.${id}.goal`, a.goal, goals);
    check(`actions.${id}.after`, a.after, actions);
    check(`actions.${id}.develops`, a.develops, skills);
  }
  for (const [id, e] of experiments(plan)) check(`experiments.${id}.develops`, e.develops, skills);
  for (const [id, c] of entries(plan.network)) check(`network.${id}.plans`, c.plans, plans);
  for (const [id, o] of entries(plan.obstacles)) check(`obstacles.${id}.addressed-by`, o['addressed-by'], actions);
  check('review.advisors', plan.review?.advisors, network);
  check('review.supporters', plan.review?.supporters, network);
  return bad;
}

/** The first `after` cycle found, or null. */
function afterCycle(plan: Obj): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'visiting') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'visiting');
    path.push(id);
    for (const next of (plan.actions[id]?.after ?? []) as string[]) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(id, 'done');
    return null;
  };
  for (const id of Object.keys(plan.actions)) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return null;
}

/** Keys outside the format, ids that are not kebab-case, and dates that are not real calendar dates. */
function shapeProblems(plan: Obj): string[] {
  const bad: string[] = [];
  const keysOf = (where: string, value: Obj, allowed: string[]) => {
    for (const key of Object.keys(value)) if (!allowed.includes(key) && !key.startsWith('x-')) bad.push(`${where}.${key}`);
  };
  const idsOf = (where: string, map: Obj | undefined) => {
    for (const id of Object.keys(map ?? {})) if (!ID.test(id)) bad.push(`${where}: bad id ${id}`);
  };
  for (const section of ['skills', 'goals', 'plans', 'actions', 'network', 'obstacles']) idsOf(section, plan[section]);
  for (const [id, s] of entries(plan.skills)) if (typeof s === 'object') keysOf(`skills.${id}`, s, KEYS.skill);
  for (const [id, g] of entries(plan.goals)) keysOf(`goals.${id}`, g, KEYS.goal);
  for (const [id, p] of entries(plan.plans)) {
    keysOf(`plans.${id}`, p, KEYS.plan);
    idsOf(`plans.${id}.needs`, p.needs);
    idsOf(`plans.${id}.experiments`, p.experiments);
  }
  for (const [id, e] of experiments(plan)) keysOf(`experiments.${id}`, e, KEYS.experiment);
  for (const [id, a] of entries(plan.actions)) keysOf(`actions.${id}`, a, KEYS.action);
  for (const [id, c] of entries(plan.network)) keysOf(`network.${id}`, c, KEYS.contact);
  for (const [id, o] of entries(plan.obstacles)) keysOf(`obstacles.${id}`, o, KEYS.obstacle);
  const walk = (value: unknown, where: string) => {
    if (typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value)) {
      if (new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) bad.push(`${where}: bad date ${value}`);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
    }
  };
  walk(plan, '');
  return bad;
}

describe('genplan: generated career plans', () => {
  for (const seed of [1, 2, 3]) {
    for (const lines of [300, 2000]) {
      describe(`seed ${seed}, ${lines} lines`, () => {
        const text = generatePlan({ lines, seed });
        const plan = parse(text);

        it('has every top-level section', () => {
          assert.deepEqual(SECTIONS.filter((s) => !(s in plan)), []);
          assert.equal(plan.careerplan, 1);
        });

        it('is within 2% of the requested size', () => {
          assert.ok(Math.abs(lineCount(text) - lines) <= lines * 0.02, `${lineCount(text)} lines`);
        });

        it('is the same plan for the same seed, and another plan for another seed', () => {
          assert.equal(generatePlan({ lines, seed }), text);
          assert.notEqual(generatePlan({ lines, seed: seed + 10 }), text);
        });

        it('resolves every reference', () => {
          assert.deepEqual(unresolved(plan), []);
        });

        it('has no cycle of `after` links', () => {
          assert.equal(afterCycle(plan), null);
        });

        it('uses only keys, ids and dates the format allows', () => {
          assert.deepEqual(shapeProblems(plan), []);
          assert.equal(Object.values(plan.plans as Obj).filter((p: Obj) => p.kind === 'primary').length, 1);
        });
      });
    }
  }

  it('writes Chinese plans too', () => {
    const text = generatePlan({ lines: 800, seed: 4, lang: 'zh' });
    const plan = parse(text);
    assert.equal(lineCount(text), 800);
    assert.match(String(plan.owner), /\p{Script=Han}/u);
    assert.deepEqual(unresolved(plan), []);
    assert.deepEqual(shapeProblems(plan), []);
  });

  it('covers the variety of the format at a few thousand lines', () => {
    const text = generatePlan({ lines: 3000, seed: 5 });
    const plan = parse(text);
    const actions = Object.values(plan.actions as Obj) as Obj[];
    const exps = experiments(plan).map(([, e]) => e);
    const set = (values: unknown[]) => [...new Set(values)].sort();
    assert.deepEqual(set(actions.map((a) => a.status ?? 'todo')), ['blocked', 'doing', 'done', 'dropped', 'todo']);
    assert.deepEqual(set(exps.map((e) => e.kind)), ['course', 'freelance', 'informational-interview', 'part-time', 'side-hustle', 'side-project', 'volunteering']);
    assert.deepEqual(set(exps.map((e) => e.status ?? 'planned')), ['abandoned', 'done', 'planned', 'running']);
    assert.deepEqual(set((Object.values(plan.network as Obj) as Obj[]).map((c) => c.role)), ['advisor', 'contact', 'mentor', 'peer', 'recruiter', 'supporter']);
    assert.ok(Object.values(plan.skills as Obj).some((s) => typeof s === 'number'));
    assert.ok(Object.values(plan.skills as Obj).some((s) => typeof s === 'object'));
    assert.ok(actions.some((a) => a.after) && actions.some((a) => a.develops) && actions.some((a) => a.phase));
    const overdue = actions.filter((a) => ['todo', 'doing', 'blocked'].includes(a.status ?? 'todo') && a.due && a.due < '2026-11-24');
    assert.ok(overdue.length > 0 && overdue.length < actions.length / 5, `${overdue.length} overdue of ${actions.length}`);
    assert.match(text, /^#/);
    assert.match(text, /: \{ /);
    assert.match(text, /: \[/);
    assert.match(text, /\S  # /);
    assert.match(text, /\p{Script=Han}/u);
  });
});
