/**
 * The html report opened in headless chromium: it renders, no request leaves the page, and its
 * text can be selected (a person copies from it). Skipped where chromium is not installed.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { PlanAnalyzer } from '../src/core/analyze';
import { reportData, reportHtml } from '../src/core/report';

const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const DESIGNER = join(process.cwd(), '..', 'shared', 'insights', 'designer.careerplan.yaml');

describe('html report in chromium', function () {
  this.timeout(60000);
  let browser: Browser | undefined;

  before(async function () {
    if (!existsSync(CHROMIUM)) this.skip();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  });
  after(async () => browser?.close());

  it('renders with no request leaving the page, and its text is selectable', async () => {
    const analysis = new PlanAnalyzer().analyze(readFileSync(DESIGNER, 'utf8'), { today: '2026-11-24' });
    const html = reportHtml(reportData('designer.careerplan.yaml', analysis, { today: '2026-11-24', locale: 'en', progress: [{ date: '2026-01-01', done: 0, total: 3, skillsRaised: 1 }, { date: '2026-06-01', done: 2, total: 5, skillsRaised: 0 }] }));
    const page = await browser!.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    await page.setContent(html, { waitUntil: 'load' });
    assert.deepEqual(requests, []);
    assert.equal(await page.locator('h1').innerText(), 'Career plan report: Noor Haddad');
    assert.equal(await page.locator('svg.bar').count(), 2);
    const box = await page.locator('section').first().boundingBox();
    assert.ok(box && box.height > 0, 'the first section has a size');
    // Selects the whole page as a person would, in the page's own scope (no DOM types here).
    const selected = (await page.evaluate(`(() => {
      const range = document.createRange();
      range.selectNodeContents(document.body);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    })()`)) as string;
    assert.match(selected, /87% ready/);
    assert.match(selected, /ask-for-intro/);
    assert.equal(await page.evaluate('getComputedStyle(document.body).userSelect'), 'text');
    await page.close();
  });
});
