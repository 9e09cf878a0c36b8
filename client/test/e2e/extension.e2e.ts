// The packaged extension in a real VS Code: diagnostics, the three plan views, code lenses,
// the status bar, Mark done through a lens, New Plan, and the Chinese workbench.
// Every scenario saves a screenshot in test-results/e2e/. See docs/e2e.md.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extensionSuite } from './extensionSuite';
import { until } from './harness';

const PLAN = 'software-developer.careerplan.yaml';

describe('e2e: extension', () => {
  const { workspaceWith, launch, activated, openIn, openPlan, showCareerPlanViews, statusBar } = extensionSuite();

  it('shows the plan in the Problems panel, the views, the code lenses and the status bar', async () => {
    const v = await openIn(workspaceWith(PLAN, 'accountant.careerplan.yaml'), PLAN);
    const problems = await until(async () => {
      const rows = await v.problems();
      return rows.some((r) => r.includes('overdue')) && rows;
    }, 'the plan\'s problems');
    // Exactly what the example's header lists.
    for (const code of ['skill-gap', 'overdue', 'unrated-experiment']) assert.ok(problems.some((r) => r.includes(code)), `${code} in ${JSON.stringify(problems)}`);
    assert.equal(problems.filter((r) => / careerplan [a-z-]+ \[Ln /.test(r)).length, 3, JSON.stringify(problems));
    await v.page.keyboard.press('Escape');

    await until(async () => /1 overdue/.test(await statusBar(v)), 'the status bar to count 1 overdue action');
    // Lenses are rendered for the visible lines only: go to the actions.
    await v.page.locator('.editor-group-container.active .view-lines').click();
    await v.goToLine(86);
    await until(async () => (await v.page.locator('.codelens-decoration a', { hasText: 'Mark done' }).count()) > 0, 'Mark done lenses');
    await until(async () => (await v.page.locator('.codelens-decoration a', { hasText: 'Snooze a week' }).count()) > 0, 'Snooze lenses');

    await showCareerPlanViews(v);
    const sidebar = '.part.sidebar';
    await v.waitForText(sidebar, 'Pitch a guest post to a developer magazine');
    await v.waitForText(sidebar, '23 days overdue');
    await v.waitForText(sidebar, 'Technical writer and online course creator');
    await v.waitForText(sidebar, '1/3');
    await v.waitForText(sidebar, 'instructional-design');
    await v.waitForText(sidebar, 'no action');
    // The other plan of the workspace, with its state.
    await v.waitForText(sidebar, 'accountant.careerplan.yaml');

    await v.page.locator(`${sidebar} .monaco-list-row`, { hasText: 'Take a technical writing course' }).first().click();
    await until(async () => /Ln 89,/.test(await statusBar(v)), 'the click to reveal writing-course (line 89)');
    await v.screenshot('extension-views');
  });

  it('marks an action done from its code lens, changing only its lines', async () => {
    const { v, file, before } = await openPlan(PLAN);
    await until(async () => /1 overdue/.test(await statusBar(v)), 'the status bar to count 1 overdue action');
    // Bring pitch-guest-post (line 82) into view, then click the lens right above its key.
    await v.goToLine(86);
    const editor = v.page.locator('.editor-group-container.active');
    const lens = await until(async () => {
      const key = await editor.locator('.view-line', { hasText: /^\s*pitch-guest-post:\s*$/ }).first().boundingBox();
      if (!key) return undefined;
      const lenses = editor.locator('.codelens-decoration', { hasText: 'Mark done' });
      for (let i = 0; i < (await lenses.count()); i++) {
        const box = await lenses.nth(i).boundingBox();
        // The lens sits on its own line right above the action's key.
        if (box && key.y - box.y > 0 && key.y - box.y < 2 * key.height) return lenses.nth(i);
      }
      return undefined;
    }, 'the Mark done lens of pitch-guest-post');
    await lens.locator('a', { hasText: 'Mark done' }).click();
    // An edit in the middle leaves the end alone: the saved text must end as the plan ends.
    const ending = before.slice(-120);
    const after = await v.saveUntil(file, (text) => text !== before && text.endsWith(ending), `${file} to change on disk`);
    const expected = before.replace(
      '    due: 2026-11-01\n    status: todo\n    after: [start-blog]\n',
      '    due: 2026-11-01\n    status: done\n    done: 2026-11-24\n    after: [start-blog]\n',
    );
    assert.notEqual(expected, before);
    assert.equal(after, expected);
    await until(async () => /on track/.test(await statusBar(v)), 'the status bar to show no overdue action');
    await v.screenshot('extension-mark-done');
  });

  it('creates a new plan that has no problems', async () => {
    const workspace = workspaceWith();
    const v = await launch(workspace);
    await showCareerPlanViews(v);
    await activated(v);
    await v.page.locator('.part.sidebar .welcome-view-content .monaco-button', { hasText: 'Create a career plan' }).first().click();
    const rows = v.page.locator('.quick-input-widget .monaco-list-row').filter({ visible: true });
    await rows.filter({ hasText: 'English' }).first().click();
    const input = v.page.locator('.quick-input-widget .quick-input-box input');
    await until(async () => /\.careerplan\.yaml$/.test(await input.inputValue()), 'the file name box');
    await input.fill('bad-name');
    await v.waitForText('.quick-input-widget', 'must end with .careerplan.yaml');
    await input.fill('plans/ada.careerplan.yaml');
    await v.page.keyboard.press('Enter');
    const file = join(workspace, 'plans/ada.careerplan.yaml');
    await until(() => existsSync(file), 'the new plan on disk');
    await v.page.locator('.tabs-container .tab.active[aria-label^="ada.careerplan.yaml"]').waitFor();
    await until(async () => /on track/.test(await statusBar(v)), 'the status bar of the new plan');
    assert.deepEqual((await v.problems()).filter((r) => / careerplan [a-z-]+ \[Ln /.test(r)), []);
    await v.screenshot('extension-new-plan');
  });

  it('speaks Simplified Chinese in a zh-cn workbench', async () => {
    const { v } = await openPlan(PLAN, 'zh-cn');
    await until(async () => (await v.problems()).some((r) => r.includes('行动“pitch-guest-post”的截止日期是 2026-11-01')), 'a Chinese diagnostic');
    await v.page.keyboard.press('Escape');
    await showCareerPlanViews(v);
    await v.waitForText('.part.sidebar', '下一步行动');
    await v.waitForText('.part.sidebar', '逾期 23 天');
    await until(async () => /1 个逾期/.test(await statusBar(v)), 'the Chinese status bar');
    await v.screenshot('extension-zh-cn');
  });
});
