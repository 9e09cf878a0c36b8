import type { ReportData } from './reportData';
import { formatterFor, reportSections } from './sections';

/** Text from the plan as Markdown shows it literally: no markup, no HTML, no links. */
export function mdText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** The report as Markdown, for a README or a pull request. Pure: data in, text out. */
export function reportMarkdown(data: ReportData): string {
  const t = formatterFor(data);
  const out = [`# ${mdText(t('report.title', { owner: data.owner ?? '' }))}`, '', `_${mdText(t('report.generated', { file: data.file, today: data.insights.today }))}_`, ''];
  for (const section of reportSections(data, t)) {
    out.push(`## ${mdText(section.title)}`, '');
    for (const line of section.lines) out.push(`- ${mdText(line)}`);
    if (section.lines.length) out.push('');
    for (const group of section.groups ?? []) {
      out.push(`### ${mdText(group.title)}`, '');
      for (const line of group.lines) out.push(`- ${mdText(line)}`);
      out.push('');
    }
  }
  return out.join('\n');
}
