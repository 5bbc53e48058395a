#!/usr/bin/env bash
# Browser end-to-end test of `duban serve` (registered with ctest):
#   run.sh DUBAN_BINARY BUILD_DIR
# Makes a workspace, plans weekly-planning 2026-W11, sets a password, serves
# it on a free loopback port with the clock frozen at Thursday 2026-03-12
# 10:00, and runs week_close.mjs in Debian's headless Chromium with
# playwright-core (installed by `npm ci` into BUILD_DIR, never the source
# tree). Screenshots: BUILD_DIR/artifacts.
set -euo pipefail
duban=$(realpath "$1")
build=$(realpath -m "$2")
here=$(cd "$(dirname "$0")" && pwd)

for tool in node npm /usr/bin/chromium; do
  command -v "$tool" >/dev/null || { echo "missing $tool: run scripts/setup.sh"; exit 1; }
done

# playwright-core from the lock file; again only when the lock changed.
mkdir -p "$build"
if ! cmp -s "$here/package-lock.json" "$build/package-lock.json" || [ ! -d "$build/node_modules/playwright-core" ]; then
  cp "$here/package.json" "$here/package-lock.json" "$build/"
  (cd "$build" && npm ci --no-audit --no-fund --loglevel=error)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/duban-e2e.XXXXXX")
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

ws="$work/ws"
"$duban" init "$ws" >/dev/null
cd "$ws"
"$duban" --now 2026-03-09T08:30 plan weekly-planning --period 2026-W11 >/dev/null
for who in liu-xiaoyan:office zheng-wei:general; do
  "$duban" --as "${who%%:*}" --now 2026-03-09T10:00 task ack "weekly-planning/2026-W11/summary.${who##*:}" >/dev/null
done
"$duban" --as liu-xiaoyan --now 2026-03-11T16:00 task done weekly-planning/2026-W11/summary.office >/dev/null
password="e2e-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$password" | "$duban" --now 2026-03-09T08:00 user passwd yang-fan --password-stdin >/dev/null

# Port 0: the server picks a free one and says which on its first line.
mkfifo "$work/out"
"$duban" --now 2026-03-12T10:00 serve --listen 127.0.0.1:0 --threads 4 >"$work/out" 2>"$work/err" &
server=$!
exec 3<"$work/out"
if ! IFS= read -r -t 60 line <&3; then
  echo "duban serve did not start:"; cat "$work/err"; exit 1
fi
url=$(printf '%s' "$line" | grep -o 'http://[0-9.:]*')
echo "serving on $url"

rm -rf "$build/artifacts"
# Run beside node_modules: ES modules resolve packages from the script's folder.
cp "$here/week_close.mjs" "$build/"
BASE_URL="$url" ARTIFACTS="$build/artifacts" E2E_PASSWORD="$password" node "$build/week_close.mjs"
echo "screenshots: $build/artifacts"

# SIGTERM stops the server cleanly: exit 0, and nothing from a sanitizer.
kill "$server"
status=0
wait "$server" || status=$?
server=""
if [ "$status" -ne 0 ] || grep -q 'Sanitizer' "$work/err"; then
  echo "duban serve ended badly (exit $status):"; cat "$work/err"; exit 1
fi
echo "ok - duban serve stopped cleanly on SIGTERM"
