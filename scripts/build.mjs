// Bundles the extension client, the language server, the CLI and the mocha tests with esbuild.
// Usage: node scripts/build.mjs [--watch] [--no-tests] [--production]
import * as esbuild from 'esbuild';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { schemaValidatorsPlugin } from './schemaValidators.mjs';

const watch = process.argv.includes('--watch');
const withTests = !process.argv.includes('--no-tests');
// --production (used by `npm run package`): minified, without source maps, as shipped in the .vsix.
const production = process.argv.includes('--production');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: production ? false : 'linked', minify: production, logLevel: 'warning', plugins: [schemaValidatorsPlugin()] };

/** Every `*.test.ts` (unit) and `*.e2e.ts` (end-to-end, see docs/e2e.md) below a folder. */
function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'fixtures' ? [] : findTests(full);
    return /\.(test|e2e)\.ts$/.test(name) ? [full] : [];
  });
}

const builds = [
  { entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { entryPoints: { server: 'server/src/lsp/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: { cli: 'server/src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
].filter((b) => Object.values(b.entryPoints).every((p) => existsSync(p)));

if (withTests) {
  const tests = [...findTests('server/test'), ...findTests('client/test')];
  if (tests.length) {
    builds.push({
      entryPoints: Object.fromEntries(tests.map((t) => [relative('.', t).replace(/\.ts$/, ''), t])),
      outdir: 'out',
      external: ['vscode', 'mocha', 'playwright-core', 'fast-check'],
    });
  }
}

const t0 = performance.now();
if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
  console.log('watching…');
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
  console.log(`built ${builds.length} bundle group(s) in ${Math.round(performance.now() - t0)} ms`);
}
