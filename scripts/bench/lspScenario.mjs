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
  const text = readFileSync(plan.file, 'utf8');
  const steps = [...typingScenario(text)];
  // Each server gets its own workspace holding only this plan, as an editor opened on it would.
  const workspace = mkdtempSync(join(tmpdir(), 'careerplan-lsp-bench-'));
  const file = join(workspace, basename(plan.file));
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const result = { server: server.name, lines: plan.lines, bytes: plan.bytes };
  let session = null;
  try {
    session = await LspSession.start({ ...server, cwd: process.cwd(), workspaceUri: pathToFileURL(workspace).href, settings, timeoutMs: limits.timeoutMs });
    result.serverInfo = session.initializeResult?.serverInfo ?? null;
    let version = 1;
    const start = performance.now();
    await session.open(uri, server.languageId, version, text);
    const first = await session.nextDiagnostics(uri, { afterSeq: 0, what: 'the first diagnostics after didOpen' });
    result.openMs = first.at - start;
    result.openDiagnostics = first.count;
    // A server that does not echo versions is waited on for "the next publish", so nothing from
    // the open may still be on its way when the edits start.
    result.versioned = first.version !== undefined && first.version !== null;
    await session.quiet(Math.max(500, 1.5 * result.openMs));

    const samples = Object.fromEntries(KINDS.map((k) => [k, []]));
    let diagnostics = first.count;
    result.findingEdits = 0;
    result.findingChanges = 0;
    result.completionItems = [];
    const began = performance.now();
    let done = 0;
    for (let i = 0; i < steps.length; i++) {
      if (done >= limits.minSteps && result.findingEdits >= (limits.minFindingEdits ?? 0) && since(began) > limits.budgetMs) break;
      const step = steps[i];
      done++;
      if (step.kind === 'hover') {
        const t0 = performance.now();
        const answer = await session.hover(uri, step.position);
        samples.hover.push(since(t0));
        result.hoverFound = (result.hoverFound ?? true) && Boolean(answer?.contents);
        continue;
      }
      if (step.kind === 'completion') continue; // sent with the edit before it
      version++;
      const afterSeq = session.lastSeq;
      const t0 = performance.now();
      void session.change(uri, version, step.edit.range, step.edit.text);
      const next = steps[i + 1];
      if (next?.kind === 'completion') {
        const c0 = performance.now();
        const answer = await session.completion(uri, next.position);
        samples.completion.push(since(c0));
        result.completionItems.push(Array.isArray(answer) ? answer.length : (answer?.items?.length ?? 0));
      }
      const published = await session.nextDiagnostics(uri, { afterSeq, version: result.versioned ? version : undefined });
      samples[step.kind].push(published.at - t0);
      if (step.kind === 'finding') {
        result.findingEdits++;
        if (published.count !== diagnostics) result.findingChanges++;
      }
      diagnostics = published.count;
    }
    result.steps = done;
    result.stepsPlanned = steps.length;
    result.samples = samples;
    result.stats = summarize(samples);
    result.peakRssKb = session.peakRssKb();
    return result;
  } finally {
    await session?.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}
