// Packs the extension as careerplan-<version>.vsix: production bundles (minified, no source
// maps), then `vsce package`. What goes in is decided by .vscodeignore. Prints the file's size.
// Usage: node scripts/package.mjs  (npm run package)
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { version, repository } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = `careerplan-${version}.vsix`;
const vsce = require.resolve('@vscode/vsce/vsce');

execFileSync(process.execPath, ['scripts/build.mjs', '--production', '--no-tests'], { stdio: 'inherit' });
// Dependencies are bundled by esbuild, so vsce must not look at node_modules.
// The README links to files of the repository; vsce turns them into absolute links on its host.
const base = repository.url.replace(/\.git$/, '');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out, '--baseContentUrl', `${base}/blob/main`, '--baseImagesUrl', `${base}/raw/main`], { stdio: 'inherit' });
const bytes = statSync(out).size;
console.log(`${out}: ${(bytes / 1024).toFixed(1)} KiB (${bytes} bytes)`);
