// The `history` section of scripts/bench.mjs: `careerplan history` on a plan with a long git
// history. The helpers (tables, targets, timing, results) come from bench.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePlan, mulberry32 } from '../genplan.mjs';

const COMMITS = 1000;
const LINES = 5000;
const TARGET_MS = 10000;

/**
 * A throwaway repository with `commits` commits of a generated plan: each marks one open action
 * done (or reopens one when none is left) and raises one skill. Written by one `git fast-import`,
 * not a thousand `git commit` processes.
 */
export function buildHistoryRepository(dir, { lines = LINES, commits = COMMITS, seed = 1 } = {}) {
  const git = (args, input) => {
    const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
    const result = spawnSync('git', args, { cwd: dir, input, env, maxBuffer: 1 << 30 });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${String(result.stderr ?? result.error).trim()}`);
  };
  git(['init', '-q', '-b', 'main']);
  const rng = mulberry32(seed);
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const planLines = generatePlan({ lines, seed }).split('\n');
  const skillsStart = planLines.indexOf('skills:');
  const skillsEnd = planLines.findIndex((l, i) => i > skillsStart && /^\S/.test(l));
  const skillLines = [];
  for (let i = skillsStart + 1; i < skillsEnd; i++) if (/^ {2}[a-z0-9-]+: [0-5](\s|$)/.test(planLines[i])) skillLines.push(i);
  const statusLines = planLines.flatMap((l, i) => (/^ {4}status: (todo|doing|blocked|done)$/.test(l) ? [i] : []));
  if (!skillLines.length || !statusLines.length) throw new Error('the generated plan has no block-style statuses or skill levels to change');

  const chunks = [];
  let time = Date.parse('2024-01-01T09:00:00Z') / 1000;
  for (let n = 1; n <= commits; n++) {
    let message = 'Start the plan';
    if (n > 1) {
      const open = statusLines.filter((i) => !planLines[i].endsWith('done'));
      if (open.length) {
        planLines[pick(open)] = '    status: done';
        message = 'Mark an action done';
      } else {
        planLines[pick(statusLines)] = '    status: todo';
        message = 'Reopen an action';
      }
      const s = pick(skillLines);
      planLines[s] = planLines[s].replace(/: ([0-5])/, (_, level) => `: ${level === '5' ? 1 : Number(level) + 1}`);
      message += ' and raise a skill';
    }
    const blob = Buffer.from(planLines.join('\n'));
    const text = Buffer.from(`${message} (${n})\n`);
    time += 7 * 3600;
    const who = `Ada Lovelace <ada@example.invalid> ${time} +0000`;
    chunks.push(
      Buffer.from(`blob\nmark :${2 * n - 1}\ndata ${blob.length}\n`), blob,
      Buffer.from(`\ncommit refs/heads/main\nmark :${2 * n}\nauthor ${who}\ncommitter ${who}\ndata ${text.length}\n`), text,
      Buffer.from(`${n > 1 ? `from :${2 * n - 2}\n` : ''}M 100644 :${2 * n - 1} plan.careerplan.yaml\n\n`),
    );
  }
  git(['fast-import', '--quiet'], Buffer.concat(chunks));
  git(['checkout', '-q', '-f', 'main']);
  return join(dir, 'plan.careerplan.yaml');
}

export async function benchHistory({ cli, runs, printTable, checkTargets, median, round, timeProcess, writeResults }) {
  console.log(`\n### History: \`careerplan history --format json FILE\`, ${COMMITS} commits of a ${LINES}-line plan (whole process; ${runs} runs)`);
  if (!existsSync(cli)) {
    console.log(`\nSKIPPED: ${cli} does not exist — run npm run build first.`);
    return { status: 'skipped' };
  }
  const dir = mkdtempSync(join(tmpdir(), 'careerplan-bench-history-'));
  try {
    const started = performance.now();
    const file = buildHistoryRepository(dir);
    const buildMs = round(performance.now() - started);
    console.log(`\n(repository written by git fast-import in ${buildMs} ms)`);
    const times = [];
    const problems = [];
    let rows = null;
    for (let run = 0; run < runs; run++) {
      const { ms, result } = timeProcess(process.execPath, [cli, 'history', '--format', 'json', file]);
      if (result.error || result.status !== 0) {
        problems.push(`exit ${result.status ?? result.signal ?? result.error?.message}: ${(result.stderr || '').trim().slice(0, 500)}`);
        break;
      }
      times.push(ms);
      rows ??= JSON.parse(result.stdout);
    }
    if (rows && rows.length !== COMMITS) problems.push(`${rows.length} rows instead of ${COMMITS}`);
    for (const p of problems) console.log(`\nERROR: ${p}`);
    if (times.length) {
      printTable('Timings', ['commits', 'plan lines', 'first run ms', 'median ms', 'slowest ms'], [[COMMITS, LINES, round(times[0]), round(median(times)), round(Math.max(...times))]]);
      console.log(`\nNewest commit: ${rows[0].actionsDone}/${rows[0].actionsTotal} actions done; ${rows.filter((r) => r.skillsRaised.length).length} of ${rows.length} commits raised a skill.`);
      console.log('Every run is cold: the command line keeps no cache between runs. The editor keeps one by blob id, so reopening the history there reads no blob at all.');
    }
    const slowest = times.length ? Math.max(...times) : null;
    const { rows: targets, ok } = checkTargets([
      { target: `${COMMITS} commits of ${LINES} lines, cold: < ${TARGET_MS} ms`, measured: slowest === null ? 'not measured' : `${round(slowest)} ms (slowest run)`, ok: times.length === runs && slowest < TARGET_MS },
    ]);
    printTable('Targets', ['target', 'measured', 'result'], targets);
    const status = ok && !problems.length ? 'pass' : 'fail';
    writeResults('history', { status, commits: COMMITS, lines: LINES, runs, buildMs, timesMs: times.map(round), medianMs: times.length ? round(median(times)) : null, targets, problems });
    return { status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
