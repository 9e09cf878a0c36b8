// The insights where people look, on the designer plan (SPEC §7), in the packaged extension: the
// readiness lens and its seven criteria, the Network view with Inès Moreau due, inlay hints in the
// editor, the report webview with its readiness bars, and "Log contact today" changing only that
// contact's lines as one undo step.
// Every scenario saves a screenshot in test-results/e2e/. See docs/e2e.md.
import { strict as assert } from 'node:assert';
import { extensionSuite } from './extensionSuite';
import { until, type VsCode } from './harness';

const PLAN = 'designer.careerplan.yaml';
/** The Network view; its header reads "Network - PLAN FILE Section". */
const NETWORK_PANE = '.part.sidebar .pane:has(> .pane-header[aria-label^="Network"])';

describe('e2e: insights', () => {
  const { openPlan, showCareerPlanViews, undoRestores } = extensionSuite();
  const quickInput = (v: VsCode) => v.page.locator('.quick-input-widget');

  /** Opens the plan at a line (lenses and hints are rendered for the visible lines only). */
  async function openAt(line: number): Promise<VsCode> {
    const { v } = await openPlan(PLAN);
    await v.page.locator('.editor-group-container.active .view-lines').click();
    await v.goToLine(line);
    return v;
  }

  async function openNetworkView(v: VsCode): Promise<void> {
    await showCareerPlanViews(v);
    const header = v.page.locator('.part.sidebar .pane-header[aria-label^="Network"]');
    await header.waitFor();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  }

  it('shows a readiness lens on each backup plan; it lists the seven criteria', async () => {
    const v = await openAt(60);
    const lens = v.page.locator('.codelens-decoration a', { hasText: 'Readiness 87%' });
    await until(async () => (await lens.count()) > 0, 'the readiness lens of ux-researcher');
    await lens.first().click();
    await until(async () => /Readiness of "UX researcher": 87%/.test(await quickInput(v).innerText()), 'the readiness list');
    const rows = await until(async () => {
      const texts = await quickInput(v).locator('.quick-input-list .monaco-list-row').allInnerTexts();
      return texts.length === 7 && texts.map((t) => t.replace(/\s+/g, ' '));
    }, 'seven criteria');
    const names = ['Fit', 'Skills', 'Tested', 'Network', 'Market', 'Trigger', 'Runway'];
    rows.forEach((row, i) => assert.ok(row.includes(names[i]), `${names[i]} in ${row}`));
    assert.ok(rows[1].includes('half') && rows[1].includes('1 of 3 needs met, 2 more with a closing date'), rows[1]);
    assert.ok(rows[6].includes('half') && rows[6].includes('Runway 4.6 months'), rows[6]);
    await v.screenshot('insights-readiness');
    // Picking the runway criterion goes to the emergency fund.
    await quickInput(v).locator('.quick-input-list .monaco-list-row', { hasText: 'Runway' }).first().click();
    await until(async () => (await v.page.locator('.editor-group-container.active .view-line', { hasText: 'emergency-fund: 18000' }).count()) > 0, 'the emergency fund in view');
  });

  it('lists Inès Moreau as due in the Network view', async () => {
    const { v } = await openPlan(PLAN);
    await openNetworkView(v);
    const rows = await until(async () => {
      const all = await v.listRows(`${NETWORK_PANE} .monaco-list`);
      return all.some((r) => r.includes('Inès Moreau')) && all;
    }, 'the contacts');
    const due = rows.indexOf(rows.find((r) => r.startsWith('Due'))!);
    assert.ok(due >= 0, JSON.stringify(rows));
    assert.match(rows[due + 1], /Inès Moreau.*mentor · every 2m · gave 0 · got 3/);
    assert.ok(rows.some((r) => r.startsWith('Later')) && rows.some((r) => /Kofi Mensah/.test(r)), JSON.stringify(rows));
    await v.screenshot('insights-network');
  });

  it('renders inlay hints: runway, closing dates, next contact and waiting', async () => {
    const v = await openAt(147);
    // Hints are rendered inline with the line's text (spaces as non-breaking ones).
    const shown = async () => (await v.page.locator('.editor-group-container.active .view-lines').innerText()).replace(/\s+/g, ' ');
    await until(async () => (await shown()).includes('emergency-fund: 18000 ≈ 4.6 months if you lost your job'), 'the runway hint');
    await until(async () => (await shown()).includes('every: 2m next contact 2026-10-15, due'), 'the next contact hint');
    await v.screenshot('insights-inlay-hints');
    await v.goToLine(62);
    await until(async () => (await shown()).includes('user-interviews: 4 closes 2027-09-30'), 'the closing date of user-interviews');
    await v.goToLine(124);
    await until(async () => (await shown()).includes('after: [interview-course] waiting on interview-course'), 'the waiting hint');
  });

  it('shows the report in a webview, with a readiness bar per backup plan', async () => {
    const { v } = await openPlan(PLAN);
    await v.runCommand('Career Plan: Show Report');
    const frame = v.webview();
    await frame.locator('svg.bar').first().waitFor();
    const bars = await frame.locator('svg.bar').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    assert.deepEqual(bars, ['87%', '30%']);
    // Nothing may load or run: the page's own policy, and no script.
    const csp = await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp ?? '', /^default-src 'none';/);
    assert.equal(await frame.locator('script').count(), 0);
    assert.equal(await frame.locator('style#careerplan-theme').count(), 1, 'the theme colours');
    await v.screenshot('insights-report');
  });

  it('logs a contact today from the Network view: only that contact changes, one undo restores the file', async () => {
    const { v, file, before } = await openPlan(PLAN);
    await openNetworkView(v);
    const row = v.page.locator(`${NETWORK_PANE} .monaco-list-row`, { hasText: 'Inès Moreau' }).first();
    await row.waitFor();
    await row.hover();
    await row.locator('.action-label[aria-label="Log Contact Today"]').click();
    await until(async () => /Log contact with Inès Moreau today/.test(await quickInput(v).innerText()), 'what passed between you');
    await quickInput(v).locator('.quick-input-list .monaco-list-row', { hasText: 'I got something' }).first().click();
    await until(async () => /What did you get from Inès Moreau\?/.test(await quickInput(v).innerText()), 'the text box');
    await quickInput(v).locator('.quick-input-box input').fill('An intro to her research lead');
    await v.page.keyboard.press('Enter');
    await v.page.locator('.editor-group-container.active .view-lines').click();
    // The whole new entry, not the first read that differs.
    const after = await v.saveUntil(file, (text) => text.includes('An intro to her research lead }\n'), 'the plan to change on disk');
    const expected = before
      .replace('    plans: [ux-researcher]\n    every: 2m\n', '    plans: [ux-researcher]\n    last-contact: 2026-11-24\n    every: 2m\n')
      .replace('      - { date: 2026-08-15, got: Advice on moving into research }\n', '      - { date: 2026-08-15, got: Advice on moving into research }\n      - { date: 2026-11-24, got: An intro to her research lead }\n');
    assert.notEqual(expected, before);
    assert.equal(after, expected);
    // Inès is no longer due: her next contact moved to today + 2 months.
    await until(async () => (await v.listRows(`${NETWORK_PANE} .monaco-list`)).some((r) => /^This month|^Later/.test(r)) && !(await v.listRows(`${NETWORK_PANE} .monaco-list`)).some((r) => r.startsWith('Due')), 'Inès to leave the Due group');
    await v.screenshot('insights-log-contact');
    await undoRestores(v, file, before);
  });
});
