// The language-server scenario, identical for every server: open a plan, type into free text,
// ask for completion right after typing, hover a key, then read the peak memory.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { LspSession } from './lspDriver.mjs';

/** Nearest-rank percentile. */
export function percentile(xs, p) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
}

/**
 * Where the scenario types and points, found in the middle of the plan so that neither end of
 * the file is favoured: a letter inside an action's `do:` text (free text, no reference, no
 * structure), the value position of a nearby `status:` (enum completion), and the `do` key.
 */
export function findPositions(text) {
  const lines = text.split('\n');
  const middle = lines.length >> 1;
  const from = (test) => {
    for (let i = middle; i < lines.length; i++) if (test(lines[i])) return i;
    for (let i = middle - 1; i >= 0; i--) if (test(lines[i])) return i;
    return -1;
  };
  const DO = /^( {4}do: )([A-Za-z][^#]*[a-z]{4}.*)$/;
  const editLine = from((l) => DO.test(l));
  if (editLine < 0) throw new Error('the plan has no block action with a plain `do:` text to edit');
  const [, prefix, value] = DO.exec(lines[editLine]);
  // A letter in the middle of the text, so the edit stays free text.
  let column = prefix.length + (value.length >> 1);
  while (!/[a-z]/.test(lines[editLine][column])) column++;
  const STATUS = /^ {4}status: [a-z]+\s*$/;
  let statusLine = -1;
  for (let i = editLine + 1; i < lines.length && statusLine < 0; i++) if (STATUS.test(lines[i])) statusLine = i;
  if (statusLine < 0) throw new Error('the plan has no block `status:` after the edited action');
  return {
    edit: { line: editLine, character: column, original: lines[editLine][column] },
    completion: { line: statusLine, character: '    status: '.length },
    hover: { line: editLine, character: 5 },
  };
}

const since = (start) => performance.now() - start;

/**
 * Runs the scenario against one server on one plan and returns its measurements.
 * `limits`: { edits, completions, hovers, budgetMs, minEdits } — a slow server stops after
 * `budgetMs` of editing once it has done `minEdits`.
 */
export async function measureServer(server, plan, settings, limits) {
  const text = readFileSync(plan.file, 'utf8');
  const positions = findPositions(text);
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
    let start = performance.now();
    await session.open(uri, server.languageId, version, text);
    const first = await session.nextDiagnostics(uri, { afterSeq: 0, what: 'the first diagnostics after didOpen' });
    result.openMs = first.at - start;
    result.openDiagnostics = first.count;
    // A server that does not echo versions is waited on for "the next publish", so nothing from
    // the open may still be on its way when the edits start.
    result.versioned = first.version !== undefined && first.version !== null;
    await session.quiet(Math.max(500, 1.5 * result.openMs));

    const { edit } = positions;
    const range = { start: { line: edit.line, character: edit.character }, end: { line: edit.line, character: edit.character + 1 } };
    // Even versions carry the changed letter, odd ones the original: every edit really changes the text.
    const typed = (n) => (n % 2 === 0 ? (edit.original === 'x' ? 'y' : 'x') : edit.original);
    const editAndWait = async () => {
      version++;
      const afterSeq = session.lastSeq;
      const t0 = performance.now();
      await session.change(uri, version, range, typed(version));
      const published = await session.nextDiagnostics(uri, { afterSeq, version: result.versioned ? version : undefined });
      return { ms: published.at - t0, count: published.count };
    };

    result.editMs = [];
    const editStart = performance.now();
    while (result.editMs.length < limits.edits && (result.editMs.length < limits.minEdits || since(editStart) < limits.budgetMs)) {
      const { ms, count } = await editAndWait();
      result.editMs.push(ms);
      result.editDiagnostics = count;
    }

    // Completion sent right behind the edit, as an editor does while typing: the answer has to
    // come from the new text (or at least not wait for the whole re-analysis).
    result.completionMs = [];
    result.completionItems = null;
    const completionStart = performance.now();
    while (result.completionMs.length < limits.completions && (result.completionMs.length < limits.minCompletions || since(completionStart) < limits.budgetMs)) {
      version++;
      const afterSeq = session.lastSeq;
      const t0 = performance.now();
      void session.change(uri, version, range, typed(version));
      const answer = await session.completion(uri, positions.completion);
      result.completionMs.push(since(t0));
      result.completionItems = Array.isArray(answer) ? answer.length : (answer?.items?.length ?? 0);
      result.completionLabels = (Array.isArray(answer) ? answer : (answer?.items ?? [])).slice(0, 8).map((i) => i.label);
      // Let this edit's validation finish, so the next iteration starts from a quiet server.
      await session.nextDiagnostics(uri, { afterSeq, version: result.versioned ? version : undefined });
    }

    result.hoverMs = [];
    result.hoverFound = false;
    for (let i = 0; i < limits.hovers; i++) {
      const t0 = performance.now();
      const answer = await session.hover(uri, positions.hover);
      result.hoverMs.push(since(t0));
      result.hoverFound = Boolean(answer?.contents);
    }

    result.peakRssKb = session.peakRssKb();
    result.edits = result.editMs.length;
    result.editP50 = percentile(result.editMs, 0.5);
    result.editP95 = percentile(result.editMs, 0.95);
    result.completionP50 = percentile(result.completionMs, 0.5);
    result.hoverP50 = percentile(result.hoverMs, 0.5);
    result.positions = positions;
    return result;
  } finally {
    await session?.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}
