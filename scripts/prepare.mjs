// `prepare`: runs on `npm install` in a checkout, on `npm pack`, and when npm installs the package
// from a git URL (npm clones it, installs its devDependencies, runs this, then packs it). Builds
// the shipped bundles: minified, without source maps, without tests.
//
// `npm install -g git+…` needs two work-arounds, because npm hands its global flag on to the
// install it runs in the clone: that install installs no devDependencies, and it replaces the
// empty folder the outer npm made for the package in the global prefix with a link to the clone,
// so the packed tarball would be unpacked into the clone, which is then deleted. So, in that inner
// install, this puts the empty folder back and builds nothing; when npm then packs the clone, this
// installs the devDependencies into the clone (from package-lock.json) before building.
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, realpathSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const env = process.env;

function buildToolsInstalled() {
  try {
    require.resolve('esbuild');
    return true;
  } catch {
    return false;
  }
}

/** npm's git-dependency install of the clone, run in global mode (pacote marks it with _PACOTE_NO_PREPARE_). */
const innerGlobalInstall = env._PACOTE_NO_PREPARE_ !== undefined && env.npm_config_global === 'true';

if (innerGlobalInstall) {
  const link = join(env.npm_config_prefix ?? '', process.platform === 'win32' ? '' : 'lib', 'node_modules', env.npm_package_name ?? 'careerplan');
  try {
    if (lstatSync(link).isSymbolicLink() && realpathSync(link) === realpathSync(process.cwd())) {
      unlinkSync(link);
      mkdirSync(link);
    }
  } catch {
    // nothing linked: nothing to undo
  }
} else {
  if (!buildToolsInstalled()) {
    const npm = env.npm_execpath;
    if (!npm) throw new Error('the build needs the devDependencies: run npm install first');
    console.log('installing the build\'s devDependencies into this clone (npm install -g from git installs none)');
    execFileSync(process.execPath, [npm, 'ci', '--global=false', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund'], {
      stdio: 'inherit',
      env: { ...env, npm_config_global: 'false' },
    });
  }
  execFileSync(process.execPath, ['scripts/build.mjs', '--production', '--no-tests'], { stdio: 'inherit' });
}
