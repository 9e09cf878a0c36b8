// The timeline page's script, run inside the webview (a browser, no Node): it draws the SVG the
// extension sends, makes its items keyboard-reachable, reports clicks (and Enter or Space on a
// focused item) and the chart's width back. Bundled by scripts/build.mjs as one IIFE that the
// page carries inline under its nonce; type-checked with the DOM library by ./tsconfig.json.
import type { FromWebview, ToWebview, UndatedEntry } from '../messages';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** Narrower widths would crowd the lanes' labels; the extension clamps the same way. */
const MIN_WIDTH = 600;
/** Resizes smaller than this do not redraw (scrollbars appearing and going). */
const RESIZE_STEP = 8;
const RESIZE_DELAY_MS = 150;

const vscode = acquireVsCodeApi();
const chart = element('chart');
const undated = element('undated');
const title = element('title');

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The timeline page has no #${id}.`);
  return found;
}

const post = (message: FromWebview) => vscode.postMessage(message);
const width = () => Math.max(MIN_WIDTH, Math.floor(chart.clientWidth));

function reveal(el: Element): void {
  const data = (el as HTMLElement | SVGElement).dataset;
  if (data.kind && data.id) post({ type: 'reveal', kind: data.kind, id: data.id, plan: data.plan ?? '' });
}

function itemOf(event: Event): Element | null {
  return event.target instanceof Element ? event.target.closest('.item') : null;
}

chart.addEventListener('click', (event) => {
  const item = itemOf(event);
  if (item) reveal(item);
});
chart.addEventListener('keydown', (event) => {
  const item = itemOf(event);
  if (item && (event.key === 'Enter' || event.key === ' ')) {
    event.preventDefault();
    reveal(item);
  }
});
element('export').addEventListener('click', () => post({ type: 'export' }));

function render(message: Extract<ToWebview, { type: 'render' }>): void {
  title.textContent = message.title;
  // The SVG is the core's, drawn from escaped text; the page's policy runs no script in it.
  chart.innerHTML = message.svg;
  for (const item of chart.querySelectorAll('.item')) {
    item.setAttribute('tabindex', '0');
    item.setAttribute('role', 'button');
    const label = item.querySelector('title')?.textContent;
    if (label) item.setAttribute('aria-label', label);
  }
  const list = undated.querySelector('ul');
  list?.replaceChildren(...message.undated.map(undatedItem));
  undated.hidden = message.undated.length === 0;
}

function undatedItem(entry: UndatedEntry): HTMLLIElement {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = entry.title;
  Object.assign(button.dataset, { kind: entry.kind, id: entry.id, plan: entry.plan });
  button.addEventListener('click', () => reveal(button));
  const lane = document.createElement('span');
  lane.className = 'lane-name';
  lane.textContent = ` · ${entry.lane}`;
  li.append(button, lane);
  return li;
}

function showError(text: string): void {
  const p = document.createElement('p');
  p.id = 'status';
  p.className = 'error';
  p.textContent = text;
  chart.replaceChildren(p);
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'render') render(message);
  else if (message.type === 'error') showError(message.message);
});

let timer: ReturnType<typeof setTimeout> | undefined;
let last = width();
new ResizeObserver(() => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const now = width();
    if (Math.abs(now - last) >= RESIZE_STEP) {
      last = now;
      post({ type: 'resize', width: now });
    }
  }, RESIZE_DELAY_MS);
}).observe(chart);
post({ type: 'ready', width: last });
