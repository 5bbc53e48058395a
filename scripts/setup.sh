#!/usr/bin/env bash
# Installs what duban needs on Debian 12 (as root, or with sudo) and builds
# the default preset. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake ninja-build pkg-config git
          libboost-dev libtomlplusplus-dev libspdlog-dev libfmt-dev libcli11-dev
          nlohmann-json3-dev libutf8proc-dev libgtest-dev libgmock-dev libssl-dev
          libsqlite3-dev graphviz clang-14 libclang-rt-14-dev
          libcpp-httplib-dev libsodium-dev ccache wrk chromium fonts-wqy-microhei python3)
# The browser tests run playwright-core under Node.js: Debian's nodejs and
# npm, unless a Node.js (with its own npm) is installed already.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi

# ccache keys on paths relative to the clone, so every clone shares a cache.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake --preset "${DUBAN_PRESET:-default}" >/dev/null
cmake --build --preset "${DUBAN_PRESET:-default}"
