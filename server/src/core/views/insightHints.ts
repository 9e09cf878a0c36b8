import type { IsoDate } from '../dates';
import { lastContactOf } from '../insights/contacts';
import { skillGaps } from '../insights/skillGaps';
import { incomeKinds } from '../insights/runway';
import type { PlanInsights } from '../insights/types';
import type { MessageArgs, MessageId } from '../messages/catalog';
import type { PlanModel } from '../model/types';
import type { Span } from '../rules/rule';

type Format = <K extends MessageId>(id: K, args: MessageArgs<K>) => string;

export type InsightHintKind = 'runway' | 'skillGap' | 'nextContact' | 'waiting';

/**
 * One insight shown where it applies in the text (SPEC §7 "Where they show"): a short label
 * after `at` (an inlay hint) and the arithmetic behind it (its tooltip, and the hover on any of
 * `spans`). Labels and arithmetic are built from the core's insights, never computed again.
 */
export interface InsightHint {
  kind: InsightHintKind;
  /** The entry it belongs to (`finances`, `plan/skill`, a contact id, an action id): stable across edits. */
  key: string;
  /** The hint stands right after this node. */
  at: Span;
  /** Where a hover shows the arithmetic: the key and the value. */
  spans: Span[];
  label: string;
  /** Markdown. */
  arithmetic: string;
}

const amount = (n: number): string => String(Math.round(n * 100) / 100);

/** The keys whose key or value carries a hint (see the builders below: keep them in step). */
const HINT_KEYS = new Set(['emergency-fund', 'last-contact', 'every', 'after']);

/**
 * Whether a hint may stand at a place with this path (from `locate`): lets a hover elsewhere
 * skip computing the plan's insights. A need under `plans`, or one of HINT_KEYS (a list under
 * `after` included). insightHints.test.ts holds every hint's spans to it.
 */
export function hintMayBeAt(path: ReadonlyArray<string | number>): boolean {
  if (path[0] === 'plans' && path[2] === 'needs') return true;
  return path.some((segment) => typeof segment === 'string' && HINT_KEYS.has(segment));
}

/** The hints of one plan, in text order. */
export function insightHints(model: PlanModel, insights: PlanInsights, format: Format): InsightHint[] {
  const hints: InsightHint[] = [];
  runwayHint(model, insights, format, hints);
  gapHints(model, insights, format, hints);
  contactHints(model, insights, format, hints);
  waitingHints(model, insights, format, hints);
  return hints.sort((a, b) => a.at.end - b.at.end);
}

function runwayHint(model: PlanModel, { runway }: PlanInsights, format: Format, hints: InsightHint[]): void {
  const fund = model.finances?.emergencyFund;
  if (!runway || !fund) return;
  const months = runway.months === null ? '' : runway.months.toFixed(1);
  const head = runway.covered
    ? format('arithmetic.runway-covered', { expenses: amount(runway.expenses), continuing: amount(runway.continuingIncome) })
    : format('arithmetic.runway', { fund: amount(runway.fund), expenses: amount(runway.expenses), continuing: amount(runway.continuingIncome), months });
  const streams = model.finances!.incomeStreams;
  const kinds = incomeKinds(streams);
  const lines = streams.map((s, i) => `- ${format('arithmetic.stream', { id: s.id, amount: amount(s.amount), kind: kinds[i], continues: kinds[i] !== 'job' })}`);
  const keyPair = model.finances!.map?.pairs.find((p) => p.value === fund.node);
  hints.push({
    kind: 'runway',
    key: 'finances',
    at: fund.node,
    spans: keyPair ? [keyPair.key, fund.node] : [fund.node],
    label: format('hint.runway', { months, covered: runway.covered }),
    arithmetic: [head, ...(lines.length ? ['', ...lines] : [])].join('\n'),
  });
}

function gapHints(model: PlanModel, insights: PlanInsights, format: Format, hints: InsightHint[]): void {
  const closesOn = new Map(insights.skillGaps.map((g) => [`${g.plan}/${g.skill}`, g.closesOn]));
  for (const gap of skillGaps(model)) {
    const key = `${gap.plan.id}/${gap.skill}`;
    if (!closesOn.has(key)) continue;
    const date = closesOn.get(key) ?? null;
    const lines = [format('arithmetic.gap', { plan: gap.plan.id, skill: gap.skill, have: gap.have, need: gap.level }), ''];
    if (date) {
      lines.push(format('arithmetic.gap-closes', { date }), '');
      for (const closer of gap.closers) if (closer.date) lines.push(`- ${format('arithmetic.gap-closer', { id: closer.id, kind: closer.kind, date: closer.date })}`);
    } else lines.push(format('arithmetic.gap-undated', { skill: gap.skill }));
    const value = gap.need.pair.value ?? gap.need.key;
    hints.push({
      kind: 'skillGap',
      key,
      at: value,
      spans: [gap.need.key, value],
      label: date ? format('hint.gap-closes', { date }) : format('hint.gap-undated', {}),
      arithmetic: lines.join('\n'),
    });
  }
}

function contactHints(model: PlanModel, { contacts }: PlanInsights, format: Format, hints: InsightHint[]): void {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  for (const contact of model.contacts) {
    const insight = byId.get(contact.id);
    // Beside last-contact, else beside every: the two things the next date is computed from.
    const anchor = contact.lastContact?.node ?? contact.every?.node;
    if (!insight || !anchor || insight.nextContact === null) continue;
    const last = lastContactOf(contact);
    const explicit = Boolean(contact.nextContact);
    const lines = [
      explicit || !last || !contact.every
        ? format('arithmetic.next-contact-set', { date: insight.nextContact })
        : format('arithmetic.next-contact', { last: last.date, from: last.node === contact.lastContact?.node ? 'last-contact' : 'log', every: contact.every.value, date: insight.nextContact }),
    ];
    if (insight.due) lines.push('', format('arithmetic.contact-due', { date: insight.nextContact }));
    lines.push('', format('arithmetic.exchanges', { gave: insight.gave, got: insight.got }));
    const keyPair = contact.map?.pairs.find((p) => p.value === anchor);
    hints.push({
      kind: 'nextContact',
      key: contact.id,
      at: anchor,
      spans: keyPair ? [keyPair.key, anchor] : [anchor],
      label: format('hint.next-contact', { date: insight.nextContact, due: insight.due }),
      arithmetic: lines.join('\n'),
    });
  }
}

function waitingHints(model: PlanModel, { nextActions }: PlanInsights, format: Format, hints: InsightHint[]): void {
  for (const next of nextActions) {
    if (!next.waitingOn.length) continue;
    const action = model.actionById.get(next.id);
    const afterPair = action?.map?.pairs.find((p) => p.key.kind === 'scalar' && p.key.value === 'after');
    if (!action || !afterPair?.value) continue;
    const lines = [format('arithmetic.waiting', {}), ''];
    for (const id of next.waitingOn) {
      const prerequisite = model.actionById.get(id);
      const due: IsoDate = prerequisite?.due?.valid ? prerequisite.due.text : '';
      lines.push(`- ${format('arithmetic.waiting-on', { id, status: prerequisite?.status ?? '', due })}`);
    }
    hints.push({
      kind: 'waiting',
      key: next.id,
      at: afterPair.value,
      spans: [afterPair.key, afterPair.value],
      label: format('hint.waiting', { ids: next.waitingOn.join(', ') }),
      arithmetic: lines.join('\n'),
    });
  }
}
