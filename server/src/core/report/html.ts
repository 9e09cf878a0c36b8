import { esc } from '../timeline';
import type { ProgressPoint, ReportData } from './reportData';
import { formatterFor, reportSections, type Formatter } from './sections';

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1f2328;max-width:960px;margin:2em auto;padding:0 1em;user-select:text}
h1{font-size:1.6em;margin-bottom:0}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:1.6em}h3{font-size:1.05em;margin:1em 0 .3em}
.meta{color:#59636e;margin-top:.2em}ul{padding-left:1.2em}li{margin:.15em 0}
.bar{display:block;margin:.2em 0 .6em}.waiting{color:#59636e}.due{color:#b35900;font-weight:600}
figure{margin:0;overflow-x:auto}figcaption{color:#59636e;font-size:.9em}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}section{break-inside:avoid}}
`;

/** A horizontal bar for a percentage, as inline SVG with its number written beside it. */
function bar(percent: number): string {
  const width = Math.max(0, Math.min(100, percent)) * 3;
  return `<svg class="bar" width="360" height="18" role="img" aria-label="${percent}%"><rect width="300" height="14" y="2" rx="3" fill="#eaeef2"/><rect width="${width}" height="14" y="2" rx="3" fill="#1f883d"/><text x="308" y="14" font-size="12" fill="#1f2328">${percent}%</text></svg>`;
}

/** Actions done and skills raised per commit, as two polylines on one chart. */
function progressChart(points: readonly ProgressPoint[], t: Formatter): string {
  const width = 900;
  const height = 200;
  const pad = 30;
  const max = Math.max(1, ...points.map((p) => Math.max(p.done, p.skillsRaised)));
  const x = (i: number) => pad + (points.length === 1 ? 0 : (i * (width - 2 * pad)) / (points.length - 1));
  const y = (v: number) => height - pad - (v * (height - 2 * pad)) / max;
  const line = (pick: (p: ProgressPoint) => number, color: string) =>
    `<polyline fill="none" stroke="${color}" stroke-width="2" points="${points.map((p, i) => `${x(i).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(' ')}"/>` +
    points.map((p, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(pick(p)).toFixed(1)}" r="3" fill="${color}"><title>${esc(p.date)}: ${pick(p)}</title></circle>`).join('');
  const first = points[0]?.date ?? '';
  const last = points[points.length - 1]?.date ?? '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="${esc(t('report.progress', {}))}">` +
    `<line x1="${pad}" y1="${height - pad}" x2="${width - pad}" y2="${height - pad}" stroke="#d0d7de"/>` +
    line((p) => p.done, '#1f883d') +
    line((p) => p.skillsRaised, '#0969da') +
    `<text x="${pad}" y="${height - 8}" font-size="11">${esc(first)}</text><text x="${width - pad}" y="${height - 8}" font-size="11" text-anchor="end">${esc(last)}</text>` +
    `<text x="${pad}" y="14" font-size="11" fill="#1f883d">${esc(t('report.progress.done', {}))}</text><text x="${pad + 140}" y="14" font-size="11" fill="#0969da">${esc(t('report.progress.skills', {}))}</text><text x="${width - pad}" y="14" font-size="11" text-anchor="end">${max}</text>` +
    `</svg>`
  );
}

/**
 * The report as one standalone HTML page: inline CSS and SVG, no script, nothing loaded from
 * anywhere (the content security policy forbids it too), printable. Every text from the plan is
 * escaped. Pure: data in, text out, so the editor's webview shows the same page.
 */
export function reportHtml(reports: ReportData | readonly ReportData[]): string {
  const all = Array.isArray(reports) ? (reports as readonly ReportData[]) : [reports as ReportData];
  const first = all[0];
  const lang = first?.locale === 'zh-cn' ? 'zh-CN' : 'en';
  const title = first ? formatterFor(first)('report.title', { owner: all.length === 1 ? first.owner ?? '' : '' }) : '';
  return (
    `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${STYLE}</style></head>\n<body>\n${all.map(planBody).join('\n<hr>\n')}\n</body></html>\n`
  );
}

/** One plan's part of the page. */
function planBody(data: ReportData): string {
  const t = formatterFor(data);
  const title = t('report.title', { owner: data.owner ?? '' });
  const list = (lines: readonly string[], cls = '') => (lines.length ? `<ul${cls ? ` class="${cls}"` : ''}>${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : '');
  const body: string[] = [`<h1>${esc(title)}</h1>`, `<p class="meta">${esc(t('report.generated', { file: data.file, today: data.insights.today }))}</p>`];
  const sections = reportSections(data, t);
  sections.forEach((section, index) => {
    body.push(`<section><h2>${esc(section.title)}</h2>`);
    body.push(list(section.lines, index === 4 ? 'contacts' : ''));
    for (const group of section.groups ?? []) {
      const readiness = index === 1 ? data.insights.backupPlans[(section.groups ?? []).indexOf(group)]?.readiness : undefined;
      body.push(`<h3>${esc(group.title)}</h3>${readiness !== undefined ? bar(readiness) : ''}${list(group.lines, index === 3 ? 'waiting' : '')}`);
    }
    body.push('</section>');
  });
  if (data.timelineSvg) body.push(`<section><h2>${esc(t('report.timeline', {}))}</h2><figure>${data.timelineSvg.replace(/^<\?xml[^>]*>\s*/, '')}</figure></section>`);
  if (data.progress && data.progress.length > 0) {
    body.push(
      `<section><h2>${esc(t('report.progress', {}))}</h2><figure>${progressChart(data.progress, t)}<figcaption>${esc(t('report.progress.caption', { commits: data.progress.length }))}</figcaption></figure></section>`,
    );
  }
  return body.join('\n');
}
