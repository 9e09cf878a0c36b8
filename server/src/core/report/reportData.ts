import type { Analysis } from '../analyze';
import type { IsoDate } from '../dates';
import { planInsights, type PlanInsights } from '../insights';
import type { Catalog, Locale } from '../messages/catalog';
import { renderTimelineSvg, timelineModel } from '../timeline';

/** Progress at one commit of the plan (from the git history reader), for the chart. */
export interface ProgressPoint {
  date: IsoDate;
  done: number;
  total: number;
  skillsRaised: number;
}

/** Everything a report shows of one plan file: the insights, and the names to show beside ids. */
export interface ReportData {
  file: string;
  locale: Locale;
  owner: string | null;
  insights: PlanInsights;
  planTitles: Record<string, string>;
  actionTexts: Record<string, string>;
  contacts: Record<string, { name: string; role: string | null; every: string | null }>;
  /** The timeline picture (standalone SVG) when the plan has anything dated. */
  timelineSvg: string | null;
  /** Progress per commit, oldest first; null outside a git repository. */
  progress: ProgressPoint[] | null;
}

export interface ReportOptions {
  today: IsoDate;
  locale: Locale;
  catalog?: Partial<Catalog>;
  progress?: ProgressPoint[] | null;
}

/** The report's data for one analysed plan. Pure: the caller reads files and git. */
export function reportData(file: string, analysis: Analysis, options: ReportOptions): ReportData {
  const { model } = analysis;
  const insights = planInsights(model, options.today, { locale: options.locale, catalog: options.catalog });
  const timeline = timelineModel(analysis, options.today, { locale: options.locale, catalog: options.catalog });
  const dated = timeline.lanes.some((lane) => lane.items.length > 0);
  return {
    file,
    locale: options.locale,
    owner: model.owner?.value ?? null,
    insights,
    planTitles: Object.fromEntries(model.plans.map((p) => [p.id, p.title?.value ?? p.id])),
    actionTexts: Object.fromEntries(model.actions.map((a) => [a.id, a.do?.value ?? a.id])),
    contacts: Object.fromEntries(model.contacts.map((c) => [c.id, { name: c.name?.value ?? c.id, role: c.role?.value ?? null, every: c.every?.value ?? null }])),
    timelineSvg: dated ? renderTimelineSvg(timeline, {}, { width: 900 }) : null,
    progress: options.progress ?? null,
  };
}

/** Contacts by next contact date (due first, undated last), in the order written on ties. */
export function contactsByNextDate(data: ReportData): PlanInsights['contacts'] {
  const key = (d: string | null) => d ?? '\uffff';
  return data.insights.contacts.map((c, i) => ({ c, i })).sort((a, b) => (key(a.c.nextContact) < key(b.c.nextContact) ? -1 : key(a.c.nextContact) > key(b.c.nextContact) ? 1 : a.i - b.i)).map(({ c }) => c);
}
