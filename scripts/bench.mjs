// Performance benchmarks against the targets the product promises, one section per interface.
// Usage: node scripts/bench.mjs [--only NAME[,NAME...]] [--runs N] [--cli PATH] [--server PATH]
// Prints markdown tables and writes bench-results/NAME.json; exits 1 when a target fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measureServer } from './bench/lspScenario.mjs';
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
const LSP_SIZES = [5000, 20000, 50000];
const OURS = 'careerplan';
const THEIRS = 'yaml-language-server';
// Sequential and budgeted, so the whole section stays within a few minutes on two cores: a slow
// server stops editing after the budget once it has done the minimum.
const LSP_LIMITS = { edits: 30, minEdits: 10, completions: 10, minCompletions: 5, hovers: 20, budgetMs: 60000, timeoutMs: 60000 };

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

/** Our debounce, read from the source so the note stays true when it is tuned. */
function ourValidationDelay() {
  try {
    return /VALIDATION_DELAY_MS\s*=\s*(\d+)/.exec(readFileSync(join('server', 'src', 'features', 'diagnostics.ts'), 'utf8'))?.[1] ?? null;
  } catch {
    return null;
  }
}

const ratioText = (r) => (r === null || !Number.isFinite(r) ? '—' : r < 1 ? `1/${(1 / r).toFixed(1)}` : `${r.toFixed(2)}×`);
const msText = (ms) => (ms === null || ms === undefined ? '—' : ms < 10 ? ms.toFixed(2) : ms.toFixed(ms < 100 ? 1 : 0));

/** The metrics of the table: how to read each, and its target at 50k lines. */
const LSP_METRICS = [
  { key: 'openMs', label: 'open → first diagnostics (ms)', unit: 'ms', show: msText, maxRatio: 1 / 3, target: '≤ 1/3' },
  { key: 'editP50', label: 'edit → diagnostics p50 (ms)', unit: 'ms', show: msText, maxRatio: 1 / 30, target: '≤ 1/30 (aim < 50 ms)' },
  { key: 'editP95', label: 'edit → diagnostics p95 (ms)', unit: 'ms', show: msText, maxRatio: 1 / 15, target: '≤ 1/15' },
  { key: 'completionP50', label: 'completion after edit p50 (ms)', unit: 'ms', show: msText, maxRatio: 1 / 30, target: '≤ 1/30' },
  { key: 'hoverP50', label: 'hover p50 (ms)', unit: 'ms', show: msText, maxMs: 10, target: '≤ 10 ms' },
  { key: 'peakRssKb', label: 'peak RSS, process tree (MB)', unit: 'MB', show: (kb) => (kb ? (kb / 1024).toFixed(0) : '—'), maxRatio: 1 / 4, target: '≤ 1/4' },
];

function judge(metric, ours, theirs) {
  const a = ours?.[metric.key];
  const b = theirs?.[metric.key];
  const ratio = typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : null;
  const ok = metric.maxMs !== undefined ? typeof a === 'number' && a <= metric.maxMs : ratio !== null && ratio <= metric.maxRatio;
  return { ratio, ok };
}

async function benchLsp() {
  console.log(`\n### Language server: careerplan vs ${THEIRS}, same plans, same client, one server at a time`);
  const delay = ourValidationDelay();
  const notes = [
    'Each server runs alone (never two at once), in a fresh process whose workspace folder holds only the plan; settings via workspace/configuration (today = ' + PLAN_TODAY + `; for ${THEIRS} the project schema through yaml.schemas, yaml.schemaStore.enable false).`,
    `Edits: one letter inside an action's \`do:\` text in the middle of the plan, incremental sync, one at a time; time to the publishDiagnostics for that version (${THEIRS} publishes without a version: time to its next publish after the edit).`,
    `${THEIRS} waits a fixed 200 ms before each validation (its validationDelayMs), on open and after each edit; that wait is inside its numbers. careerplan validates right after open and ${delay ? `${delay} ms` : 'a short debounce'} after an edit; that is inside its numbers too.`,
    'Completion after edit: didChange and completion at `status: |` sent back to back; time to the completion answer. Hover: on the `do` key of the edited action.',
    'Peak RSS: VmHWM from /proc/PID/status, summed over the server process and its children, read at the end of the run. Ratio = careerplan / ' + THEIRS + '. Targets apply at 50k lines; at smaller sizes the result is shown in parentheses for reference.',
  ];
  for (const n of notes) console.log(`\n- ${n}`);

  // Other work on the machine slows the slower server most, so the load is reported with the numbers.
  const loadBefore = loadavg()[0];

  const settings = lspSettings();
  const servers = [];
  const problems = [];
  if (existsSync(SERVER)) servers.push({ name: OURS, command: process.execPath, args: [SERVER, '--stdio'], languageId: 'careerplan' });
  else {
    const message = `careerplan NOT MEASURED: ${SERVER} does not exist — the language server is not built (npm run build builds it from server/src/lsp/main.ts). ${THEIRS} is measured alone.`;
    console.log(`\n**${message}**`);
    problems.push(message);
  }
  servers.push({ name: THEIRS, command: process.execPath, args: [yamlLanguageServerBin(), '--stdio'], languageId: 'yaml' });

  const results = {};
  for (const lines of LSP_SIZES) {
    const plan = generatedPlan(lines);
    results[lines] = {};
    for (const server of servers) {
      const started = performance.now();
      try {
        results[lines][server.name] = await measureServer(server, plan, settings, LSP_LIMITS);
        results[lines][server.name].wallMs = round(performance.now() - started);
      } catch (error) {
        const message = `${server.name} FAILED on the ${lines}-line plan: ${error?.message ?? error}`;
        console.log(`\n**${message.split('\n')[0]}**${message.includes('\n') ? `\n\n\`\`\`\n${message.split('\n').slice(1).join('\n')}\n\`\`\`` : ''}`);
        problems.push(message);
        results[lines][server.name] = { error: String(error?.message ?? error) };
      }
    }
    const ours = results[lines][OURS];
    const theirs = results[lines][THEIRS];
    const final = lines === LSP_SIZES[LSP_SIZES.length - 1];
    const rows = LSP_METRICS.map((metric) => {
      const { ratio, ok } = judge(metric, ours, theirs);
      const verdict = ok ? 'PASS' : 'FAIL';
      return [metric.label, metric.show(ours?.[metric.key]), metric.show(theirs?.[metric.key]), ratioText(ratio), metric.target, final ? verdict : `(${verdict.toLowerCase()})`];
    });
    printTable(`${lines} lines (${(plan.bytes / 1024).toFixed(0)} KiB)`, ['metric', OURS, THEIRS, 'ratio', `target at ${LSP_SIZES[LSP_SIZES.length - 1] / 1000}k`, 'result'], rows);
    const counts = [ours, theirs].filter((r) => r && !r.error).map((r) => `${r.server}: ${r.edits} edits${r.edits < LSP_LIMITS.edits ? ` (stopped at the ${LSP_LIMITS.budgetMs / 1000} s edit budget)` : ''}, ${r.completionMs.length} completions (${r.completionItems} items), ${r.hoverMs.length} hovers${r.hoverFound ? '' : ' (NO hover content)'}, ${r.openDiagnostics} diagnostics on open`);
    if (counts.length) console.log(`\n${counts.join('; ')}.`);
  }

  const largest = LSP_SIZES[LSP_SIZES.length - 1];
  const targets = LSP_METRICS.map((metric) => {
    const { ratio, ok } = judge(metric, results[largest][OURS], results[largest][THEIRS]);
    const value = results[largest][OURS]?.[metric.key];
    return { target: `${largest / 1000}k: ${metric.label.replace(/ \(.*\)$/, '')} ${metric.target}`, measured: value === undefined ? 'not measured' : `${metric.show(value)} ${metric.unit} (${ratioText(ratio)})`, ok };
  });
  const editAt = (lines) => results[lines][OURS]?.editP50;
  const growth = editAt(LSP_SIZES[0]) && editAt(largest) ? editAt(largest) / editAt(LSP_SIZES[0]) : null;
  printTable(`careerplan edit → diagnostics p50, growth ${LSP_SIZES[0] / 1000}k → ${largest / 1000}k`, ['lines', ...LSP_SIZES.map(String), 'growth', 'target', 'result'],
    [['p50 ms', ...LSP_SIZES.map((l) => msText(editAt(l))), growth === null ? '—' : `${growth.toFixed(2)}×`, '≤ 10×', growth !== null && growth <= 10 ? 'PASS' : 'FAIL']]);
  targets.push({ target: `careerplan edit → diagnostics p50 growth ${LSP_SIZES[0] / 1000}k → ${largest / 1000}k ≤ 10×`, measured: growth === null ? 'not measured' : `${growth.toFixed(2)}×`, ok: growth !== null && growth <= 10 });
  const { rows, ok } = checkTargets(targets);
  printTable('Targets', ['target', 'measured', 'result'], rows);
  const load = { before: round(loadBefore), after: round(loadavg()[0]), cpus: cpus().length };
  console.log(`\nLoad average (1 min) ${load.before} before, ${load.after} after, on ${load.cpus} CPUs${Math.max(load.before, load.after) > load.cpus ? ' — other work was running: the timings, the slower server\'s most, are noisier than usual' : ''}.`);

  const oursMissing = !servers.some((s) => s.name === OURS);
  const status = oursMissing ? 'skipped' : ok && !problems.length ? 'pass' : 'fail';
  const serverInfo = Object.fromEntries(servers.map((s) => [s.name, LSP_SIZES.map((l) => results[l][s.name]?.serverInfo).find(Boolean) ?? null]));
  writeResults('lsp', { status, today: PLAN_TODAY, sizes: LSP_SIZES, limits: LSP_LIMITS, load, servers: serverInfo, notes, results, growth5kTo50k: growth, targets: rows, problems });
  return { status };
}

/** Later sections go here: `{ name, run }`, run returning `{ status }`. */
const SECTIONS = [
  { name: 'cli', run: benchCli },
  { name: 'history', run: () => benchHistory({ cli: CLI, runs: RUNS, printTable, checkTargets, median, round, timeProcess, writeResults }) },
  { name: 'lsp', run: benchLsp },
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
