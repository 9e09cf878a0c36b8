// What every end-to-end suite of the packaged extension needs: scratch workspaces of the example
// plans, a VS Code launched with the .vsix and the plans' date, a plan opened with the extension
// active, the Career Plan views, reading the status bar, undoing an edit, and the mocha hooks that
// screenshot a failure and clean up.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchVsCode, makeWorkspace, type VsCode } from './harness';

const fixtures = 'client/test/e2e/fixtures';
/** The date the example plans are written for (their header comments). */
export const TODAY = '2026-11-24';
const settings = { 'careerplan.today': TODAY };

/** A plan opened in VS Code from a scratch workspace, with its text as it was before the test. */
export interface OpenedPlan {
  v: VsCode;
  workspace: string;
  file: string;
  before: string;
}

export interface ExtensionSuite {
  /** A scratch workspace holding copies of these example plans. */
  workspaceWith(...plans: string[]): string;
  /** A folder to delete after the suite (a git repository a test built, say). */
  removeAfter(dir: string): void;
  launch(workspace: string, locale?: 'en' | 'zh-cn'): Promise<VsCode>;
  activated(v: VsCode): Promise<void>;
  /** Launches VS Code on `workspace`, opens `plan` there and waits until the extension is active. */
  openIn(workspace: string, plan: string, locale?: 'en' | 'zh-cn'): Promise<VsCode>;
  /** `openIn` on a scratch workspace holding a copy of the example `plan`. */
  openPlan(plan: string, locale?: 'en' | 'zh-cn'): Promise<OpenedPlan>;
  /** Clicks the Career Plan container in the activity bar (in either language), showing its views. */
  showCareerPlanViews(v: VsCode): Promise<void>;
  /** Undoes once in the active editor and saves until `file` reads `before` again. */
  undoRestores(v: VsCode, file: string, before: string): Promise<void>;
  statusBar(v: VsCode): Promise<string>;
}

/** Call inside `describe`: installs the hooks and returns the helpers. Skips without CAREERPLAN_VSIX. */
export function extensionSuite(): ExtensionSuite {
  let vs: VsCode | undefined;
  const scratch: string[] = [];

  before(function () {
    if (!process.env.CAREERPLAN_VSIX) this.skip();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await vs?.screenshot(`failed-${this.currentTest.fullTitle()}`).catch(() => undefined);
    await vs?.close();
    vs = undefined;
  });
  after(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  const suite: ExtensionSuite = {
    workspaceWith(...plans) {
      const dir = makeWorkspace(plans.map((p) => join(fixtures, p)));
      scratch.push(dir);
      return dir;
    },
    removeAfter(dir) {
      scratch.push(dir);
    },
    async launch(workspace, locale = 'en') {
      vs = await launchVsCode({ workspace, vsix: process.env.CAREERPLAN_VSIX, locale, settings });
      return vs;
    },
    async activated(v) {
      await v.waitForLog(/_doActivateExtension careerplan\.careerplan/, 'exthost*/remoteexthost.log');
    },
    async openIn(workspace, plan, locale) {
      const v = await suite.launch(workspace, locale);
      await v.openFile(plan);
      await suite.activated(v);
      return v;
    },
    async openPlan(plan, locale) {
      const workspace = suite.workspaceWith(plan);
      const file = join(workspace, plan);
      const before = readFileSync(file, 'utf8');
      return { v: await suite.openIn(workspace, plan, locale), workspace, file, before };
    },
    async showCareerPlanViews(v) {
      await v.page.locator('.activitybar a[aria-label^="Career Plan"], .activitybar a[aria-label^="职业规划"]').first().click();
    },
    async undoRestores(v, file, before) {
      await v.page.locator('.editor-group-container.active .view-lines').click();
      await v.page.keyboard.press('Control+Z');
      await v.saveUntil(file, (text) => text === before, 'one undo to restore the plan');
    },
    async statusBar(v) {
      return (await v.page.locator('.statusbar').innerText()).replace(/\s+/g, ' ');
    },
  };
  return suite;
}
