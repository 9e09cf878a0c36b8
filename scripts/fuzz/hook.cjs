// Loaded by mocha (`--require`) in fuzz mode: every fast-check property of the test files runs
// for a time budget with a fresh seed instead of its bounded number of runs, and the number of
// generated inputs tried is written to FUZZ_COUNT_FILE when the process ends. It patches the one
// fast-check module the test bundles share (they keep it external), so every property takes part,
// whoever wrote it.
const fc = require('fast-check');
const { appendFileSync } = require('node:fs');

const deadline = Number(process.env.FUZZ_DEADLINE);
const perProperty = Number(process.env.FUZZ_PROPERTY_MS);
let seed = Number(process.env.FUZZ_SEED);
let tried = 0;
let properties = 0;

function params(given) {
  const budget = Math.max(200, Math.min(perProperty, deadline - Date.now()));
  // Keep what shapes the run (examples, unbiased…), not what bounds or replays it.
  const { numRuns, seed: _seed, path, timeout, interruptAfterTimeLimit, ...rest } = given ?? {};
  return { ...rest, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: budget, markInterruptAsFailure: false, seed: seed++ | 0 };
}

function finish(details) {
  properties++;
  tried += details.numRuns;
  if (details.failed) throw new Error(fc.defaultReportMessage(details));
}

fc.assert = (property, given) => {
  const run = fc.check(property, params(given));
  if (run && typeof run.then === 'function') {
    return run.then((details) => {
      if (details.failed) throw new Error(fc.defaultReportMessage(details));
      finish(details);
    });
  }
  finish(run);
  return undefined;
};

process.on('exit', () => {
  if (process.env.FUZZ_COUNT_FILE) appendFileSync(process.env.FUZZ_COUNT_FILE, `${JSON.stringify({ tried, properties })}\n`);
});
