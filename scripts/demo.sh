#!/usr/bin/env bash
# Builds the extension (.vsix), installs it into a local VS Code (code-server, offline) and opens
# that VS Code on a workspace of example plans. Prints the address to open in a browser.
# Usage: npm run demo            (PORT=8080 by default; LOCALE=zh-cn for the Chinese workbench)
# The workspace and VS Code's state live in .e2e/demo/ and survive restarts; delete that folder
# to start afresh. Stop with Ctrl+C.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

port="${PORT:-8080}"
locale="${LOCALE:-en}"
demo="$root/.e2e/demo"
workspace="$demo/workspace"
entry="$root/.e2e/code-server/node_modules/code-server/out/node/entry.js"

bash scripts/e2e/install-prereqs.sh
bash scripts/e2e/install-code-server.sh
npm run package
vsix="$root/$(node -p '`careerplan-${require("./package.json").version}.vsix`')"

mkdir -p "$workspace" "$demo/user-data/User" "$demo/extensions" "$demo/xdg-config" "$demo/xdg-data" "$demo/xdg-cache"
for plan in client/test/e2e/fixtures/*.careerplan.yaml; do
  [ -e "$workspace/$(basename "$plan")" ] || cp "$plan" "$workspace/"
done
settings="$demo/user-data/User/settings.json"
if [ ! -e "$settings" ]; then
  cat > "$settings" <<'JSON'
{
  "workbench.startupEditor": "none",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "careerplan.today": "2026-11-24"
}
JSON
fi

# An empty gallery and private config folders: nothing is fetched, nothing of the user's own VS Code is touched.
export EXTENSIONS_GALLERY='{}' XDG_CONFIG_HOME="$demo/xdg-config" XDG_DATA_HOME="$demo/xdg-data" XDG_CACHE_HOME="$demo/xdg-cache"
common=(--user-data-dir "$demo/user-data" --extensions-dir "$demo/extensions")
node "$entry" "${common[@]}" --install-extension "$vsix" --force

echo
echo "Career Plan demo: open http://127.0.0.1:$port/?folder=$workspace"
echo "(\"today\" is set to 2026-11-24 in the demo settings, the date the example plans are written for)"
echo
exec node "$entry" "${common[@]}" --bind-addr "127.0.0.1:$port" --auth none --locale "$locale" \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override "$workspace"
