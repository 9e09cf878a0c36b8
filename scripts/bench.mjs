// Performance benchmarks against the targets the product promises, one section per interface.
// Usage: node scripts/bench.mjs [--only NAME[,NAME...]] [--runs N] [--cli PATH]
// Prints markdown tables and writes bench-results/NAME.json; exits 1 when a target fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** Later sections (language server, git history) go here: `{ name, run }`, run returning `{ status }`. */
const SECTIONS = [
  { name: 'cli', run: benchCli },
  { name: 'history', run: () => benchHistory({ cli: CLI, runs: RUNS, printTable, checkTargets, median, round, timeProcess, writeResults }) },
];

async function main() {
  const only = option('only')?.split(',');
  const unknown = (only ?? []).filter((n) => !SECTIONS.some((s) => s.name === n));
  if (unknown.length || !Number.isInteger(RUNS) || RUNS < 1) {
    console.error(`usage: node scripts/bench.mjs [--only ${SECTIONS.map((s) => s.name).join('|')}] [--runs N] [--cli PATH]`);
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
