#!/usr/bin/env bash
# Installs code-server (a real VS Code: web workbench + Node extension host) into .e2e/code-server
# without reaching anything but the npm registry.
#
# `npm install code-server` as is downloads ripgrep from GitHub and prebuilt native modules, so
# this does what code-server's postinstall.sh does, step by step, with local replacements:
# scripts are skipped at install time, Debian's rg stands in for the downloaded one, and native
# modules are compiled against the local node headers. The Debian packages it needs come from
# install-prereqs.sh.
#
# Idempotent: a marker written at the very end records the version and the node ABI the native
# modules were built for; when it matches, the script returns at once. Anything less than a
# complete install is thrown away and redone, so an interrupted run cannot leave a half state.
set -euo pipefail

version=4.100.3
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
prefix="$root/.e2e/code-server"
marker="$prefix/installed.txt"
want="code-server $version node-abi $(node -p process.versions.modules)"

if [ -f "$marker" ] && [ "$(cat "$marker")" = "$want" ]; then exit 0; fi

node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" != 20 ]; then
  echo "code-server $version needs node 20 (found $(node -v))" >&2
  exit 1
fi
rg_bin="$(command -v rg || true)"
if [ -z "$rg_bin" ]; then
  echo "ripgrep is missing: run scripts/e2e/install-prereqs.sh" >&2
  exit 1
fi
# node-gyp cannot download headers here: point it at the ones installed with node.
node_prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
if [ ! -f "$node_prefix/include/node/node.h" ]; then
  echo "node headers not found under $node_prefix/include/node" >&2
  exit 1
fi

t0=$SECONDS
rm -rf "$prefix"
mkdir -p "$prefix"
# Its own package.json keeps npm from treating the repository as the project to install into.
echo '{ "private": true }' >"$prefix/package.json"

export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
# Native builds as root need unsafe-perm; node-pty's install runs `npx node-gyp`, which must not
# stop to ask (the machine-wide npmrc may say yes=false).
export npm_config_unsafe_perm=true npm_config_nodedir="$node_prefix" npm_config_yes=true

echo "[code-server] npm install code-server@$version (scripts skipped)"
(cd "$prefix" && npm install --ignore-scripts --save-exact "code-server@$version")

vscode="$prefix/node_modules/code-server/lib/vscode"
echo "[code-server] VS Code's own dependencies"
(cd "$vscode" && npm install --omit=dev --ignore-scripts)

# @vscode/ripgrep's install script downloads rg unless bin/ already exists.
mkdir -p "$vscode/node_modules/@vscode/ripgrep/bin"
cp "$rg_bin" "$vscode/node_modules/@vscode/ripgrep/bin/rg"

echo "[code-server] building VS Code's native modules"
(cd "$vscode" && npm rebuild)

echo "[code-server] building argon2 (loaded at start-up even with --auth none)"
(cd "$prefix" && npm_config_build_from_source=true npm rebuild argon2)

# The rest of postinstall.sh (vscode_install after its npm install).
(
  cd "$vscode"
  rm -rf node_modules.asar && ln -s node_modules node_modules.asar
  (cd bin/remote-cli && rm -f code-server && ln -s code-linux.sh code-server)
  (cd bin/helpers && rm -f browser.sh && ln -s browser-linux.sh browser.sh)
  echo "[code-server] built-in extensions' shared dependencies"
  cd extensions && npm install --omit=dev
)

echo "$want" >"$marker"
echo "[code-server] installed in $((SECONDS - t0)) s"
