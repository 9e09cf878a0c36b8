/**
 * Starts the built server from Emacs (eglot and yaml-mode, in `emacs --batch`) with the
 * configuration that docs/editors.md documents (the block is taken from the page and loaded by
 * emacs/harness.el), and reads a diagnostic back through Flymake. Skipped when Emacs, eglot or
 * yaml-mode is missing (Debian: apt-get install emacs-nox elpa-eglot elpa-yaml-mode).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { positionOf } from './client';
import { editorRuns, editorSnippet } from './editorDocs';

const HARNESS = join(process.cwd(), 'server', 'test', 'lsp', 'emacs', 'harness.el');
const EMACS_CONFIG = ';; Career plan language server for Emacs';

/** Emacs with eglot and yaml-mode loadable (Debian's elpa-* packages are found through site-start). */
function hasEmacs(): boolean {
  const run = spawnSync('emacs', ['--batch', '--no-init-file', '--eval', "(progn (require 'eglot) (require 'yaml-mode))"], { encoding: 'utf8', timeout: 20_000 });
  return run.status === 0;
}

describe('language server: Emacs (eglot)', function () {
  this.timeout(60_000);
  const editorRun = editorRuns('emacs');

  it('serves diagnostics to eglot with the documented configuration and settings', function () {
    if (!hasEmacs()) {
      console.log('      (skipped: emacs with eglot and yaml-mode is not installed; on Debian: apt-get install emacs-nox elpa-eglot elpa-yaml-mode)');
      this.skip();
    }
    const { dir, config, plan, env } = editorRun('careerplan.el', editorSnippet('elisp', EMACS_CONFIG));
    const out = join(dir, 'result.txt');
    const run = spawnSync('emacs', ['--batch', '--no-init-file', '-l', HARNESS], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 55_000,
      env: {
        ...env,
        HOME: dir,
        CAREERPLAN_EMACS_CONFIG: config,
        CAREERPLAN_EMACS_PLAN: plan,
        CAREERPLAN_EMACS_OUT: out,
      },
    });
    assert.equal(run.status, 0, `emacs failed: ${run.stderr}${run.stdout}`);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n').map((line) => line.split('\t'));
    assert.ok(lines.length > 0 && lines[0][0] !== 'ERROR' && lines[0][0] !== '', `no diagnostics: ${lines.join(' | ')}\n${run.stderr}`);
    const text = readFileSync(plan, 'utf8');
    const overdueLine = positionOf(text, '2026-11-01', 1).line + 1;
    assert.ok(lines.some(([line, message]) => Number(line) === overdueLine && /overdue/i.test(message)), `an overdue diagnostic on line ${overdueLine}: ${JSON.stringify(lines)}`);
    // unrated-experiment is switched off by the documented settings: they reached the server.
    assert.equal(lines.length, 2, JSON.stringify(lines));
  });
});
