// Performance benchmarks against the targets the product promises, one section per interface.
// Usage: node scripts/bench.mjs [--only NAME[,NAME...]] [--runs N] [--cli PATH] [--server PATH] [--no-theirs] [--sizes L,L...]
// Prints markdown tables and writes bench-results/NAME.json; exits 1 when a target fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measureServer, measureServersInTurn } from './bench/lspScenario.mjs';
import { benchHistory } from './bench/history.mjs';
import { generatePlan, PLAN_TODAY } from './genplan.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(option('runs') ?? 5);
const RESULTS_DIR = 'bench-results';

// ── helpers shared by the sections ──

/** A markdown table; numbers are right-aligned. */
export function formatTable(headers, rows) {
  const cells = rows.map((row) => row.map((c) => String(c)));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  const line = (row) => `| ${row.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(headers), rule, ...cells.map(line)].join('\n');
}

export function printTable(title, headers, rows) {
  console.log(`\n#### ${title}\n\n${formatTable(headers, rows)}`);
}

/** Rows `[target, measured, PASS|FAIL]` for printTable, and whether all passed. */
export function checkTargets(targets) {
  const rows = targets.map((t) => [t.target, t.measured, t.ok ? 'PASS' : 'FAIL']);
  return { rows, ok: targets.every((t) => t.ok) };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
export const round = (ms) => Math.round(ms * 10) / 10;

/** Runs a command to completion and measures its wall time, process start-up included. */
export function timeProcess(command, commandArgs) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 30 });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

let planDir = null;
const planCache = new Map();
/** Generated plans (seed 1), written once per run into a temporary folder. */
export function generatedPlan(lines) {
  if (!planCache.has(lines)) {
    planDir ??= mkdtempSync(join(tmpdir(), 'careerplan-bench-'));
    const text = generatePlan({ lines, seed: 1 });
    const file = join(planDir, `plan-${lines}.careerplan.yaml`);
    writeFileSync(file, text);
    planCache.set(lines, { lines, file, bytes: Buffer.byteLength(text) });
  }
  return planCache.get(lines);
}

export function writeResults(name, data) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}.json`);
  const environment = { date: new Date().toISOString(), node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpus().length, cpu: cpus()[0]?.model };
  writeFileSync(file, `${JSON.stringify({ name, environment, ...data }, null, 2)}\n`);
  console.log(`\n(results written to ${file})`);
}

// ── sections ──

const CLI = option('cli') ?? join('dist', 'cli.js');

async function benchCli() {
  console.log(`\n### CLI: \`careerplan check --today ${PLAN_TODAY} --format json FILE\` (whole process; 1 warm-up, median of ${RUNS})`);
  if (!existsSync(CLI)) {
    console.log(`\nSKIPPED: ${CLI} does not exist — the CLI is not built yet (npm run build builds it once server/src/cli/main.ts exists).`);
    return { status: 'skipped' };
  }
  const sizes = [1000, 5000, 20000, 50000];
  const results = [];
  const problems = [];
  for (const lines of sizes) {
    const plan = generatedPlan(lines);
    const cliArgs = [CLI, 'check', '--today', PLAN_TODAY, '--format', 'json', plan.file];
    const times = [];
    let findings = null;
    for (let run = 0; run <= RUNS; run++) {
      const { ms, result } = timeProcess(process.execPath, cliArgs);
      // Exit 1 only means the plan has errors; 2 is a usage or I/O error.
      if (result.error || (result.status !== 0 && result.status !== 1)) {
        problems.push(`${lines} lines: exit ${result.status ?? result.signal ?? result.error?.message}: ${(result.stderr || '').trim().slice(0, 500)}`);
        break;
      }
      if (run > 0) times.push(ms);
      if (findings === null) {
        try {
          findings = JSON.parse(result.stdout);
        } catch (error) {
          problems.push(`${lines} lines: the output is not JSON (${error.message}): ${result.stdout.slice(0, 200)}`);
          break;
        }
      }
    }
    if (times.length < RUNS) break;
    const byCode = {};
    for (const f of findings) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
    results.push({ lines, bytes: plan.bytes, medianMs: round(median(times)), minMs: round(Math.min(...times)), timesMs: times.map(round), findings: findings.length, findingsByCode: byCode });
  }
  for (const p of problems) console.log(`\nERROR: ${p}`);
  if (results.length) {
    printTable('Timings', ['lines', 'bytes', 'median ms', 'min ms', 'findings'],
      results.map((r) => [r.lines, r.bytes, r.medianMs, r.minMs, r.findings]));
    const largest = results[results.length - 1];
    console.log(`\nFindings in the ${largest.lines}-line plan: ${Object.entries(largest.findingsByCode).map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`);
  }
  const at = (lines) => results.find((r) => r.lines === lines);
  const growth = at(5000) && at(50000) ? at(50000).medianMs / at(5000).medianMs : null;
  const { rows, ok } = checkTargets([
    { target: '50k lines: median < 1000 ms', measured: at(50000) ? `${at(50000).medianMs} ms` : 'not measured', ok: !!at(50000) && at(50000).medianMs < 1000 },
    { target: 'growth 5k → 50k ≤ 10×', measured: growth === null ? 'not measured' : `${growth.toFixed(2)}×`, ok: growth !== null && growth <= 10 },
  ]);
  printTable('Targets', ['target', 'measured', 'result'], rows);
  const status = ok && !problems.length ? 'pass' : 'fail';
  writeResults('cli', { status, today: PLAN_TODAY, runs: RUNS, results, growth5kTo50k: growth, targets: rows, problems });
  return { status };
}

const SERVER = option('server') ?? join('dist', 'server.js');
// --sizes 1000,5000 measures fewer sizes (a quick look; the targets then read 'not measured').
const SIZES = option('sizes')?.split(',').map(Number);
const OUR_SIZES = [1000, 5000, 20000, 50000, 200000].filter((l) => !SIZES || SIZES.includes(l));
const THEIR_SIZES = [5000, 20000, 50000].filter((l) => !SIZES || SIZES.includes(l));
const OURS = 'careerplan';
const THEIRS = 'yaml-language-server';
// Sequential and budgeted, so the section stays within minutes on two cores: a slow server stops
// typing after the budget once it has done the minimum number of steps, and the first date edit
// and its undoing, so that its finding rows are measured too.
const OUR_LIMITS = { budgetMs: 600000, minSteps: 1000, timeoutMs: 60000 };
const THEIR_LIMITS = { budgetMs: 60000, minSteps: 20, minFindingEdits: 2, timeoutMs: 60000 };

function yamlLanguageServerBin() {
  const packageJson = createRequire(import.meta.url).resolve('yaml-language-server/package.json');
  return join(dirname(packageJson), 'bin', 'yaml-language-server');
}

/** The settings both servers read through workspace/configuration; each picks its own section. */
function lspSettings() {
  const schema = pathToFileURL(resolve('schemas', 'careerplan.schema.json')).href;
  return {
    careerplan: { today: PLAN_TODAY },
    // No schema store and no Kubernetes catalogue: there is no network, and they are not the point.
    yaml: { schemas: { [schema]: '*.careerplan.yaml' }, schemaStore: { enable: false }, kubernetesCRDStore: { enable: false }, validate: true, hover: true, completion: true, format: { enable: false } },
    http: { proxy: '', proxyStrictSSL: false },
    '[yaml]': {},
    editor: {},
  };
}

const ratioText = (r) => (r === null || !Number.isFinite(r) ? '—' : r < 1 ? `1/${(1 / r).toFixed(1)}` : `${r.toFixed(2)}×`);
const msText = (ms) => (ms === null || ms === undefined ? '—' : ms < 10 ? ms.toFixed(2) : ms.toFixed(ms < 100 ? 1 : 0));
const KIND_LABELS = {
  keystroke: 'edit → diagnostics',
  finding: 'edit that adds or removes a finding → diagnostics',
  completion: 'completion right behind a keystroke',
  hover: 'hover elsewhere',
};

async function runServer(server, lines, limits, problems) {
  const plan = generatedPlan(lines);
  const started = performance.now();
  try {
    const result = await measureServer(server, plan, lspSettings(), limits);
    result.wallMs = round(performance.now() - started);
    return result;
  } catch (error) {
    const message = `${server.name} FAILED on the ${lines}-line plan: ${error?.message ?? error}`;
    console.log(`\n**${message.split('\n')[0]}**`);
    problems.push(message);
    return { error: String(error?.message ?? error) };
  }
}

async function benchLsp() {
  console.log(`\n### Language server: typing like a person (careerplan at ${OUR_SIZES.map((l) => `${l / 1000}k`).join(', ')} lines; ${THEIR_SIZES.map((l) => `${l / 1000}k`).join(', ')} beside ${THEIRS})`);
  const notes = [
    'Plans: generated (scripts/genplan.mjs, seed 1), today = ' + PLAN_TODAY + '. Each server runs in a fresh process whose workspace holds only the plan; incremental sync.',
    'careerplan runs one server a size, all at once, and types a step in each in turn (only one works at a time), so a slow spell of the shared machine falls on every size alike; yaml-language-server runs after them, a size at a time.',
    'Typing (scripts/bench/typing.mjs), at 5 actions spread over the file: a word typed letter by letter and deleted; a line pasted; the action\'s block indented and dedented; a new action typed line by line; a skill level inside a flow map changed and back; a due date moved into the past and back (an `overdue` finding appears, then goes); once, a review-log note typed and deleted. Every keystroke gives a new text; each waits for its own diagnostics.',
    `edit → diagnostics: from didChange to the diagnostics of that version. The client announces what VS Code announces; careerplan then offers pulled diagnostics (LSP 3.17), and the client pulls right behind each didChange, naming the list it holds, as VS Code does: the time is to the answer, the full list or \`unchanged\` when no finding changed. ${THEIRS} only pushes, without a version, and waits 200 ms before validating: time to its next publish. Finding rows are the date edits, whose diagnostics change (always a full list).`,
    'Completion: sent right behind a keystroke, without waiting, at the typing position: a key prefix, then behind each letter of a status value and of a plan id (as an editor\'s quick suggestions ask). Hover: on the `do` key of an action half the file away.',
    `${THEIRS} types for ${THEIR_LIMITS.budgetMs / 1000} s, and on until it has done ${THEIR_LIMITS.minSteps} steps and the first date edit and its undoing (its finding rows have two samples); careerplan types all the steps.`,
    'p50/p95/max: nearest-rank percentiles over the steps of one run. Peak RSS: VmHWM of the server process tree. Timings are wall-clock on a shared machine; the load average is printed below.',
  ];
  for (const n of notes) console.log(`\n- ${n}`);
  const loadBefore = loadavg()[0];
  const problems = [];
  const ours = { name: OURS, command: process.execPath, args: [SERVER, '--stdio'], languageId: 'careerplan' };
  const theirs = { name: THEIRS, command: process.execPath, args: [yamlLanguageServerBin(), '--stdio'], languageId: 'yaml' };
  if (!existsSync(SERVER)) {
    console.log(`\nSKIPPED: ${SERVER} does not exist — run npm run build.`);
    return { status: 'skipped' };
  }
  const results = { [OURS]: {}, [THEIRS]: {} };
  // careerplan's sizes type in turn, a step each (measureServersInTurn), so that the ratios between
  // sizes are not ratios between quiet and busy spells of the machine.
  const started = performance.now();
  const ourRuns = await measureServersInTurn(OUR_SIZES.map((lines) => ({ server: ours, plan: generatedPlan(lines), settings: lspSettings(), limits: OUR_LIMITS })));
  OUR_SIZES.forEach((lines, i) => {
    const result = ourRuns[i];
    if (result.error) {
      const message = `${OURS} FAILED on the ${lines}-line plan: ${result.error}`;
      console.log(`\n**${message.split('\n')[0]}**`);
      problems.push(message);
    }
    results[OURS][lines] = result.error ? result : { ...result, wallMs: round(performance.now() - started) };
  });
  if (!args.includes('--no-theirs')) for (const lines of THEIR_SIZES) results[THEIRS][lines] = await runServer(theirs, lines, THEIR_LIMITS, problems);

  const stat = (server, lines, kind, key) => results[server][lines]?.stats?.[kind]?.[key] ?? null;
  for (const kind of ['keystroke', 'finding', 'completion', 'hover']) {
    printTable(`careerplan: ${KIND_LABELS[kind]} (ms)`, ['lines', 'p50', 'p95', 'max', 'n', 'p50 / 1k p50', 'p95 / 1k p95'],
      OUR_SIZES.map((l) => [l, msText(stat(OURS, l, kind, 'p50')), msText(stat(OURS, l, kind, 'p95')), msText(stat(OURS, l, kind, 'max')), stat(OURS, l, kind, 'n') ?? 0,
        ratioText(stat(OURS, l, kind, 'p50') / stat(OURS, 1000, kind, 'p50') || null), ratioText(stat(OURS, l, kind, 'p95') / stat(OURS, 1000, kind, 'p95') || null)]));
  }
  printTable('careerplan: open, memory, steps', ['lines', 'KiB', 'open → diagnostics ms', 'peak RSS MB', 'steps done', 'finding edits that changed the findings', 'edits answered `unchanged`'],
    OUR_SIZES.map((l) => {
      const r = results[OURS][l];
      return [l, Math.round(generatedPlan(l).bytes / 1024), msText(r?.openMs), r?.peakRssKb ? Math.round(r.peakRssKb / 1024) : '—', r?.steps ? `${r.steps}/${r.stepsPlanned}` : '—', r?.findingEdits ? `${r.findingChanges}/${r.findingEdits}` : '—', r?.pulled ? `${r.unchangedAnswers}/${r.pulled}` : '—'];
    }));
  if (Object.keys(results[THEIRS]).length) {
    const rows = [];
    for (const l of THEIR_SIZES) {
      for (const [kind, key] of [['keystroke', 'p50'], ['keystroke', 'p95'], ['finding', 'p50'], ['completion', 'p50'], ['hover', 'p50']]) {
        const a = stat(OURS, l, kind, key);
        const b = stat(THEIRS, l, kind, key);
        rows.push([l, `${KIND_LABELS[kind]} ${key}`, msText(a), msText(b), b && a ? `${(b / a).toFixed(0)}×` : '—']);
      }
      const ra = results[OURS][l]?.peakRssKb;
      const rb = results[THEIRS][l]?.peakRssKb;
      rows.push([l, 'peak RSS MB', ra ? Math.round(ra / 1024) : '—', rb ? Math.round(rb / 1024) : '—', ra && rb ? `${(rb / ra).toFixed(1)}×` : '—']);
      rows.push([l, 'steps done', results[OURS][l]?.steps ?? '—', results[THEIRS][l]?.steps ?? '—', '']);
    }
    printTable(`careerplan beside ${THEIRS} (ms)`, ['lines', 'metric', OURS, THEIRS, `${THEIRS} / ${OURS}`], rows);
  }

  /** a / b, or NaN when either was not measured (a target on NaN fails and reads "—"). */
  const over = (a, b) => (a === null || b === null || !b ? NaN : a / b);
  const ratio = (l, kind, key) => over(stat(OURS, l, kind, key), stat(OURS, 1000, kind, key));
  const faster = (kind) => over(stat(THEIRS, 50000, kind, 'p50'), stat(OURS, 50000, kind, 'p50'));
  const r200 = results[OURS][200000];
  const targets = [];
  for (const kind of ['keystroke', 'finding']) {
    targets.push({ target: `50k ${KIND_LABELS[kind]}: p50 ≤ 2× the 1k p50`, measured: ratioText(ratio(50000, kind, 'p50')), ok: ratio(50000, kind, 'p50') <= 2 });
    targets.push({ target: `50k ${KIND_LABELS[kind]}: p95 ≤ 3× the 1k p95`, measured: ratioText(ratio(50000, kind, 'p95')), ok: ratio(50000, kind, 'p95') <= 3 });
    targets.push({ target: `50k ${KIND_LABELS[kind]}: p50 ≥ 100× faster than ${THEIRS}`, measured: Number.isFinite(faster(kind)) ? `${faster(kind).toFixed(0)}×` : 'not measured', ok: faster(kind) >= 100 });
  }
  for (const l of OUR_SIZES.slice(1)) {
    targets.push({ target: `${l / 1000}k completion: p95 ≤ 2× the 1k p95`, measured: ratioText(ratio(l, 'completion', 'p95')), ok: ratio(l, 'completion', 'p95') <= 2 });
  }
  targets.push({ target: '200k: every step done, no timeout', measured: r200?.steps ? `${r200.steps}/${r200.stepsPlanned} steps` : (r200?.error ?? 'not measured'), ok: Boolean(r200?.steps) && r200.steps === r200.stepsPlanned });
  targets.push({ target: '200k: peak RSS < 400 MB', measured: r200?.peakRssKb ? `${Math.round(r200.peakRssKb / 1024)} MB` : 'not measured', ok: Boolean(r200?.peakRssKb) && r200.peakRssKb < 400 * 1024 });
  const { rows, ok } = checkTargets(targets);
  printTable('Targets', ['target', 'measured', 'result'], rows);
  const load = { before: round(loadBefore), after: round(loadavg()[0]), cpus: cpus().length };
  console.log(`\nLoad average (1 min) ${load.before} before, ${load.after} after, on ${load.cpus} CPUs.`);
  const status = ok && !problems.length ? 'pass' : 'fail';
  const stripped = JSON.parse(JSON.stringify(results, (key, value) => (key === 'samples' ? undefined : value)));
  writeResults('lsp', { status, today: PLAN_TODAY, load, notes, results: stripped, targets: rows, problems });
  return { status };
}

/** The command line's start: `careerplan check` of a small plan against `node -e 0`, whole processes. */
async function benchStart() {
  const runs = Math.max(RUNS, 10);
  console.log(`\n### Command-line start: \`careerplan check\` of a small plan against \`node -e 0\` (1 warm-up, median of ${runs}, runs alternating)`);
  const plan = join('..', 'shared', 'examples', 'software-developer.careerplan.yaml');
  const small = existsSync(plan) ? plan : generatedPlan(300).file;
  const node = [];
  const check = [];
  for (let run = 0; run <= runs; run++) {
    const a = timeProcess(process.execPath, ['-e', '0']);
    const b = timeProcess(process.execPath, [CLI, 'check', '--today', PLAN_TODAY, small]);
    if (b.result.status !== 0 && b.result.status !== 1) return { status: 'fail' };
    if (run > 0) {
      node.push(a.ms);
      check.push(b.ms);
    }
  }
  const ratio = median(check) / median(node);
  printTable('Start', ['command', 'median ms', 'min ms'], [['node -e 0', round(median(node)), round(Math.min(...node))], ['careerplan check (small plan)', round(median(check)), round(Math.min(...check))]]);
  const { rows, ok } = checkTargets([{ target: 'careerplan check ≤ 3× node -e 0', measured: ratioText(ratio), ok: ratio <= 3 }]);
  printTable('Targets', ['target', 'measured', 'result'], rows);
  writeResults('start', { status: ok ? 'pass' : 'fail', runs, nodeMs: node.map(round), checkMs: check.map(round), ratio, targets: rows });
  return { status: ok ? 'pass' : 'fail' };
}

/** Later sections go here: `{ name, run }`, run returning `{ status }`. */
const SECTIONS = [
  { name: 'cli', run: benchCli },
  { name: 'history', run: () => benchHistory({ cli: CLI, runs: RUNS, printTable, checkTargets, median, round, timeProcess, writeResults }) },
  { name: 'lsp', run: benchLsp },
  { name: 'start', run: benchStart },
];

async function main() {
  const only = option('only')?.split(',');
  const unknown = (only ?? []).filter((n) => !SECTIONS.some((s) => s.name === n));
  if (unknown.length || !Number.isInteger(RUNS) || RUNS < 1) {
    console.error(`usage: node scripts/bench.mjs [--only ${SECTIONS.map((s) => s.name).join('|')}] [--runs N] [--cli PATH] [--server PATH]`);
    process.exit(2);
  }
  const summary = [];
  try {
    for (const section of SECTIONS.filter((s) => !only || only.includes(s.name))) {
      let outcome;
      try {
        outcome = await section.run();
      } catch (error) {
        console.log(`\nERROR in section ${section.name}: ${error?.stack ?? error}`);
        outcome = { status: 'fail' };
      }
      summary.push([section.name, outcome.status.toUpperCase()]);
    }
  } finally {
    if (planDir) rmSync(planDir, { recursive: true, force: true });
  }
  printTable('Summary', ['section', 'result'], summary);
  if (summary.some(([, status]) => status === 'FAIL')) process.exitCode = 1;
}

await main();
