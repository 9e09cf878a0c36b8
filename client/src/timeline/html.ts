import { randomBytes } from 'node:crypto';
import type { TimelineTheme } from '../../../server/src/core/timeline';
import pageScript from './webview/main.ts?iife';

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

/** A script inside `<script>`: `</script` in a string would end the element early. */
function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/**
 * The page of the timeline panel: a strict Content-Security-Policy (nothing from the network, no
 * inline code without the page's nonce), the theme's fonts and colours only, and the script of
 * webview/main.ts (bundled for the browser at build time) inline under the nonce.
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
<script nonce="${nonce}">${inlineScript(pageScript)}</script>
</body>
</html>`;
}
