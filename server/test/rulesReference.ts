/**
 * Plain versions of rules that the product computes the fast way: each recomputes everything,
 * scans the whole model and reads SPEC §3 and §7 as directly as it can. Tests compare the real
 * rules with these on generated plans; nothing here is tuned, and nothing is shared with src.
 */
import { isActiveExperiment, isOpen, MAX_SKILL_LEVEL, type DateField, type Need, type Plan, type PlanModel, type Ref } from '../src/core/model/types';
import type { Rule } from '../src/core/rules/rule';
import { closestId } from '../src/core/text/closest';

interface Closer {
  kind: 'action' | 'experiment';
  id: string;
  plan: string | null;
  date: string | null;
  node: DateField['node'];
}

interface Gap {
  plan: Plan;
  need: Need;
  skill: string;
  have: number;
  level: number;
  closing: Closer | undefined;
}

function closersOf(model: PlanModel, skill: string): Closer[] {
  const closers: Closer[] = [];
  const add = (kind: Closer['kind'], id: string, plan: string | null, date: DateField) => closers.push({ kind, id, plan, date: date.valid ? date.text : null, node: date.node });
  for (const action of model.actions) {
    if (isOpen(action) && action.due && action.develops.some((ref) => ref.id === skill)) add('action', action.id, null, action.due);
  }
  for (const plan of model.plans) {
    for (const e of plan.experiments) if (isActiveExperiment(e) && e.to && e.develops.some((ref) => ref.id === skill)) add('experiment', e.id, plan.id, e.to);
  }
  return closers.sort((a, b) => a.node.start - b.node.start);
}

function gapsOf(model: PlanModel): Gap[] {
  const gaps: Gap[] = [];
  for (const plan of model.plans) {
    for (const need of plan.needs) {
      if (need.level === undefined) continue;
      const skill = model.skillById.get(need.skill);
      if (skill && (skill.level === undefined || skill.level < 0 || skill.level > MAX_SKILL_LEVEL)) continue;
      const have = skill?.level ?? 0;
      if (have >= need.level) continue;
      const closers = closersOf(model, need.skill);
      let closing = closers[0];
      for (const c of closers) if (c.date !== null && (closing.date === null || c.date > closing.date)) closing = c;
      gaps.push({ plan, need, skill: need.skill, have, level: need.level, closing });
    }
  }
  return gaps;
}

const skillGap: Rule = {
  code: 'skill-gap',
  check({ model }, report) {
    for (const gap of gapsOf(model)) {
      if (gap.closing) continue;
      const facts = { plan: gap.plan.id, skill: gap.skill, have: gap.have, need: gap.level };
      report(gap.need.pair, 'skill-gap', facts, facts);
    }
  },
};

const gapAfterGoal: Rule = {
  code: 'gap-after-goal',
  check({ model, today }, report) {
    const gaps = gapsOf(model);
    for (const goal of model.goals) {
      const by = goal.by;
      const planId = goal.plan?.id;
      if (!planId || !by?.valid || by.text < today) continue;
      let latest: Gap | undefined;
      for (const gap of gaps) {
        const closesOn = gap.closing?.date;
        if (gap.plan.id !== planId || !closesOn || closesOn <= by.text) continue;
        if (!latest || closesOn > latest.closing!.date!) latest = gap;
      }
      if (!latest) continue;
      const c = latest.closing!;
      const args = { goal: goal.id, by: by.text, skill: latest.skill, closesOn: c.date!, closer: c.id, closerKind: c.kind };
      report(by.node, 'gap-after-goal', args, { goal: goal.id, plan: planId, skill: latest.skill, closesOn: c.date!, closer: c.id, closerKind: c.kind });
    }
  },
};

const SECTION = { plan: 'plans', goal: 'goals', action: 'actions', contact: 'network', skill: 'skills' } as const;

const unknownReference: Rule = {
  code: 'unknown-reference',
  check({ model }, report) {
    const skills = new Set<string>(model.skillById.keys());
    for (const plan of model.plans) for (const need of plan.needs) skills.add(need.skill);
    const known: Record<keyof typeof SECTION, { has(id: string): boolean; keys(): Iterable<string> }> = {
      plan: model.planById, goal: model.goalById, action: model.actionById, contact: model.contactById, skill: skills,
    };
    const suggestions = new Map<string, string>();
    const budget = { remaining: 200_000 };
    const check = (kind: keyof typeof SECTION, ref: Ref | undefined) => {
      if (!ref || known[kind].has(ref.id)) return;
      const key = `${kind}:${ref.id}`;
      if (!suggestions.has(key)) suggestions.set(key, closestId(ref.id, known[kind].keys(), { budget }));
      const suggestion = suggestions.get(key)!;
      report(ref.node, 'unknown-reference', { kind, id: ref.id, section: SECTION[kind], suggestion }, { kind, id: ref.id, suggestion, section: SECTION[kind] });
    };
    const all = (kind: keyof typeof SECTION, refs: readonly Ref[]) => refs.forEach((ref) => check(kind, ref));
    for (const goal of model.goals) check('plan', goal.plan);
    for (const action of model.actions) {
      check('plan', action.plan);
      check('goal', action.goal);
      all('action', action.after);
      all('skill', action.develops);
    }
    for (const plan of model.plans) for (const e of plan.experiments) all('skill', e.develops);
    for (const obstacle of model.obstacles) all('action', obstacle.addressedBy);
    for (const contact of model.contacts) all('plan', contact.plans);
    if (model.review) {
      all('contact', model.review.advisors);
      all('contact', model.review.supporters);
    }
  },
};

export const referenceRules: readonly Rule[] = [skillGap, gapAfterGoal, unknownReference];
