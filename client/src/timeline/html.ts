import { randomBytes } from 'node:crypto';
import type { TimelineTheme } from '../../../server/src/core/timeline';

/**
 * The picture follows the VS Code theme: its colours are the theme's CSS variables, which the
 * webview defines and SVG presentation attributes resolve.
 */
export const WEBVIEW_TIMELINE_THEME: TimelineTheme = {
  background: 'var(--vscode-editor-background)',
  foreground: 'var(--vscode-editor-foreground)',
  muted: 'var(--vscode-descriptionForeground)',
  grid: 'var(--vscode-editorWidget-border, var(--vscode-panel-border, #8884))',
  today: 'var(--vscode-editorError-foreground)',
  goal: 'var(--vscode-charts-purple)',
  action: 'var(--vscode-charts-blue)',
  done: 'var(--vscode-charts-green)',
  overdue: 'var(--vscode-charts-red)',
  experiment: 'var(--vscode-charts-yellow)',
  fontFamily: 'var(--vscode-font-family)',
};

export interface TimelineTexts {
  lang: string;
  loading: string;
  exportSvg: string;
  goal: string;
  action: string;
  done: string;
  overdue: string;
  experiment: string;
  today: string;
  undated: string;
  chartLabel: string;
}

/** Messages from the webview to the extension. */
export type FromWebview =
  | { type: 'ready'; width: number }
  | { type: 'resize'; width: number }
  | { type: 'reveal'; kind: string; id: string; plan: string }
  | { type: 'export' };

/** Messages from the extension to the webview. */
export type ToWebview =
  | { type: 'render'; title: string; svg: string; undated: Array<{ kind: string; id: string; plan: string; title: string; lane: string }> }
  | { type: 'error'; message: string };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/**
 * The page of the timeline panel: a strict Content-Security-Policy (nothing from the network, no
 * inline code without the page's nonce), the theme's fonts and colours only, and a small script
 * that draws the SVG it is sent and reports clicks (and Enter on a focused item) back.
 */
export function timelineHtml(cspSource: string, texts: TimelineTexts): string {
  const nonce = randomBytes(16).toString('base64');
  const t = (key: keyof TimelineTexts) => escapeHtml(texts[key]);
  const csp = [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${t('lang')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">
  body { margin: 0; padding: 0 16px 16px; color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
  header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; padding: 10px 0; position: sticky; top: 0; background: var(--vscode-editor-background); }
  h1 { font-size: 1.1em; font-weight: 600; margin: 0; flex: 1 1 auto; }
  .legend { display: flex; flex-wrap: wrap; gap: 4px 14px; color: var(--vscode-descriptionForeground); }
  .legend span { display: inline-flex; align-items: center; gap: 5px; }
  .swatch { display: inline-block; width: 10px; height: 10px; }
  .swatch.goal { background: var(--vscode-charts-purple); transform: rotate(45deg) scale(0.8); }
  .swatch.action { border: 2px solid var(--vscode-charts-blue); border-radius: 50%; width: 7px; height: 7px; }
  .swatch.done { background: var(--vscode-charts-green); border-radius: 50%; }
  .swatch.overdue { background: var(--vscode-charts-red); border-radius: 50%; }
  .swatch.experiment { background: var(--vscode-charts-yellow); width: 18px; height: 8px; border-radius: 3px; }
  .swatch.today { border-left: 2px dashed var(--vscode-editorError-foreground); width: 0; height: 12px; }
  button { font: inherit; color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; padding: 3px 10px; cursor: pointer; }
  button:hover { background: var(--vscode-button-hoverBackground); }
  button:focus-visible, .item:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
  #chart { overflow-x: auto; }
  #chart svg { display: block; }
  #chart .item { cursor: pointer; }
  #chart .item:hover text, #chart .item:focus text { text-decoration: underline; }
  #status { color: var(--vscode-descriptionForeground); }
  #status.error { color: var(--vscode-errorForeground); }
  #undated h2 { font-size: 1em; font-weight: 600; margin: 16px 0 6px; }
  #undated ul { margin: 0; padding-left: 18px; }
  #undated button { color: var(--vscode-textLink-foreground); background: none; border: none; padding: 1px 0; text-align: left; }
  #undated button:hover { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
  .lane-name { color: var(--vscode-descriptionForeground); }
</style>
</head>
<body>
<header>
  <h1 id="title"></h1>
  <div class="legend" aria-hidden="true">
    <span><i class="swatch goal"></i>${t('goal')}</span>
    <span><i class="swatch action"></i>${t('action')}</span>
    <span><i class="swatch done"></i>${t('done')}</span>
    <span><i class="swatch overdue"></i>${t('overdue')}</span>
    <span><i class="swatch experiment"></i>${t('experiment')}</span>
    <span><i class="swatch today"></i>${t('today')}</span>
  </div>
  <button id="export" type="button">${t('exportSvg')}</button>
</header>
<div id="chart" role="group" aria-label="${t('chartLabel')}"><p id="status">${t('loading')}</p></div>
<section id="undated" hidden><h2>${t('undated')}</h2><ul></ul></section>
<script nonce="${nonce}">
(function () {
  const vscode = acquireVsCodeApi();
  const chart = document.getElementById('chart');
  const undated = document.getElementById('undated');
  const reveal = (el) => vscode.postMessage({ type: 'reveal', kind: el.dataset.kind, id: el.dataset.id, plan: el.dataset.plan || '' });
  const width = () => Math.max(600, Math.floor(chart.clientWidth));

  chart.addEventListener('click', (event) => {
    const item = event.target.closest && event.target.closest('.item');
    if (item) reveal(item);
  });
  chart.addEventListener('keydown', (event) => {
    const item = event.target.closest && event.target.closest('.item');
    if (item && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      reveal(item);
    }
  });
  document.getElementById('export').addEventListener('click', () => vscode.postMessage({ type: 'export' }));

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'render') {
      document.getElementById('title').textContent = message.title;
      chart.innerHTML = message.svg;
      for (const item of chart.querySelectorAll('.item')) {
        item.setAttribute('tabindex', '0');
        item.setAttribute('role', 'button');
        const title = item.querySelector('title');
        if (title) item.setAttribute('aria-label', title.textContent);
      }
      const list = undated.querySelector('ul');
      list.replaceChildren();
      for (const entry of message.undated) {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = entry.title;
        Object.assign(button.dataset, { kind: entry.kind, id: entry.id, plan: entry.plan });
        button.addEventListener('click', () => reveal(button));
        const lane = document.createElement('span');
        lane.className = 'lane-name';
        lane.textContent = ' · ' + entry.lane;
        li.append(button, lane);
        list.append(li);
      }
      undated.hidden = message.undated.length === 0;
    } else if (message.type === 'error') {
      chart.innerHTML = '';
      const p = document.createElement('p');
      p.id = 'status';
      p.className = 'error';
      p.textContent = message.message;
      chart.append(p);
    }
  });

  let timer;
  let last = width();
  new ResizeObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const now = width();
      if (Math.abs(now - last) >= 8) {
        last = now;
        vscode.postMessage({ type: 'resize', width: now });
      }
    }, 150);
  }).observe(chart);
  vscode.postMessage({ type: 'ready', width: last });
})();
</script>
</body>
</html>`;
}
