import { createMessageFormatter, type MessageArgs, type MessageId } from '../messages/catalog';
import { contactsByNextDate, type ReportData } from './reportData';

/** A report as headed lists of lines: what text and Markdown print, in the order the html shows it. */
export interface ReportSection {
  title: string;
  lines: string[];
  /** Sub-lists (a backup plan's criteria, the waiting actions). */
  groups?: Array<{ title: string; lines: string[] }>;
}

export type Formatter = <K extends MessageId>(id: K, args: MessageArgs<K>) => string;

export function formatterFor(data: ReportData): Formatter {
  return createMessageFormatter(data.locale);
}

const amount = (n: number): string => String(Math.round(n * 100) / 100);

/** The sections every format shows, built once from the report data. */
export function reportSections(data: ReportData, t: Formatter = formatterFor(data)): ReportSection[] {
  const { insights } = data;
  const r = insights.runway;
  const runway = !r
    ? t('report.runway.none', {})
    : r.covered
      ? t('report.runway.covered', { income: amount(r.continuingIncome), expenses: amount(r.expenses) })
      : t('report.runway.months', { months: r.months!.toFixed(1), fund: amount(r.fund), expenses: amount(r.expenses), income: amount(r.continuingIncome) });
  const open = insights.nextActions.filter((a) => a.waitingOn.length === 0);
  const waiting = insights.nextActions.filter((a) => a.waitingOn.length > 0);
  const action = (a: (typeof insights.nextActions)[number]) =>
    `${a.id}: ${data.actionTexts[a.id] ?? a.id} (${t('report.action.due', { date: a.due ?? '', overdue: a.overdue })}${a.waitingOn.length ? `; ${t('report.action.waiting-on', { ids: a.waitingOn.join(', ') })}` : ''})`;
  const review = insights.review;
  return [
    { title: t('report.runway', {}), lines: [runway] },
    {
      title: t('report.readiness', {}),
      lines: insights.backupPlans.length ? [] : [t('report.readiness.none', {})],
      groups: insights.backupPlans.map((p) => ({
        title: t('report.readiness.plan', { title: data.planTitles[p.id] ?? p.id, readiness: p.readiness }),
        lines: p.criteria.map((c) => `${t('report.criterion', { id: c.id })} ${Math.round(c.weight * c.score * 10) / 10}/${c.weight}: ${c.detail}`),
      })),
    },
    {
      title: t('report.gaps', {}),
      lines: insights.skillGaps.length
        ? insights.skillGaps.map(
            (g) => `${t('report.gap', { plan: g.plan, skill: g.skill, have: g.have, need: g.need })}: ${g.closesOn ? t('report.gap.closes', { date: g.closesOn, by: g.by.join(', ') }) : t('report.gap.open', {})}`,
          )
        : [t('report.gaps.none', {})],
    },
    {
      title: t('report.actions', {}),
      lines: insights.nextActions.length ? open.map(action) : [t('report.actions.none', {})],
      groups: waiting.length ? [{ title: t('report.actions.waiting', {}), lines: waiting.map(action) }] : [],
    },
    {
      title: t('report.contacts', {}),
      lines: insights.contacts.length
        ? contactsByNextDate(data).map((c) => {
            const who = data.contacts[c.id];
            const role = who?.role ? `, ${who.role}` : '';
            const every = who?.every ? `, ${who.every}` : '';
            return `${who?.name ?? c.id} (${c.id}${role}${every}): ${t('report.contact.next', { date: c.nextContact ?? '', due: c.due })}; ${t('report.contact.exchanges', { gave: c.gave, got: c.got })}`;
          })
        : [t('report.contacts.none', {})],
    },
    {
      title: t('report.review', {}),
      lines: [review ? t('report.review.next', { every: review.every ?? '', last: review.last ?? '', next: review.next ?? '', due: review.due }) : t('report.review.none', {})],
    },
  ];
}

/** Plain text for a terminal. */
export function reportText(data: ReportData): string {
  const t = formatterFor(data);
  const out = [t('report.title', { owner: data.owner ?? '' }), t('report.generated', { file: data.file, today: data.insights.today }), ''];
  for (const section of reportSections(data, t)) {
    out.push(section.title);
    for (const line of section.lines) out.push(`  ${line}`);
    for (const group of section.groups ?? []) {
      out.push(`  ${group.title}`);
      for (const line of group.lines) out.push(`    ${line}`);
    }
    out.push('');
  }
  return out.join('\n');
}
