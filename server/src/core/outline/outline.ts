import type { Span } from '../rules/rule';
import type { IdKind } from '../ids/idSites';
import type { PlanModel } from '../model/types';
import { asMap, asSeq, keyText, type YNode } from '../yaml/tree';

/** What an outline entry is: a top-level section, an id-keyed entry, a plain key, or a review log entry. */
export type OutlineKind = 'section' | IdKind | 'field' | 'log-entry';

export interface OutlineNode {
  name: string;
  detail?: string;
  kind: OutlineKind;
  /** The whole entry (key and value). */
  span: Span;
  /** The part to select when the entry is revealed (its key). */
  selection: Span;
  children: OutlineNode[];
}

/**
 * The plan's outline: every top-level section, with its entries (skills, goals, plans and their
 * experiments, actions, contacts, obstacles, review log entries) or its keys. Details say what
 * an entry is about at a glance (a title, a due date and status, a level).
 */
export function buildOutline(model: PlanModel): OutlineNode[] {
  const root = model.root;
  if (!root) return [];
  return root.pairs.map((pair) => {
    const name = keyText(pair);
    const node: OutlineNode = { name, kind: 'section', span: pair, selection: pair.key, children: [] };
    node.children = sectionChildren(model, name, pair.value);
    return node;
  });
}

function sectionChildren(model: PlanModel, section: string, value: YNode | null): OutlineNode[] {
  const entry = (id: string, kind: OutlineKind, pair: { start: number; end: number; key: YNode }, detail: string | undefined, children: OutlineNode[] = []): OutlineNode => ({
    name: id, kind, detail: detail || undefined, span: pair, selection: pair.key, children,
  });
  switch (section) {
    case 'skills':
      return model.skills.map((s) => entry(s.id, 'skill', s.pair, s.level !== undefined ? `level ${s.level}` : undefined));
    case 'goals':
      return model.goals.map((g) => entry(g.id, 'goal', g.pair, join(g.title?.value, g.by?.text)));
    case 'plans':
      return model.plans.map((p) =>
        entry(p.id, 'plan', p.pair, join(p.title?.value, p.kind?.value),
          p.experiments.map((e) => entry(e.id, 'experiment', e.pair, join(e.kind?.value, e.status, e.to?.text)))),
      );
    case 'actions':
      return model.actions.map((a) => entry(a.id, 'action', a.pair, join(a.do?.value, a.due?.text, a.status)));
    case 'network':
      return model.contacts.map((c) => entry(c.id, 'contact', c.pair, join(c.name?.value, c.role?.value)));
    case 'obstacles':
      return model.obstacles.map((o) => entry(o.id, 'obstacle', o.pair, o.text?.value));
    default:
      return fieldChildren(value);
  }
}

function fieldChildren(value: YNode | null): OutlineNode[] {
  const map = asMap(value);
  if (!map || map.flow) return [];
  return map.pairs.map((pair) => {
    const name = keyText(pair);
    const log = asSeq(pair.value);
    const children = name === 'log' && log
      ? log.items.map((item, i): OutlineNode => {
          const date = asMap(item)?.pairs.find((p) => keyText(p) === 'date')?.value;
          const label = date?.kind === 'scalar' && date.value !== null ? String(date.value) : `#${i + 1}`;
          return { name: label, kind: 'log-entry', span: item, selection: item, children: [] };
        })
      : fieldChildren(pair.value);
    const scalar = pair.value?.kind === 'scalar' && pair.value.value !== null ? String(pair.value.value) : undefined;
    return { name, kind: 'field', detail: scalar, span: pair, selection: pair.key, children };
  });
}

function join(...parts: Array<string | undefined>): string {
  return parts.filter((p) => p !== undefined && p !== '').join(' · ');
}
