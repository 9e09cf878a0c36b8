// `npm run fuzz -- --minutes N`: runs every fast-check property of the test suite (edit builders,
// parser, schema…) for about N minutes with fresh seeds, round after round, and prints how many
// generated inputs were tried. A counterexample stops the run: it is printed with its seed and
// path (replay it with fc.assert's { seed, path }), and the exit status is 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--minutes');
const minutes = at >= 0 ? Number(args[at + 1]) : 1;
if (!(minutes > 0)) {
  console.error('usage: npm run fuzz -- --minutes N   (N > 0)');
  process.exit(2);
}

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

/** The test bundles that hold fast-check properties. */
function propertyFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'e2e' ? [] : propertyFiles(full);
    return name.endsWith('.test.js') && readFileSync(full, 'utf8').includes('require("fast-check")') ? [full] : [];
  });
}
const files = propertyFiles('out');
/** How many properties the files hold (calls of fast-check's assert, however the bundle names the import). */
const propertyCount = files.reduce((sum, file) => sum + (readFileSync(file, 'utf8').match(/\b(?:fc\d*|import_fast_check\d*(?:\.default)?)\.assert\(/g)?.length ?? 0), 0);
const work = mkdtempSync(join(tmpdir(), 'careerplan-fuzz-'));
const countFile = join(work, 'counts');
const deadline = Date.now() + minutes * 60_000;
// Each round gives every property an equal slice of most of the time (the rest goes to the other
// tests of those files); when time is left, another round starts with new seeds.
const perProperty = Math.max(2_000, Math.floor((minutes * 60_000 * 0.8) / Math.max(1, propertyCount)));
let rounds = 0;

console.log(`fuzzing ${propertyCount} properties in ${files.length} test files for ${minutes} min (${perProperty / 1000} s per property per round)`);
while (Date.now() < deadline - 1_000) {
  rounds++;
  const seed = Math.floor(Math.random() * 2 ** 31);
  const env = { ...process.env, FUZZ_DEADLINE: String(deadline), FUZZ_PROPERTY_MS: String(perProperty), FUZZ_SEED: String(seed), FUZZ_COUNT_FILE: countFile };
  const mocha = join('node_modules', 'mocha', 'bin', 'mocha.js');
  const run = spawnSync(process.execPath, [mocha, '--no-config', '--require', 'scripts/fuzz/hook.cjs', '--timeout', '0', '--reporter', 'dot', ...files], { env, encoding: 'utf8' });
  if (run.status !== 0) {
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
    console.error(`\ncounterexample found in round ${rounds} (first seed of the round: ${seed}); see above`);
    report(true);
    rmSync(work, { recursive: true, force: true });
    process.exit(1);
  }
}
report();
rmSync(work, { recursive: true, force: true });

function report(failed = false) {
  let tried = 0;
  let properties = 0;
  try {
    for (const line of readFileSync(countFile, 'utf8').split('\n').filter(Boolean)) {
      const counts = JSON.parse(line);
      tried += counts.tried;
      properties += counts.properties;
    }
  } catch {
    // No round finished.
  }
  console.log(`${tried} generated inputs tried in ${rounds} round(s) of ${propertyCount} properties (${properties} property runs), ${minutes} min${failed ? '' : ', no counterexample'}`);
}
