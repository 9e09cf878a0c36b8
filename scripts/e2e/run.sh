#!/usr/bin/env bash
# Runs the end-to-end tests in a real VS Code (code-server) driven by chromium, offline.
# Extra arguments go to mocha, e.g. `bash scripts/e2e/run.sh --grep smoke`. See docs/e2e.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

bash scripts/e2e/install-prereqs.sh
bash scripts/e2e/install-code-server.sh
node scripts/build.mjs

# Test the extension as users get it: the packaged .vsix, when the project can package one.
if [ -z "${CAREERPLAN_VSIX:-}" ] && node -e 'process.exit(require("./package.json").scripts?.package ? 0 : 1)'; then
  npm run package
  vsix="$(ls -t careerplan-*.vsix 2>/dev/null | head -n 1)"
  if [ -z "$vsix" ]; then
    echo "npm run package made no careerplan-*.vsix" >&2
    exit 1
  fi
  export CAREERPLAN_VSIX="$PWD/$vsix"
fi
echo "e2e: extension under test: ${CAREERPLAN_VSIX:-none (VS Code only)}"

npx mocha --config client/test/e2e/.mocharc.json "$@"
