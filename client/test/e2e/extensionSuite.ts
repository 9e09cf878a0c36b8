// What every end-to-end suite of the packaged extension needs: scratch workspaces of the example
// plans, a VS Code launched with the .vsix and the plans' date, waiting for activation, reading
// the status bar, and the mocha hooks that screenshot a failure and clean up.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchVsCode, makeWorkspace, type VsCode } from './harness';

const fixtures = 'client/test/e2e/fixtures';
/** The date the example plans are written for (their header comments). */
export const TODAY = '2026-11-24';
const settings = { 'careerplan.today': TODAY };

export interface ExtensionSuite {
  /** A scratch workspace holding copies of these example plans. */
  workspaceWith(...plans: string[]): string;
  /** A folder to delete after the suite (a git repository a test built, say). */
  removeAfter(dir: string): void;
  launch(workspace: string, locale?: 'en' | 'zh-cn'): Promise<VsCode>;
  activated(v: VsCode): Promise<void>;
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

  return {
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
    async statusBar(v) {
      return (await v.page.locator('.statusbar').innerText()).replace(/\s+/g, ' ');
    },
  };
}
