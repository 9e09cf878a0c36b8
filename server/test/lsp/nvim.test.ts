/**
 * Starts the built server from headless Neovim's built-in LSP client with the configuration that
 * docs/editors.md documents (the block is taken from the page and loaded by nvim/init.lua), and
 * reads the diagnostics back. Skipped when `nvim` is not installed (Debian: apt-get install neovim).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { positionOf } from './client';
import { editorRuns, editorSnippet } from './editorDocs';

const NVIM_DIR = join(process.cwd(), 'server', 'test', 'lsp', 'nvim');
const NVIM_07 = '-- Career plan language server for Neovim 0.7+';
const NVIM_011 = '-- Career plan language server for Neovim 0.11+';

function hasNvim(): boolean {
  return spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
}

describe('language server: Neovim', function () {
  this.timeout(60_000);
  const editorRun = editorRuns('nvim');

  it('the Neovim 0.11+ form parses (Debian\'s Neovim is too old to run it)', function () {
    if (!hasNvim()) this.skip();
    const { config } = editorRun('careerplan.lua', editorSnippet('lua', NVIM_011));
    const run = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '--noplugin', '-u', 'NONE', '-c', `lua assert(loadfile(${JSON.stringify(config)}))`, '-c', 'qa!'], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(run.status, 0, `${run.stderr}${run.stdout}`);
    assert.match(editorSnippet('lua', NVIM_011), /vim\.lsp\.config\('careerplan'[\s\S]*vim\.lsp\.enable\('careerplan'\)/);
  });

  it('serves diagnostics, hovers, inlay hints and the readiness lens to Neovim\'s built-in LSP client', function () {
    if (!hasNvim()) {
      console.log('      (skipped: nvim is not installed; on Debian: apt-get install neovim)');
      this.skip();
    }
    // The snippet runs `careerplan-language-server` from PATH, as an installed package provides it.
    const { dir, config, plan, env } = editorRun('careerplan.lua', editorSnippet('lua', NVIM_07));
    const text = readFileSync(plan, 'utf8');
    const hoverAt = positionOf(text, 'after: [start-blog]', 0, 10);
    const out = join(dir, 'result.json');
    const run = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '--noplugin', '-u', join(NVIM_DIR, 'init.lua')], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 50_000,
      env: {
        ...env,
        CAREERPLAN_NVIM_CONFIG: config,
        CAREERPLAN_NVIM_PLAN: plan,
        CAREERPLAN_NVIM_OUT: out,
        CAREERPLAN_NVIM_HOVER_LINE: String(hoverAt.line),
        CAREERPLAN_NVIM_HOVER_COL: String(hoverAt.character),
        XDG_CACHE_HOME: join(dir, 'cache'),
        XDG_STATE_HOME: join(dir, 'state'),
        XDG_DATA_HOME: join(dir, 'data'),
        XDG_CONFIG_HOME: join(dir, 'config'),
      },
    });
    assert.equal(run.status, 0, `nvim failed: ${run.stderr}${run.stdout}`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as {
      ready: boolean; error?: string; hover?: string;
      inlayHints: Array<{ line: number; label: string; tooltip?: string }>; lenses: string[];
      diagnostics: Array<{ code: string; lnum: number; col: number; source: string }>;
    };
    assert.equal(result.error, undefined);
    assert.equal(result.ready, true);
    // unrated-experiment is switched off by the documented settings: they reached the server.
    assert.deepEqual(result.diagnostics.map((d) => d.code).sort(), ['overdue', 'skill-gap']);
    const overdue = result.diagnostics.find((d) => d.code === 'overdue')!;
    assert.deepEqual([overdue.lnum, overdue.col], [positionOf(text, '2026-11-01', 1).line, positionOf(text, '2026-11-01', 1).character]);
    assert.equal(overdue.source, 'careerplan');
    assert.match(result.hover ?? '', /`start-blog` — Set up the blog/);
    // Neovim 0.7 cannot resolve inlay hints, so each arrives with its arithmetic as the tooltip.
    const runway = result.inlayHints.find((h) => h.line === positionOf(text, 'emergency-fund:').line);
    assert.match(runway?.label ?? '', /^≈ \d+\.\d months if you lost your job$/);
    assert.match(runway?.tooltip ?? '', /emergency-fund ÷ \(monthly-expenses − income that goes on\)/);
    assert.ok(result.inlayHints.some((h) => /^(closes \d{4}-\d\d-\d\d|no dated plan)$/.test(h.label)), JSON.stringify(result.inlayHints));
    assert.ok(result.lenses.some((title) => /^Readiness \d+%$/.test(title)), JSON.stringify(result.lenses));
  });
});
