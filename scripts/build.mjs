// Bundles the extension client, the language server and the CLI (one bundle for both, with a
// launcher per command), and the mocha tests, with esbuild.
// Usage: node scripts/build.mjs [--watch] [--no-tests] [--production]
import * as esbuild from 'esbuild';
import { readdirSync, statSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { schemaValidatorsPlugin } from './schemaValidators.mjs';

const watch = process.argv.includes('--watch');
const withTests = !process.argv.includes('--no-tests');
// --production (used by `npm run package`): minified, without source maps, as shipped in the .vsix.
const production = process.argv.includes('--production');
/**
 * `import script from './page.ts?iife'`: page.ts bundled for a webview (platform browser, one
 * IIFE, no source map to fetch), as a string the page carries inline. Types: client/src/webviewScript.d.ts.
 */
function webviewScriptPlugin() {
  return {
    name: 'webview-script',
    setup(build) {
      build.onResolve({ filter: /\?iife$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.replace(/\?iife$/, '')), namespace: 'webview-script' }));
      build.onLoad({ filter: /.*/, namespace: 'webview-script' }, async (args) => {
        const result = await esbuild.build({ entryPoints: [args.path], bundle: true, platform: 'browser', target: 'es2022', format: 'iife', minify: production, write: false, metafile: true, logLevel: 'silent' });
        const watchFiles = Object.keys(result.metafile.inputs).map((input) => resolve(input));
        return { contents: result.outputFiles[0].text, loader: 'text', watchFiles };
      });
    },
  };
}

// charset utf8: Chinese text stays UTF-8 (3 bytes a character, not 6 as a \u escape); Node and VS Code read scripts as UTF-8.
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', charset: 'utf8', sourcemap: production ? false : 'linked', minify: production, logLevel: 'warning', plugins: [schemaValidatorsPlugin(), webviewScriptPlugin()] };

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
  { entryPoints: { careerplan: 'server/src/bin/main.ts' }, outdir: 'dist' },
].filter((b) => Object.values(b.entryPoints).every((p) => existsSync(p)));

/**
 * The two commands (package.json `bin`; the extension starts dist/server.js) are launchers of the
 * one bundle, which carries the core once: each calls its side, which loads only its own modules.
 */
const LAUNCHERS = { 'cli.js': 'careerplan', 'server.js': 'languageServer' };
mkdirSync('dist', { recursive: true });
for (const [file, start] of Object.entries(LAUNCHERS)) {
  writeFileSync(join('dist', file), `#!/usr/bin/env node\n'use strict';\nrequire('./careerplan.js').${start}();\n`);
}

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
