#!/usr/bin/env bash
# The package as users get it, outside VS Code (SPEC §8), from the committed HEAD of this
# repository: `npm pack` size and contents; `npm install -g` of the tarball and of the git URL,
# each into a throwaway prefix, then both binaries (`careerplan check`, a language-server
# `initialize`); the pre-commit hook with Debian's pre-commit on a throwaway repository (a bad
# plan blocks the commit, a good one passes); and SARIF through Microsoft's validator with its
# GitHub rules. Each install is bounded in time. Needs the registry (npm installs the build's
# devDependencies for a git install) and `pre-commit` (scripts/ci/install-prereqs.sh).
# Usage: bash scripts/ci/distribution.sh   (from .ci/run; after `npm ci`)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/careerplan-dist-XXXXXX")"
trap 'rm -rf "$work"' EXIT
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
passed=0
failed=0
step() { echo; echo "== $*"; }
ok() { echo "ok: $*"; passed=$((passed + 1)); }
not_ok() { echo "FAILED: $*"; failed=$((failed + 1)); }
# The README must show the commands this script runs, word for word.
documented() { grep -qF -- "$1" "$repo/README.md" || not_ok "README.md does not show: $1"; }

# A plan that checks clean today, and one with an error (an unknown plan id).
good_plan() { "$1/careerplan" init --no-schema "$2" >/dev/null; }
bad_plan() { printf 'careerplan: 1\nactions:\n  pitch: { do: Pitch an article, plan: writer, due: 2030-01-01 }\n' > "$1"; }

# Both binaries of an installed package, from its bin folder.
smoke() {
  local bin="$1" name="$2" dir="$work/smoke-$2"
  mkdir -p "$dir"
  if ! "$bin/careerplan" --version; then not_ok "$name: careerplan --version"; return; fi
  good_plan "$bin" "$dir/good.careerplan.yaml"
  if "$bin/careerplan" check "$dir/good.careerplan.yaml"; then ok "$name: check passes a good plan"; else not_ok "$name: check failed a good plan"; fi
  bad_plan "$dir/bad.careerplan.yaml"
  local status=0
  "$bin/careerplan" check "$dir/bad.careerplan.yaml" || status=$?
  if [ "$status" = 1 ]; then ok "$name: check fails a bad plan (exit 1)"; else not_ok "$name: check exited $status on a bad plan"; fi
  if node "$repo/scripts/ci/lsp-initialize.mjs" "$bin/careerplan-language-server" --stdio; then ok "$name: language server initialize"; else not_ok "$name: language server initialize"; fi
}

step "npm pack"
documented 'npm pack'
(cd "$work" && timeout 300 npm pack --json --foreground-scripts=false "$repo" > pack.json) || not_ok "npm pack"
node -e '
  const [pack] = require(process.argv[1]);
  const files = pack.files.map((f) => f.path).sort();
  console.log(`${pack.filename}: ${files.length} files, ${pack.unpackedSize} bytes unpacked`);
  const expected = ["CHANGELOG.md", "LICENSE", "README.md", "dist/careerplan.js", "dist/cli.js", "dist/server.js", "package.json", "schemas/careerplan.schema.json"];
  if (JSON.stringify(files) !== JSON.stringify(expected)) { console.error(`files: ${files.join(", ")}`); process.exit(1); }
  if (pack.unpackedSize >= 1.5e6) { console.error(`${pack.unpackedSize} bytes unpacked: 1.5 MB or more`); process.exit(1); }
' "$work/pack.json" && ok "npm pack: only what runs, under 1.5 MB" || not_ok "npm pack contents or size"
tarball="$(ls "$work"/careerplan-*.tgz)"
if tar -xOzf "$tarball" package/README.md | grep -q 'example\.invalid'; then not_ok "the packed README links to example.invalid"; else ok "the packed README has no example.invalid link"; fi

step "npm install -g ./careerplan-*.tgz"
documented 'npm install -g ./careerplan-*.tgz'
if (cd "$work" && timeout 300 npm install -g --prefix "$work/from-tarball" ./careerplan-*.tgz); then smoke "$work/from-tarball/bin" tarball; else not_ok "npm install -g of the tarball"; fi

step "npm install -g git+file://"
documented 'npm install -g git+'
if timeout 900 npm install -g --prefix "$work/from-git" "git+file://$repo"; then smoke "$work/from-git/bin" git; else not_ok "npm install -g git+file://$repo"; fi

step "pre-commit"
if ! command -v pre-commit >/dev/null; then
  not_ok "pre-commit is not installed (apt-get install pre-commit; scripts/ci/install-prereqs.sh)"
else
  hooks="$work/hooks"
  git init -q -b main "$hooks"
  rev="$(git -C "$repo" rev-parse HEAD)"
  # What the README's pre-commit section shows, with this checkout as the repository.
  printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: careerplan-check\n' "$repo" "$rev" > "$hooks/.pre-commit-config.yaml"
  documented '      - id: careerplan-check'
  export PRE_COMMIT_HOME="$work/pre-commit-cache"
  gitc() { git -C "$hooks" -c user.name=CI -c user.email=ci@localhost -c commit.gpgsign=false "$@"; }
  if (cd "$hooks" && timeout 900 pre-commit install-hooks && pre-commit install); then
    good_plan "$work/from-tarball/bin" "$hooks/ada.careerplan.yaml"
    gitc add -A
    if gitc commit -q -m "A good plan"; then ok "pre-commit: a good plan is committed"; else not_ok "pre-commit blocked a good plan"; fi
    bad_plan "$hooks/bob.careerplan.yaml"
    gitc add bob.careerplan.yaml
    if gitc commit -q -m "A bad plan"; then not_ok "pre-commit let a bad plan through"; else ok "pre-commit: a bad plan blocks the commit"; fi
  else
    not_ok "pre-commit install-hooks"
  fi
fi

step "SARIF validator (@microsoft/sarif-multitool, SARIF and GitHub rules)"
tool="$work/sarif-tool"
if timeout 300 npm install --prefix "$tool" --no-save @microsoft/sarif-multitool@5.7.0 >/dev/null; then
  # The platform package ships the .NET tool; npm may skip its postinstall that marks it executable.
  multitool="$(ls "$tool"/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool)"
  chmod u+x "$multitool"
  sarif_repo="$work/sarif-repo"
  git init -q -b main "$sarif_repo"
  mkdir -p "$sarif_repo/plans"
  cp "$repo"/server/test/lsp/fixtures/*.careerplan.yaml "$sarif_repo/plans/"
  bad_plan "$sarif_repo/plans/bad.careerplan.yaml"
  (cd "$sarif_repo/plans" && node "$repo/dist/cli.js" check --today 2026-11-24 --format sarif . > "$work/check.sarif") || true
  DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 timeout 300 "$multitool" validate "$work/check.sarif" \
    --rule-kind 'Sarif;Gh' --level 'Error;Warning' --output "$work/validation.sarif" --log ForceOverwrite > "$work/validation.txt" 2>&1 || true
  cat "$work/validation.txt"
  if grep -qE ': (error|warning) ' "$work/validation.txt" || ! grep -q 'Analysis completed successfully' "$work/validation.txt"; then
    not_ok "SARIF validation found errors or warnings"
  else
    ok "SARIF validates with no errors or warnings (SARIF and GitHub rules)"
  fi
else
  not_ok "npm install @microsoft/sarif-multitool"
fi

echo
echo "distribution: $passed passed, $failed failed"
[ "$failed" = 0 ]
