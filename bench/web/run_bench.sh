#!/usr/bin/env bash
# bench/web/run_bench.sh — `duban serve` under wrk on loopback, against the
# week's status of the 100,000-task store of the tracking benchmark
# (bench/store's bench_make_store). See bench/web/README.md.
#
#   bench/web/run_bench.sh              # about 4 minutes on 2 cores, plus the build
#
# Environment (all optional):
#   TASKS=100000        tasks in the store
#   DURATION=30s        each wrk run
#   CONNECTIONS=8       wrk connections (keep-alive); THREADS=2 wrk threads
#   SERVER_THREADS=16   duban serve --threads
#   BUILD_DIR=DIR       build folder (default build/default, built with --preset default)
#   OUT=DIR             results (default BUILD_DIR/bench/web/results/DATE)
#   NO_BUILD=1          do not build first; KEEP=1 keep the workspace
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=$(realpath -m "${BUILD_DIR:-$repo/build/default}")
tasks=${TASKS:-100000}
duration=${DURATION:-30s}
connections=${CONNECTIONS:-8}
wrk_threads=${THREADS:-2}
server_threads=${SERVER_THREADS:-16}
now="2026-06-12T17:00"   # a Friday: the store's busiest kind of day (as bench/store)
week="2026-W24"
out=${OUT:-$build/bench/web/results/$(date +%Y%m%dT%H%M%S)}
mkdir -p "$out"

command -v wrk >/dev/null || { echo "wrk is missing: run scripts/setup.sh"; exit 1; }
if [ "${NO_BUILD:-0}" != 1 ]; then
  if [ -n "${BUILD_DIR:-}" ]; then
    cmake --build "$build" -j2 --target duban bench_make_store
  else
    (cd "$repo" && cmake --build --preset default -j2 --target duban bench_make_store)
  fi
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/duban-bench-web.XXXXXX")
# Private copies: someone rebuilding the build folder must not swap the
# program under a timed run (RUNPATH gives way to LD_LIBRARY_PATH).
cp "$build/framework/cli/duban" "$build/bench/store/bench_make_store" "$work/"
cp -L "$build/framework/libduban.so.0" "$work/"
duban="$work/duban"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" = 1 ]; then echo "kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
export LD_LIBRARY_PATH="$work${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

echo "== building a store of $tasks tasks"
"$duban" init "$work/ws" >/dev/null
"$work/bench_make_store" "$work/ws" "$tasks" | tee "$out/make_store.txt"
password="bench-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$password" | "$duban" --workspace "$work/ws" user passwd liu-xiaoyan --password-stdin

# start_server [--now T]: serves on a free port; sets $server and $url.
start_server() {
  rm -f "$work/out"
  mkfifo "$work/out"
  "$duban" --workspace "$work/ws" "$@" serve --listen 127.0.0.1:0 --threads "$server_threads" \
    >"$work/out" 2>"$work/serve.err" &
  server=$!
  exec 3<"$work/out"
  IFS= read -r -t 60 line <&3 || { cat "$work/serve.err"; exit 1; }
  url=$(printf '%s' "$line" | grep -o 'http://[0-9.:]*')
}
stop_server() {
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
  exec 3<&-
}
login_cookie() {
  curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"person\":\"liu-xiaoyan\",\"password\":\"$password\"}" "$url/api/login" |
    grep -o 'duban_session=[0-9a-f]*'
}

# run_wrk NAME PATH: one timed run; appends a row to results.md.
run_wrk() {
  local name=$1 path=$2
  echo "== wrk $name: $path"
  wrk -t"$wrk_threads" -c"$connections" -d"$duration" --latency -H "Cookie: $cookie" "$url$path" \
    | tee "$out/wrk-$name.txt"
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' "$out/wrk-$name.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$out/wrk-$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$out/wrk-$name.txt")
  errors=$(grep -E 'Non-2xx|Socket errors' "$out/wrk-$name.txt" | tr '\n' ' ' || true)
  echo "| $name | \`$path\` | $rps | $p50 | $p99 | ${errors:-none} |" >>"$out/rows.md"
}

# cold PATH: the first request after a start, nothing cached yet.
cold() {
  curl -s -o /dev/null -w '%{http_code} %{size_download} bytes %{time_total} s' -H "Cookie: $cookie" "$url$1"
}

: >"$out/rows.md"
echo "== frozen clock ($now): every answer cached until the store changes"
start_server --now "$now"
cookie=$(login_cookie)
{
  echo "cold /api/status?week=$week: $(cold "/api/status?week=$week")"
  echo "cold /week?week=$week: $(cold "/week?week=$week")"
  echo "cold /api/status?day=2026-06-12: $(cold "/api/status?day=2026-06-12")"
} | tee "$out/cold.txt"
run_wrk status-week-json "/api/status?week=$week"
run_wrk week-page-html "/week?week=$week"
run_wrk status-day-json "/api/status?day=2026-06-12"

# Reads while a person writes twice a second (a note on one of their open
# tasks): each write is an event, so each one costs the next read a rebuild.
csrf=$(curl -s -H "Cookie: $cookie" "$url/api/me" | grep -o '"csrf_token":"[0-9a-f]*"' | cut -d'"' -f4)
task=$(curl -s -H "Cookie: $cookie" "$url/api/tasks?person=liu-xiaoyan" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
writes="$work/writes"
: >"$writes"
(
  while :; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Cookie: $cookie" -H "X-CSRF-Token: $csrf" \
      -H 'Content-Type: application/json' -d '{"text":"进展"}' "$url/api/tasks/$task/note" >>"$writes"
    sleep 0.5
  done
) &
writer=$!
run_wrk status-week-json-2-writes-per-s "/api/status?week=$week"
kill "$writer"; wait "$writer" 2>/dev/null || true
accepted=$(grep -c '^200 ' "$writes" || true)
slowest=$(awk '$1 == 200 {if ($2 > m) m = $2} END {printf "%.1f ms", m * 1000}' "$writes")
median=$(awk '$1 == 200 {print $2}' "$writes" | sort -n | awk '{a[NR] = $1} END {printf "%.1f ms", a[int((NR + 1) / 2)] * 1000}')
echo "writes during that run: $accepted accepted (median $median, slowest $slowest), $(grep -vc '^200 ' "$writes" || true) refused" |
  tee "$out/writes.txt"
stop_server

echo "== the wall clock: lights move with the minute, so each minute builds the report once"
start_server
cookie=$(login_cookie)
run_wrk status-week-json-wall-clock "/api/status?week=$week"
stop_server

{
  echo "# duban serve under wrk — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Store: $tasks tasks ($(grep -o '[0-9]* events' "$out/make_store.txt" | head -1)). wrk -t$wrk_threads -c$connections -d$duration on loopback, duban serve --threads $server_threads."
  echo
  echo "| run | path | requests/s | p50 | p99 | errors |"
  echo "|---|---|---|---|---|---|"
  cat "$out/rows.md"
  echo
  cat "$out/writes.txt"
  echo
  echo "First requests after start (nothing cached):"
  echo
  sed 's/^/    /' "$out/cold.txt"
} >"$out/results.md"
echo
cat "$out/results.md"
echo "results: $out"
