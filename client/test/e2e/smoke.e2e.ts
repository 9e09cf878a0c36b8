// The harness itself works: a real VS Code starts offline, opens a plan and shows its text.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchVsCode, makeWorkspace, type VsCode } from './harness';

const fixtures = 'client/test/e2e/fixtures';

describe('e2e: smoke', () => {
  let workspace: string;
  let vs: VsCode | undefined;

  before(() => {
    const plans = readdirSync(fixtures).filter((f) => f.endsWith('.careerplan.yaml'));
    workspace = makeWorkspace(plans.map((f) => join(fixtures, f)));
  });
  afterEach(async function () {
    // A picture of the moment of failure says more than the timeout message.
    if (this.currentTest?.state === 'failed') await vs?.screenshot(`failed-${this.currentTest.fullTitle()}`).catch(() => undefined);
    await vs?.close();
    vs = undefined;
  });
  after(() => rmSync(workspace, { recursive: true, force: true }));

  it('opens a plan in the editor', async () => {
    vs = await launchVsCode({ workspace, vsix: process.env.CAREERPLAN_VSIX });
    await vs.openFile('software-developer.careerplan.yaml');
    await vs.waitForText('.editor-group-container.active .view-lines', 'owner: Ada Lovelace');
    await vs.screenshot('smoke-software-developer');
  });
});
