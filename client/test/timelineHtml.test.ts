import { strict as assert } from 'node:assert';
import { Script } from 'node:vm';
import { PlanAnalyzer } from '../../server/src/core/analyze';
import { renderTimelineSvg, timelineModel } from '../../server/src/core/timeline';
import { timelineHtml, WEBVIEW_TIMELINE_THEME, type TimelineTexts } from '../src/timeline/html';

/** The timeline webview's page, checked without VS Code: it may load nothing and run nothing but its own script. */

const texts: TimelineTexts = {
  lang: 'en',
  loading: 'Drawing…',
  exportSvg: 'Export as SVG',
  goal: 'goal',
  action: 'action',
  done: 'done',
  overdue: 'overdue',
  experiment: '<b>experiment</b>',
  today: 'today',
  undated: 'Without a date',
  chartLabel: 'Goals "and" actions',
};
const CSP_SOURCE = "'self' https://*.vscode-cdn.net";

describe('timeline webview page', () => {
  const html = timelineHtml(CSP_SOURCE, texts);
  const nonce = /'nonce-([^']+)'/.exec(html)?.[1] ?? '';

  it('has a strict Content-Security-Policy with a fresh nonce', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.equal(csp, `default-src 'none'; style-src ${CSP_SOURCE} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${CSP_SOURCE} data:`);
    assert.ok(nonce.length >= 16);
    assert.notEqual(/'nonce-([^']+)'/.exec(timelineHtml(CSP_SOURCE, texts))?.[1], nonce, 'a new nonce per page');
  });

  it('carries its style and script inline under the nonce, and nothing that loads or runs otherwise', () => {
    assert.equal((html.match(/<script\b/g) ?? []).length, 1);
    assert.match(html, new RegExp(`<script nonce="${nonce.replace(/[+/=]/g, '\\$&')}">`));
    assert.match(html, new RegExp(`<style nonce="${nonce.replace(/[+/=]/g, '\\$&')}">`));
    const page = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]+>/, '');
    assert.doesNotMatch(page, /https?:\/\//, 'no address besides the policy\'s own sources');
    assert.doesNotMatch(html, /\s(src|href)=/i, 'no resource to load');
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handler');
    assert.doesNotMatch(html, /\sstyle="/i, 'no style attribute (the policy would block it)');
    assert.doesNotMatch(html, /@import|@font-face|url\(/, 'no fonts or images from anywhere');
  });

  it('carries the bundled script of webview/main.ts: one browser IIFE that compiles and says it is ready', () => {
    const script = /<script nonce="[^"]+">([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    assert.doesNotThrow(() => new Script(script), 'the inline script is valid JavaScript');
    assert.match(script, /acquireVsCodeApi\(\)/);
    assert.match(script, /type:\s*"ready"/);
    assert.doesNotMatch(script, /\brequire\(|<\/script/i, 'nothing of Node, nothing that ends the element early');
  });

  it('escapes the texts it is given', () => {
    assert.match(html, /&lt;b&gt;experiment&lt;\/b&gt;/);
    assert.match(html, /aria-label="Goals &quot;and&quot; actions"/);
  });

  it('draws the picture with the theme\'s CSS variables, without style attributes', () => {
    const analysis = new PlanAnalyzer().analyze('careerplan: 1\nplans:\n  p: { title: P, kind: primary }\nactions:\n  a: { do: A, plan: p, due: 2026-11-01 }\n', { today: '2026-11-24' });
    const svg = renderTimelineSvg(timelineModel(analysis, '2026-11-24'), WEBVIEW_TIMELINE_THEME, { width: 800 });
    assert.match(svg, /fill="var\(--vscode-editor-background\)"/);
    assert.match(svg, /class="item action overdue"/);
    assert.match(svg, /fill="var\(--vscode-charts-red\)"/);
    assert.doesNotMatch(svg, /\sstyle=|<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });
});
