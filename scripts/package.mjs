// Packs the extension as careerplan-<version>.vsix: production bundles (minified, no source
// maps), then `vsce package`. What goes in is decided by .vscodeignore: the client (dist/client.js)
// starts dist/server.js, the launcher of dist/careerplan.js, so all three go in. Prints the file's size.
// Usage: node scripts/package.mjs  (npm run package)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const out = resolve(`careerplan-${manifest.version}.vsix`);
const vsce = require.resolve('@vscode/vsce/vsce');

execFileSync(process.execPath, ['scripts/build.mjs', '--production', '--no-tests'], { stdio: 'inherit' });
// Dependencies are bundled by esbuild, so vsce must not look at node_modules.
// The package has no public repository or web site (package.json names none), so the README's
// links to files of the project stay relative instead of pointing at an invented host.
// vsce refuses a package.json with a `files` list (that list is for the npm package) beside a
// .vscodeignore, so it packs a copy of the project whose manifest has no `files`.
const stage = mkdtempSync(join(tmpdir(), 'careerplan-vsix-'));
try {
  const skipped = new Set(['node_modules', '.git', '.e2e', 'out', 'tmp', 'test-results', 'bench-results']);
  cpSync('.', stage, { recursive: true, filter: (source) => !skipped.has(basename(source)) && !source.endsWith('.vsix') && !source.endsWith('.tgz') });
  const { files: _npmFiles, ...vsixManifest } = manifest;
  writeFileSync(join(stage, 'package.json'), JSON.stringify(vsixManifest, null, 2) + '\n');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out], { stdio: 'inherit', cwd: stage });
} finally {
  rmSync(stage, { recursive: true, force: true });
}
const bytes = statSync(out).size;
console.log(`${basename(out)}: ${(bytes / 1024).toFixed(1)} KiB (${bytes} bytes)`);
