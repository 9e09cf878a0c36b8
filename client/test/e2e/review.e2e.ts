// The review flow, the plan history, the timeline and the calendar export in a real VS Code:
// the review prompt appears once a day, the guided review driven with the keyboard writes its
// log entry as one undoable edit, the History view lists the commits of a repository built
// here, the timeline webview draws a lane per plan, and the export writes an .ics file.
// Every scenario saves a screenshot in test-results/e2e/. See docs/e2e.md.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { PlanAnalyzer } from '../../../server/src/core/analyze';
import { applyEdits } from '../../../server/src/core/edits/textEdits';
import { applyReview } from '../../../server/src/core/review';
import { TestRepo } from '../../../server/test/gitRepo';
import { extensionSuite, TODAY } from './extensionSuite';
import { until, type VsCode } from './harness';

const fixtures = 'client/test/e2e/fixtures';
const DEVELOPER = 'software-developer.careerplan.yaml';
const ACCOUNTANT = 'accountant.careerplan.yaml';
/** The History view; its header reads "History - PLAN FILE Section". */
const HISTORY_PANE = '.part.sidebar .pane:has(> .pane-header[aria-label^="History"])';

describe('e2e: review, history, timeline and calendar', () => {
  const { removeAfter, openIn, openPlan, undoRestores, statusBar } = extensionSuite();

  /** Every line of the "Career Plan" output of every extension host of the session (a reload starts a new one). */
  function outputLines(v: VsCode): string[] {
    const logs = join(v.tempDir, 'user-data', 'logs');
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const name of existsSync(dir) ? readdirSync(dir) : []) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name === 'Career Plan.log') found.push(...readFileSync(full, 'utf8').split('\n'));
      }
    };
    walk(logs);
    return found;
  }

  const toast = (v: VsCode, text: string) => v.page.locator('.notifications-toasts .notification-toast', { hasText: text });
  const quickInput = (v: VsCode) => v.page.locator('.quick-input-widget');

  /** Waits for the quick input whose title contains `title`, so keys go to the right step. */
  async function atStep(v: VsCode, title: string): Promise<void> {
    await until(async () => {
      const widget = quickInput(v);
      if (!(await widget.isVisible())) return false;
      const text = (await widget.locator('.quick-input-title').innerText()).replace(/\s+/g, ' ');
      return text.includes(title);
    }, `the review step "${title}"`);
  }

  /** Answers a quick pick step by typing the choice and pressing Enter once it is the focused row. */
  async function choose(v: VsCode, title: string, typed: string, row: string): Promise<void> {
    await atStep(v, title);
    // Consecutive steps can share a title (an experiment's rating, then what was learned): wait for a list.
    await until(async () => quickInput(v).locator('.quick-input-list .monaco-list-row').first().isVisible(), `the choices of "${title}"`);
    const input = quickInput(v).locator('.quick-input-box input');
    await input.fill(typed);
    await until(async () => (await quickInput(v).locator('.monaco-list-row.focused').getAttribute('aria-label'))?.includes(row), `"${row}" focused`);
    await v.page.keyboard.press('Enter');
  }

  /** Answers an input box step: types the text (possibly none) and presses Enter. */
  async function answer(v: VsCode, title: string, text: string): Promise<void> {
    await atStep(v, title);
    // An input box shows no list; the quick pick of a previous step with the same title does.
    await until(async () => !(await quickInput(v).locator('.quick-input-list .monaco-list-row').first().isVisible()), `the input box of "${title}"`);
    const input = quickInput(v).locator('.quick-input-box input');
    await input.fill(text);
    await v.page.keyboard.press('Enter');
  }

  /** Answers VS Code's save dialog (in the browser, a quick input holding the proposed path) once it proposes `name`. */
  async function acceptProposedPath(v: VsCode, name: string): Promise<void> {
    const input = quickInput(v).locator('.quick-input-box input');
    await until(async () => (await input.inputValue()).endsWith(name), `the save dialog proposing ${name}`);
    await v.page.keyboard.press('Enter');
  }

  it('tells once a day that the review is due: a second activation the same day does not', async () => {
    const { v } = await openPlan(ACCOUNTANT);
    const prompt = toast(v, 'The review of accountant.careerplan.yaml is due since 2026-10-01');
    await prompt.waitFor();
    await v.screenshot('review-prompt');
    await prompt.locator('.monaco-button', { hasText: 'Later' }).click();
    await prompt.waitFor({ state: 'detached' });

    // A reload restarts the extension host: a second activation on the same day, same plan open.
    await v.runCommand('Developer: Reload Window');
    await until(() => outputLines(v).some((l) => l.includes('already told on 2026-11-24')), 'the second activation to find the prompt already shown');
    assert.equal(outputLines(v).filter((l) => l.includes('telling the user')).length, 1, outputLines(v).join('\n'));
    assert.equal(await toast(v, 'is due since').count(), 0);
    await v.screenshot('review-prompt-once');
  });

  it('walks through the review with the keyboard and writes one undoable log entry', async () => {
    const { v, file, before } = await openPlan(ACCOUNTANT);
    const prompt = toast(v, 'The review of accountant.careerplan.yaml is due');
    await prompt.locator('.monaco-button', { hasText: 'Start review' }).click();

    await choose(v, 'Action: Enroll in the CFP education program', 'Done', 'Done');
    await choose(v, 'Action: Build a list of 20 potential clients', 'Reschedule', 'Reschedule');
    // The date is asked in an input box under the same title: wait for its prompt.
    await v.waitForText('.quick-input-widget', 'New due date for "build-client-list"');
    await quickInput(v).locator('.quick-input-box input').fill('2027-02-30');
    await v.waitForText('.quick-input-widget', 'Write a calendar date as YYYY-MM-DD');
    await answer(v, 'Action: Build a list of 20 potential clients', '2027-01-31');
    // Marking enroll-cfp done makes financial-planning (which it develops) worth raising.
    await choose(v, 'Skill: financial-planning (level 1)', 'Raise', 'Raise to 2');
    await atStep(v, 'Skill: client-communication (level 2)');
    await v.screenshot('review-skill-step');
    await choose(v, 'Skill: client-communication (level 2)', '', 'Keep at 2');
    await answer(v, 'Question 1 of 3', 'Start the planning practice part-time');
    await answer(v, 'Question 2 of 3', '');
    await answer(v, 'Question 3 of 3', '');
    await answer(v, 'Notes', 'Reviewed at the end of the year');

    await toast(v, 'The review is recorded in accountant.careerplan.yaml').waitFor();
    const after = await until(() => {
      const text = readFileSync(file, 'utf8');
      return text !== before && text;
    }, 'the reviewed plan on disk');
    // Exactly what the core makes of these answers, as one edit.
    const analysis = new PlanAnalyzer().analyze(before, { today: TODAY });
    const expected = applyReview(analysis, {
      date: TODAY,
      notes: 'Reviewed at the end of the year',
      actions: [{ id: 'enroll-cfp', decision: 'done' }, { id: 'build-client-list', decision: 'reschedule', due: '2027-01-31' }],
      skills: [{ id: 'financial-planning', level: 2 }],
      questions: { 'job-disappeared': 'Start the planning practice part-time' },
    });
    assert.ok(expected.ok);
    assert.equal(after, applyEdits(before, expected.edits));
    assert.match(after, /\n {2}last: 2026-11-24\n/);
    assert.match(after, /\n {4}- date: 2026-11-24\n {6}notes: Reviewed at the end of the year\n/);
    assert.match(after, /financial-planning: \{ level: 2, kind: certification \}/);
    await until(async () => !/review due/.test(await statusBar(v)), 'the status bar to drop "review due"');
    await v.screenshot('review-recorded');

    // One undo step takes the whole review back.
    await undoRestores(v, file, before);
  });

  it('lists the commits of a plan in a git repository in the History view, and opens a diff', async () => {
    const repo = new TestRepo('careerplan-e2e-git-');
    removeAfter(repo.dir);
    // VS Code's git extension commits with the repository's identity.
    repo.git('config', 'user.name', 'Ada Lovelace');
    repo.git('config', 'user.email', 'ada@example.invalid');
    const original = readFileSync(join(fixtures, DEVELOPER), 'utf8');
    repo.write(DEVELOPER, original.replace('status: done\n    done: 2026-10-12', 'status: todo'));
    repo.commit('Start my career plan', { files: [DEVELOPER], date: '2026-08-01T10:00:00+00:00' });
    repo.write(DEVELOPER, original.replace('writing: { level: 2', 'writing: { level: 1'));
    repo.commit('Finish the blog setup', { files: [DEVELOPER], date: '2026-09-10T10:00:00+00:00' });
    repo.write(DEVELOPER, original);
    // After the last review (2026-09-15): what changed since then.
    repo.commit('Writing is getting better', { files: [DEVELOPER], date: '2026-10-20T10:00:00+00:00' });

    const v = await openIn(repo.dir, DEVELOPER);
    await v.runCommand('Career Plan: Show History');
    const pane = HISTORY_PANE;
    await v.waitForText(pane, 'Writing is getting better');
    const rows = await until(async () => {
      const all = await v.listRows(`${pane} .monaco-list`);
      return all.length >= 4 && all;
    }, 'the history rows');
    assert.match(rows[0], /What changed since the last review/);
    const commits = rows.filter((r) => /Start my career plan|Finish the blog setup|Writing is getting better/.test(r));
    assert.equal(commits.length, 3, JSON.stringify(rows));
    assert.match(commits[0], /Writing is getting better.*Ada Lovelace.*writing ↑2/);
    await v.screenshot('history-view');

    const row = v.page.locator(`${pane} .monaco-list-row`, { hasText: 'Start my career plan' });
    await row.hover();
    await row.locator('.action-label[aria-label="Compare with Working Copy"]').click();
    await v.page.locator('.tabs-container .tab.active', { hasText: 'working copy' }).waitFor();
    await v.page.locator('.editor-group-container.active .monaco-diff-editor').waitFor();
    await v.screenshot('history-diff');

    // A review of a plan in git offers to commit it (through VS Code's git extension), and the
    // History view shows the new commit.
    await v.runCommand('Career Plan: Start Review');
    await choose(v, 'Action: Pitch a guest post', 'Keep the rest', 'Keep the rest');
    await choose(v, 'Experiment: docs-volunteering', '4', '4 — I liked it');
    await answer(v, 'Experiment: docs-volunteering', 'I like reviewing docs');
    for (const skill of ['typescript', 'writing', 'instructional-design']) await choose(v, `Skill: ${skill}`, '', 'Keep at');
    for (const n of [1, 2, 3]) await answer(v, `Question ${n} of 3`, '');
    await answer(v, 'Notes', '');
    const offer = toast(v, 'Commit the plan?');
    await offer.locator('.monaco-button', { hasText: 'Commit' }).first().click();
    await until(() => repo.git('log', '-1', '--format=%s').trim() === 'Review career plan (2026-11-24)' || undefined, 'the review commit');
    assert.equal(repo.git('status', '--porcelain').trim(), '', 'the reviewed plan is committed, nothing else');
    await v.waitForText(pane, 'Review career plan (2026-11-24)');
    await v.screenshot('history-after-review');
  });

  it('draws the timeline in a webview with a lane per plan, follows edits, reveals a clicked item and exports SVG', async () => {
    const { v, workspace } = await openPlan(DEVELOPER);
    await v.runCommand('Career Plan: Show Timeline');
    const frame = v.webview();
    await frame.locator('svg g.lane').first().waitFor();
    const lanes = await frame.locator('svg g.lane').evaluateAll((els) => els.map((e) => e.getAttribute('data-plan')));
    assert.deepEqual(lanes.slice(0, 2), ['primary', 'tech-writer']);
    assert.equal(await frame.locator('g.item.overdue[data-id="pitch-guest-post"]').count(), 1);
    // The page allows nothing from the network: only its own nonce'd style and script.
    const csp = await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp ?? '', /^default-src 'none'; style-src [^;]+ 'nonce-[^']+'; script-src 'nonce-[^']+'; img-src [^;]+ data:$/);
    await v.screenshot('timeline-webview');

    await frame.locator('g.item[data-id="pitch-guest-post"]').click();
    await until(async () => /Ln 82,/.test(await statusBar(v)), 'the click to reveal pitch-guest-post (line 82)');

    // The picture follows the plan as it changes: mark the selected action done.
    await v.runCommand('Career Plan: Mark Action Done');
    await until(async () => (await frame.locator('g.item.overdue').count()) === 0, 'the timeline to redraw without the overdue action');
    assert.equal(await frame.locator('g.item.action[data-id="pitch-guest-post"]').count(), 1);

    await frame.locator('#export').click();
    await acceptProposedPath(v, 'software-developer.timeline.svg');
    const svg = join(workspace, 'software-developer.timeline.svg');
    await until(() => existsSync(svg) && readFileSync(svg, 'utf8').trimEnd().endsWith('</svg>'), 'the exported SVG');
    assert.match(readFileSync(svg, 'utf8'), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>[\s\S]*class="lane"/);
  });

  it('exports the calendar to an .ics file, and says why a plan outside git has no history', async () => {
    const { v, workspace } = await openPlan(DEVELOPER);
    await v.runCommand('Career Plan: Export Calendar (.ics)');
    await acceptProposedPath(v, 'software-developer.ics');
    const ics = join(workspace, 'software-developer.ics');
    await until(() => existsSync(ics) && readFileSync(ics, 'utf8').endsWith('END:VCALENDAR\r\n'), 'the .ics file');
    const events = new ICAL.Component(ICAL.parse(readFileSync(ics, 'utf8'))).getAllSubcomponents('vevent');
    assert.ok(events.length >= 3, `${events.length} events`);
    assert.ok(events.some((e) => e.getFirstPropertyValue('x-careerplan-action') === 'pitch-guest-post'));
    await toast(v, `Exported ${events.length} events to software-developer.ics`).waitFor();
    await v.screenshot('calendar-export');

    await v.runCommand('Career Plan: Show History');
    await v.waitForText(HISTORY_PANE, 'This plan is not in a git repository');
    await v.screenshot('history-not-in-git');
  });
});
