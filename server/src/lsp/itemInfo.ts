import type { IsoDate } from '../core/dates';
import type { IdKind } from '../core/ids/idSites';
import type { PlanModel } from '../core/model/types';
import { isOverdue } from '../core/views/planView';
import { asMap, keyText } from '../core/yaml/tree';
import { MARKDOWN, type Markup } from './markup';
import type { ServerTexts } from './serverMessages';

/** What a plan says about one id: its title and the facts worth showing next to it. */
export interface ItemInfo {
  kind: IdKind;
  id: string;
  title?: string;
  facts: Array<[label: string, value: string]>;
}

/** The item an id names in a model, or undefined when the model does not define it. */
export function itemInfo(model: PlanModel, kind: IdKind, id: string, scope: string, today: IsoDate, texts: ServerTexts): ItemInfo | undefined {
  const f = texts.field;
  const facts: ItemInfo['facts'] = [];
  const add = (label: string, value: string | number | undefined | null) => {
    if (value !== undefined && value !== null && value !== '') facts.push([label, String(value)]);
  };
  switch (kind) {
    case 'action': {
      const a = model.actionById.get(id);
      if (!a) return undefined;
      add(f.due, a.due ? a.due.text + (isOverdue(a, today) ? ` (${f.overdue})` : '') : undefined);
      add(f.status, a.status);
      add(f.done, a.done?.text);
      add(f.plan, a.plan?.id);
      add(f.goal, a.goal?.id);
      add(f.phase, a.phase?.value);
      add(f.after, a.after.map((r) => r.id).join(', '));
      add(f.develops, a.develops.map((r) => r.id).join(', '));
      return { kind, id, title: a.do?.value, facts };
    }
    case 'goal': {
      const g = model.goalById.get(id);
      if (!g) return undefined;
      add(f.by, g.by?.text);
      add(f.horizon, g.horizon?.value);
      add(f.plan, g.plan?.id);
      return { kind, id, title: g.title?.value, facts };
    }
    case 'plan': {
      const p = model.planById.get(id);
      if (!p) return undefined;
      add(f.kind, p.kind?.value);
      add(f.model, p.model?.value);
      add(texts.kind.experiment, p.experiments.map((e) => `${e.id} (${e.status})`).join(', '));
      return { kind, id, title: p.title?.value, facts };
    }
    case 'skill': {
      const s = model.skillById.get(id);
      const needs = model.plans.flatMap((p) => p.needs.filter((n) => n.skill === id).map((n) => `${p.id} (${n.level ?? '?'})`));
      if (!s && needs.length === 0) return undefined;
      add(f.level, s?.level ?? (s ? undefined : 0));
      add(f.kind, s?.kind?.value);
      add(f.neededBy, needs.join(', '));
      return { kind, id, facts };
    }
    case 'contact': {
      const c = model.contactById.get(id);
      if (!c) return undefined;
      add(f.role, c.role?.value);
      add(f.field, c.field?.value);
      add(f.lastContact, c.lastContact?.text);
      add(f.nextContact, c.nextContact?.text);
      add(f.plan, c.plans.map((r) => r.id).join(', '));
      return { kind, id, title: c.name?.value, facts };
    }
    case 'obstacle': {
      const o = model.obstacles.find((x) => x.id === id);
      if (!o) return undefined;
      add(texts.kind.action, o.addressedBy.map((r) => r.id).join(', '));
      return { kind, id, title: o.text?.value, facts };
    }
    case 'experiment': {
      const e = model.planById.get(scope)?.experiments.find((x) => x.id === id);
      if (!e) return undefined;
      add(f.plan, e.planId);
      add(f.kind, e.kind?.value);
      add(f.status, e.status);
      add(f.from, e.from?.text);
      add(f.to, e.to?.text);
      add(f.interest, e.interest?.value);
      return { kind, id, title: e.learned?.value, facts };
    }
    case 'income-stream': {
      const streams = asMap(model.finances?.map?.pairs.find((p) => keyText(p) === 'income-streams')?.value);
      const pair = streams?.pairs.find((p) => keyText(p) === id);
      if (!pair) return undefined;
      add(f.amount, pair.value?.kind === 'scalar' ? String(pair.value.value) : undefined);
      return { kind, id, facts };
    }
  }
}

/** A hover: "**Action** `pick-course` — title", then one line per fact (in Markdown or plain text). */
export function itemMarkdown(info: ItemInfo, texts: ServerTexts, markup: Markup = MARKDOWN): string {
  const head = `${markup.bold(texts.kind[info.kind])} ${markup.code(info.id)}${info.title ? ` — ${markup.text(info.title)}` : ''}`;
  const facts = info.facts.map(([label, value]) => `- ${label}: ${markup.text(value)}`);
  return [head, ...(facts.length ? ['', ...facts] : [])].join('\n');
}

/** A one-line summary for completion details: the title, else the first facts. */
export function itemDetail(info: ItemInfo): string {
  const facts = info.facts.slice(0, 2).map(([label, value]) => `${label}: ${value}`).join(' · ');
  return [info.title, facts].filter(Boolean).join(' — ');
}
