// The language-server scenario, identical for every server: open a plan, type like a person at
// places spread over it (typing.mjs), with completion right behind keystrokes and hover at other
// places, then read the peak memory.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { LspSession } from './lspDriver.mjs';
import { typingScenario } from './typing.mjs';

/** Nearest-rank percentile. */
export function percentile(xs, p) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
}

const since = (start) => performance.now() - start;

/** The kinds measured, in table order. */
export const KINDS = ['keystroke', 'finding', 'completion', 'hover'];

/** p50, p95 and max of each kind's samples (ms). */
export function summarize(samples) {
  return Object.fromEntries(KINDS.map((kind) => {
    const xs = samples[kind];
    return [kind, { n: xs.length, p50: percentile(xs, 0.5), p95: percentile(xs, 0.95), max: xs.length ? Math.max(...xs) : null }];
  }));
}

/**
 * Runs the typing scenario (typing.mjs) against one server on one plan and returns its
 * measurements. Each edit waits for its own diagnostics before the next one is typed; a
 * completion is sent right behind the edit before it, without waiting. `limits`:
 * { budgetMs, minSteps, minFindingEdits, timeoutMs } — a slow server stops after `budgetMs` once
 * it has done `minSteps` steps and `minFindingEdits` edits that add or remove a finding.
 */
export async function measureServer(server, plan, settings, limits) {
  const run = await ServerRun.start(server, plan, settings, limits);
  try {
    while (await run.step());
    return run.result();
  } finally {
    await run.close();
  }
}

/**
 * Runs the scenario on several servers (one a plan size) at once, a step of each in turn, so that
 * a slow spell of a shared machine falls on every size alike and the ratios between sizes compare
 * like with like. Only one server works at a time. A server that fails is reported in `errors`
 * and the others go on. Returns each run's result (or `{ error }`) in the order given.
 */
export async function measureServersInTurn(jobs) {
  const runs = [];
  const out = jobs.map(() => null);
  try {
    for (const [i, { server, plan, settings, limits }] of jobs.entries()) {
      try {
        runs[i] = await ServerRun.start(server, plan, settings, limits);
      } catch (error) {
        out[i] = { error: String(error?.message ?? error) };
      }
    }
    for (let busy = true; busy; ) {
      busy = false;
      for (const [i, run] of runs.entries()) {
        if (!run || out[i]) continue;
        try {
          if (await run.step()) busy = true;
          else out[i] = run.result();
        } catch (error) {
          out[i] = { error: String(error?.message ?? error) };
        }
      }
    }
    return out;
  } finally {
    for (const run of runs) await run?.close();
  }
}

/** One server typing through the scenario, a step at a time. */
class ServerRun {
  static async start(server, plan, settings, limits) {
    const text = readFileSync(plan.file, 'utf8');
    // Each server gets its own workspace holding only this plan, as an editor opened on it would.
    const workspace = mkdtempSync(join(tmpdir(), 'careerplan-lsp-bench-'));
    const run = new ServerRun(server, plan, limits, text, workspace);
    try {
      await run.open(settings);
    } catch (error) {
      await run.close();
      throw error;
    }
    return run;
  }

  constructor(server, plan, limits, text, workspace) {
    this.server = server;
    this.planFile = plan.file;
    this.limits = limits;
    this.text = text;
    this.workspace = workspace;
    this.steps = [...typingScenario(text)];
    this.samples = Object.fromEntries(KINDS.map((k) => [k, []]));
    this.out = { server: server.name, lines: plan.lines, bytes: plan.bytes, findingEdits: 0, findingChanges: 0, completionItems: [] };
    this.session = null;
    this.next = 0;
    this.done = 0;
    this.version = 1;
  }

  async open(settings) {
    const file = join(this.workspace, basename(this.planFile));
    writeFileSync(file, this.text);
    this.uri = pathToFileURL(file).href;
    this.session = await LspSession.start({ ...this.server, cwd: process.cwd(), workspaceUri: pathToFileURL(this.workspace).href, settings, timeoutMs: this.limits.timeoutMs });
    this.out.serverInfo = this.session.initializeResult?.serverInfo ?? null;
    const start = performance.now();
    await this.session.open(this.uri, this.server.languageId, this.version, this.text);
    const first = await this.session.nextDiagnostics(this.uri, { afterSeq: 0, what: 'the first diagnostics after didOpen' });
    this.out.openMs = first.at - start;
    this.out.openDiagnostics = first.count;
    // A server that does not echo versions is waited on for "the next publish", so nothing from
    // the open may still be on its way when the edits start.
    this.out.versioned = first.version !== undefined && first.version !== null;
    await this.session.quiet(Math.max(500, 1.5 * this.out.openMs));
    this.diagnostics = first.count;
    this.began = performance.now();
  }

  /** Does the next step (a completion goes with the edit before it); false when the run is over. */
  async step() {
    const { limits, samples, out, session, uri } = this;
    if (this.next >= this.steps.length) return false;
    if (this.done >= limits.minSteps && out.findingEdits >= (limits.minFindingEdits ?? 0) && since(this.began) > limits.budgetMs) return false;
    const step = this.steps[this.next++];
    this.done++;
    if (step.kind === 'hover') {
      const t0 = performance.now();
      const answer = await session.hover(uri, step.position);
      samples.hover.push(since(t0));
      out.hoverFound = (out.hoverFound ?? true) && Boolean(answer?.contents);
      return true;
    }
    if (step.kind === 'completion') return true; // sent with the edit before it
    this.version++;
    const afterSeq = session.lastSeq;
    const t0 = performance.now();
    void session.change(uri, this.version, step.edit.range, step.edit.text);
    const next = this.steps[this.next];
    if (next?.kind === 'completion') {
      const c0 = performance.now();
      const answer = await session.completion(uri, next.position);
      samples.completion.push(since(c0));
      out.completionItems.push(Array.isArray(answer) ? answer.length : (answer?.items?.length ?? 0));
    }
    const published = await session.nextDiagnostics(uri, { afterSeq, version: out.versioned ? this.version : undefined });
    samples[step.kind].push(published.at - t0);
    if (step.kind === 'finding') {
      out.findingEdits++;
      if (published.count !== this.diagnostics) out.findingChanges++;
    }
    this.diagnostics = published.count;
    return true;
  }

  result() {
    // The edits' pulls (the open's is the first answer and never `unchanged`).
    const pulls = this.session.pullAnswers;
    return { ...this.out, steps: this.done, stepsPlanned: this.steps.length, samples: this.samples, stats: summarize(this.samples), peakRssKb: this.session.peakRssKb(), pulled: Math.max(0, pulls.all - 1), unchangedAnswers: pulls.unchanged };
  }

  async close() {
    await this.session?.close();
    this.session = null;
    rmSync(this.workspace, { recursive: true, force: true });
  }
}
