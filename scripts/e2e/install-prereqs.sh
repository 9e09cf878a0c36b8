#!/usr/bin/env bash
# Debian packages the end-to-end tests need: a browser, a small Chinese font (so zh-cn
# screenshots show text, not boxes), the ripgrep that VS Code's search uses (its npm package
# would download one), the toolchain for code-server's native modules, and Neovim (the language
# server test that runs the documented Neovim setup), and what the distribution and editor tests
# run: pre-commit (scripts/ci/distribution.sh), Emacs with eglot and yaml-mode (the documented
# Emacs setup), khal (a calendar program the iCalendar export is imported into).
# Idempotent: returns at once when everything is installed.
set -euo pipefail

packages=(chromium fonts-wqy-microhei ripgrep git build-essential python3 pkg-config
  libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev neovim
  pre-commit emacs-nox elpa-eglot elpa-yaml-mode khal)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing Debian packages: ${missing[*]}"
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
