#!/usr/bin/env bash
# bench/store/run_bench.sh — duban's store at 10,000 and 100,000 tasks, timed as
# whole processes, beside Taskwarrior 2.6 on the same tasks, on the same
# machine in the same run. See bench/store/README.md.
#
#   bench/store/run_bench.sh            # everything: about 5 minutes on 2 cores, plus the build
#
# Environment (all optional):
#   SIZES="10000 100000"  task counts
#   RUNS=20 WARMUP=3      timed and warm-up runs per duban command (hyperfine)
#   TW_RUNS=10            Taskwarrior runs per command up to 10,000 tasks …
#   TW_RUNS_BIG=3         … and above (each one can take seconds to minutes)
#   TW_TIMEOUT=300        seconds after which a Taskwarrior run is cut off ("> 300 s")
#   TW_ALL_PENDING=1      also time the same tasks imported all pending (0: skip)
#   PROFILE=1             also run bench_profile_store (where duban's time goes)
#   WHATIF=1              also time duban without the WAL checkpoint when a process
#                         closes the store (an LD_PRELOAD shim, libbench_keep_wal.so):
#                         an experiment, not duban as built (0: skip)
#   BUILD_DIR=DIR         the build folder to build in and take the programs from
#                         (default build/default, built with --preset default)
#   OUT=DIR               results (default BUILD_DIR/bench/store/results/DATE)
#   KEEP=1                keep the temporary workspaces and Taskwarrior data
#   NO_BUILD=1            do not run cmake --build first
set -euo pipefail
export LC_NUMERIC=C  # EPOCHREALTIME and awk with a decimal point

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
if [ -n "${BUILD_DIR:-}" ]; then
  build=$(realpath -m "$BUILD_DIR")
else
  build=$repo/build/default
fi
sizes=${SIZES:-"10000 100000"}
runs=${RUNS:-20}
warmup=${WARMUP:-3}
tw_runs=${TW_RUNS:-10}
tw_runs_big=${TW_RUNS_BIG:-3}
tw_timeout=${TW_TIMEOUT:-300}
tw_all_pending=${TW_ALL_PENDING:-1}
profile=${PROFILE:-1}
whatif=${WHATIF:-1}
now="2026-06-12T17:00"
week="2026-W24"
day="2026-06-12"
person="liu-xiaoyan"
stamp=$(date +%Y%m%dT%H%M%S)
out=${OUT:-$build/bench/store/results/$stamp}
mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/duban-bench-store.XXXXXX")
script_start=$EPOCHREALTIME

cleanup() {
  if [ "${KEEP:-0}" = 1 ]; then
    echo "kept: $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

say() { printf '\n== %s\n' "$*"; }
ms_between() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f\n", (b - a) * 1000 }'; }
median() {  # numbers on stdin → their median ("n/a" if none)
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "n/a"; exit }
    if (NR % 2) printf "%.1f\n", v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
# Medians (s) of a hyperfine JSON export, in ms, one per result.
hyperfine_medians_ms() {
  sed -n 's/^ *"median": *\([0-9.eE+-]*\).*/\1/p' "$1" | awk '{ printf "%.3f\n", $1 * 1000 }'
}

# Mean user+system CPU (ms) over the results of a hyperfine JSON export.
hyperfine_cpu_ms() {
  [ -f "$1" ] || { echo ""; return; }
  awk '/^ *"user":/ { gsub(/[",]/, "", $2); u += $2; n++ } /^ *"system":/ { gsub(/[",]/, "", $2); s += $2 }
    END { if (n) printf "%.1f\n", (u + s) * 1000 / n }' "$1"
}

# --- build and tools ---------------------------------------------------------

targets=(duban bench_make_store bench_profile_store bench_keep_wal)
if [ "${NO_BUILD:-0}" != 1 ]; then
  if [ -n "${BUILD_DIR:-}" ]; then
    # Another build folder (e.g. one of your own while someone else builds in
    # build/default): configured like the default preset if it is new.
    say "build ($build, 2 jobs)"
    [ -f "$build/build.ninja" ] ||
      cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDUBAN_WERROR=ON \
        >/dev/null
    cmake --build "$build" -j2 --target "${targets[@]}"
  else
    say "build (cmake --build --preset default, 2 jobs)"
    cd "$repo"
    [ -f "$build/build.ninja" ] || cmake --preset default >/dev/null
    cmake --build --preset default -j2 --target "${targets[@]}"
  fi
fi
for b in "$build/framework/cli/duban" "$build/bench/store/bench_make_store"; do
  [ -x "$b" ] || { echo "run_bench: $b is missing (build it first)" >&2; exit 1; }
done
# The build folder is shared: a rebuild during the run would swap the program
# or libduban.so under the timed runs. Time a private copy instead (RUNPATH
# gives way to LD_LIBRARY_PATH).
bin=$work/bin
mkdir -p "$bin"
cp "$build/framework/cli/duban" "$build/bench/store/bench_make_store" "$bin/"
cp -L "$build/framework/libduban.so.0" "$bin/"
for extra in bench/store/bench_profile_store bench/store/libbench_keep_wal.so; do
  [ ! -e "$build/$extra" ] || cp "$build/$extra" "$bin/"
done
export LD_LIBRARY_PATH=$bin${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
duban=$bin/duban
make_store=$bin/bench_make_store
profile_store=$bin/bench_profile_store
shim=$bin/libbench_keep_wal.so

install_if_missing() {  # COMMAND PACKAGE
  command -v "$1" >/dev/null && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "installing $2"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null 2>&1; } ||
      true
  fi
  command -v "$1" >/dev/null
}
have_hyperfine=1
install_if_missing hyperfine hyperfine || have_hyperfine=0
have_task=1
install_if_missing task taskwarrior || have_task=0
[ "$have_hyperfine" = 1 ] || echo "hyperfine is not available: timing with a bash loop (EPOCHREALTIME)"
[ "$have_task" = 1 ] || echo "taskwarrior is not available: its columns stay empty"

# --- timing ------------------------------------------------------------------

# time_loop NAME WARMUP RUNS TIMEOUT_S CMD...: whole-process wall times with
# bash's EPOCHREALTIME (no fork besides the command). Writes NAME.times (ms,
# one per run) and prints the median in ms, or "> TIMEOUT s" when a run is
# cut off (the runs stop there).
time_loop() {
  local name=$1 w=$2 r=$3 limit=$4
  shift 4
  local i t0 t1 rc
  : >"$out/$name.times"
  for ((i = 0; i < w + r; i++)); do
    t0=$EPOCHREALTIME
    rc=0
    timeout "$limit" "$@" >/dev/null 2>>"$out/$name.stderr" || rc=$?
    t1=$EPOCHREALTIME
    if [ "$rc" = 124 ]; then
      echo "> $limit s" >"$out/$name.median"
      echo "> $limit s"
      return 0
    fi
    [ "$rc" = 0 ] || { echo "run_bench: '$*' failed ($rc), see $out/$name.stderr" >&2; exit 1; }
    if ((i >= w)); then
      ms_between "$t0" "$t1" >>"$out/$name.times"
    fi
  done
  median <"$out/$name.times" | tee "$out/$name.median"
}

# time_cmd NAME CMD...: hyperfine (--warmup, --runs, -N: no shell), exporting
# NAME.json and NAME.md; prints the median in ms.
time_cmd() {
  local name=$1
  shift
  if [ "$have_hyperfine" = 1 ]; then
    hyperfine -N --style basic --warmup "$warmup" --runs "$runs" \
      --export-json "$out/$name.json" --export-markdown "$out/$name.md" -- "$*" \
      >"$out/$name.hyperfine.txt" 2>&1 ||
      { cat "$out/$name.hyperfine.txt" >&2; exit 1; }
    hyperfine_medians_ms "$out/$name.json" | median | tee "$out/$name.median"
  else
    time_loop "$name" "$warmup" "$runs" 600 "$@"
  fi
}

# time_done NAME PERSON IDS...: `task done` of a different open task in each
# run (a done task cannot be done again): WARMUP untimed ones first, then one
# hyperfine benchmark of one run per task (-L), or the bash loop.
time_done() {
  local name=$1 who=$2 ws=$3
  shift 3
  local ids=("$@") i
  local base=("$duban" --workspace "$ws" --now "$now" --as "$who" task "done")
  for ((i = 0; i < warmup; i++)); do "${base[@]}" "${ids[i]}" >/dev/null; done
  local timed=("${ids[@]:warmup}")
  if [ "$have_hyperfine" = 1 ]; then
    local list
    list=$(IFS=,; echo "${timed[*]}")
    hyperfine -N --style basic --runs 1 -L task "$list" \
      --export-json "$out/$name.json" --export-markdown "$out/$name.md" -- "${base[*]} {task}" \
      >"$out/$name.hyperfine.txt" 2>&1 ||
      { cat "$out/$name.hyperfine.txt" >&2; exit 1; }
    hyperfine_medians_ms "$out/$name.json" >"$out/$name.times"
  else
    : >"$out/$name.times"
    local t0 t1
    for id in "${timed[@]}"; do
      t0=$EPOCHREALTIME
      "${base[@]}" "$id" >/dev/null
      t1=$EPOCHREALTIME
      ms_between "$t0" "$t1" >>"$out/$name.times"
    done
  fi
  median <"$out/$name.times" | tee "$out/$name.median"
}

# Taskwarrior with its own TASKRC and data folder under DIR: the defaults a
# user gets (gc, recurrence, verbose, urgency …), plus what a script needs:
# confirmation=off (import and bulk changes would ask) and news.version (or
# every command nags about 'task news').
tw_setup() {  # DIR JSON_FILE → prints the import time in ms
  local dir=$1 json=$2 t0 t1
  mkdir -p "$dir/data"
  printf 'data.location=%s\nconfirmation=off\nnews.version=2.6.0\n' "$dir/data" >"$dir/taskrc"
  t0=$EPOCHREALTIME
  TASKRC=$dir/taskrc timeout 3600 task import "$json" >"$dir/import.log" 2>&1 ||
    { tail -5 "$dir/import.log" >&2; echo "run_bench: task import failed" >&2; exit 1; }
  t1=$EPOCHREALTIME
  ms_between "$t0" "$t1"
}

# tw_time NAME DIR N WHAT: one untimed run first when N is small (caches,
# and the first command after an import may collect garbage), then the runs.
tw_time() {
  local name=$1 dir=$2 n=$3 what=$4 r w
  if ((n <= 10000)); then r=$tw_runs; w=1; else r=$tw_runs_big; w=0; fi
  time_loop "$name" "$w" "$r" "$tw_timeout" env TASKRC="$dir/taskrc" task "$what"
}

# --- the runs ------------------------------------------------------------------

{
  echo "date: $(date -Iseconds)"
  echo "machine: $(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/Mem:/ {print $2 " GB"}') RAM, kernel $(uname -r)"
  echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "duban: $("$duban" --version 2>/dev/null || echo '?'), copied from $build"
  [ "$have_hyperfine" = 1 ] && echo "hyperfine: $(hyperfine --version)"
  [ "$have_task" = 1 ] && echo "taskwarrior: $(task --version 2>/dev/null)"
} | tee "$out/machine.txt"

say "process floor: duban --version, and status --week on an empty workspace"
"$duban" init "$work/ws-empty" >/dev/null
floor_version=$(time_cmd floor-version "$duban" --version)
floor_empty=$(time_cmd floor-empty-status "$duban" --workspace "$work/ws-empty" --now "$now" status --week "$week")
echo "duban --version: $floor_version ms; status --week, empty store: $floor_empty ms"

declare -A row whatif_row cpu_row
for n in $sizes; do
  ws=$work/ws-$n
  say "N = $n: building the store"
  "$duban" init "$ws" >/dev/null
  "$make_store" "$ws" "$n" --taskwarrior "$work/tw-$n.json" --open-tasks "$work/open-$n.tsv" |
    tee "$out/make-store-$n.txt"
  if ((n <= 10000)); then
    "$duban" --workspace "$ws" log --verify | tee "$out/verify-$n.txt"
  fi
  # Flush the new file now, or the fsyncs of the timed `task done`s would wait
  # behind the kernel writing back hundreds of megabytes.
  sync

  say "N = $n: duban (median of $runs whole-process runs after $warmup warm-up runs)"
  q=("$duban" --workspace "$ws" --now "$now")
  week_ms=$(time_cmd "duban-$n-status-week" "${q[@]}" status --week "$week")
  echo "status --week $week: $week_ms ms"
  day_ms=$(time_cmd "duban-$n-status-day" "${q[@]}" status --day "$day")
  echo "status --day $day: $day_ms ms"
  list_ms=$(time_cmd "duban-$n-task-list" "${q[@]}" task list --person "$person")
  echo "task list --person $person: $list_ms ms"
  json_ms=$(time_cmd "duban-$n-status-week-json" "${q[@]}" --format json status --week "$week")
  echo "status --week $week --format json: $json_ms ms"

  # The owner with the most open tasks closes a different one in each run.
  who=$(cut -f2 "$work/open-$n.tsv" | sort | uniq -c | sort -k1,1nr -k2 | awk 'NR == 1 { print $2 }')
  mapfile -t open_ids < <(awk -F'\t' -v p="$who" '$2 == p { print $1 }' "$work/open-$n.tsv")
  need=$((warmup + runs))
  done_runs=$runs
  if ((${#open_ids[@]} < need)); then
    done_runs=$((${#open_ids[@]} - warmup))
    echo "only ${#open_ids[@]} open tasks of $who: $done_runs timed dones"
    ((done_runs >= 1)) || { echo "run_bench: too few open tasks to time task done" >&2; exit 1; }
  fi
  done_ms=$(time_done "duban-$n-task-done" "$who" "$ws" "${open_ids[@]:0:warmup + done_runs}")
  echo "task done (as $who, $done_runs different tasks): $done_ms ms"

  if [ "$profile" = 1 ] && [ -x "$profile_store" ]; then
    say "N = $n: where duban's time goes (bench_profile_store)"
    extra=()
    for id in "${open_ids[@]:warmup + done_runs:5}"; do extra+=(--done "$id" --as "$who"); done
    "$profile_store" "$ws" --now "$now" --week "$week" --day "$day" --person "$person" \
      --runs "$((n > 10000 ? 5 : 10))" "${extra[@]}" | tee "$out/profile-$n.txt"
  fi

  wk_week="" wk_done=""
  if [ "$whatif" = 1 ] && [ -f "$shim" ]; then
    say "N = $n: what-if — no WAL checkpoint when a process closes the store (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, LD_PRELOAD shim)"
    # Someone else's open tasks: the first owner's are used up.
    who2=$(cut -f2 "$work/open-$n.tsv" | grep -vx "$who" | sort | uniq -c | sort -k1,1nr -k2 |
      awk 'NR == 1 { print $2 }')
    mapfile -t open2 < <(awk -F'\t' -v p="$who2" '$2 == p { print $1 }' "$work/open-$n.tsv")
    n2=$((${#open2[@]} - warmup))
    ((n2 <= runs)) || n2=$runs
    if ((n2 >= 1)); then
      wk_done=$(LD_PRELOAD=$shim time_done "whatif-keepwal-$n-task-done" "$who2" "$ws" "${open2[@]:0:warmup + n2}")
      echo "task done (as $who2, $n2 different tasks): $wk_done ms"
    fi
    # After those dones, as a reader would meet it: the WAL still holds them.
    wk_week=$(LD_PRELOAD=$shim time_cmd "whatif-keepwal-$n-status-week" "${q[@]}" status --week "$week")
    echo "status --week: $wk_week ms"
  fi

  tw_sum="" tw_next="" tw_import="" twp_sum="" twp_next="" twp_import=""
  if [ "$have_task" = 1 ]; then
    say "N = $n: Taskwarrior, same tasks and proportions (pending/completed/deleted)"
    tw_import=$(tw_setup "$work/tw-$n" "$work/tw-$n.json")
    echo "task import: $tw_import ms ($(tail -1 "$work/tw-$n/import.log"))"
    tw_sum=$(tw_time "tw-$n-summary" "$work/tw-$n" "$n" summary)
    echo "task summary: $tw_sum ms"
    tw_next=$(tw_time "tw-$n-next" "$work/tw-$n" "$n" next)
    echo "task next: $tw_next ms"
    if [ "$tw_all_pending" = 1 ]; then
      say "N = $n: Taskwarrior, the same tasks all pending (its worst case)"
      sed -e 's/"end":"[0-9TZ]*",//' -e 's/"status":"\(completed\|deleted\)"/"status":"pending"/' \
        "$work/tw-$n.json" >"$work/twp-$n.json"
      twp_import=$(tw_setup "$work/twp-$n" "$work/twp-$n.json")
      echo "task import: $twp_import ms"
      twp_sum=$(tw_time "twp-$n-summary" "$work/twp-$n" "$n" summary)
      echo "task summary: $twp_sum ms"
      twp_next=$(tw_time "twp-$n-next" "$work/twp-$n" "$n" next)
      echo "task next: $twp_next ms"
    fi
  fi
  row[$n]="$week_ms|$day_ms|$list_ms|$done_ms|$tw_sum|$tw_next|$twp_sum|$twp_next|$tw_import|$twp_import|$json_ms"
  whatif_row[$n]="$wk_week|$wk_done"
  cpu_row[$n]=""
  for name in duban-$n-status-week duban-$n-status-day duban-$n-task-list duban-$n-task-done \
    whatif-keepwal-$n-status-week whatif-keepwal-$n-task-done; do
    cpu_row[$n]+="$(hyperfine_cpu_ms "$out/$name.json")|"
  done
  rm -rf "$work/tw-$n" "$work/twp-$n" "$work/twp-$n.json"
  [ "${KEEP:-0}" = 1 ] || rm -rf "$ws"
done

# --- the table -----------------------------------------------------------------

faster() {  # A B: the smaller of two medians ("> N s" counts as larger)
  local a=$1 b=$2
  if [ -z "$a" ] || [[ $a == ">"* ]]; then echo "$b"; return; fi
  if [ -z "$b" ] || [[ $b == ">"* ]]; then echo "$a"; return; fi
  awk -v a="$a" -v b="$b" 'BEGIN { print (a + 0 < b + 0) ? a : b }'
}
ratio() {  # TW_MS DUBAN_MS → "N×" (Taskwarrior ÷ duban), "> N×" after a timeout
  local tw=$1 d=$2
  case $tw in
    "" | n/a) echo "" ;;
    ">"*) awk -v t="${tw#> }" -v d="$d" 'BEGIN { printf "> %.0f×", t * 1000 / d }' ;;
    *) awk -v t="$tw" -v d="$d" 'BEGIN { printf "%.1f×", t / d }' ;;
  esac
}
fmt() { case $1 in "" ) echo "–" ;; ">"*) echo "$1" ;; *) echo "$1 ms" ;; esac; }

{
  echo
  echo "Medians, whole processes, wall clock (duban: $runs runs after $warmup warm-up; task done: a different open task per run;"
  echo "Taskwarrior: $tw_runs runs up to 10,000 tasks after 1 untimed, $tw_runs_big above; cut off at $tw_timeout s)."
  echo "ratio = Taskwarrior's faster report (summary or next) ÷ duban status --week."
  echo
  echo "| N | duban status --week | status --day | task list --person | task done | taskwarrior summary | taskwarrior next | ratio |"
  echo "|---|---|---|---|---|---|---|---|"
  for n in $sizes; do
    IFS='|' read -r w d l dn ts tn ps pn ti pi j <<<"${row[$n]}"
    echo "| $n | $(fmt "$w") | $(fmt "$d") | $(fmt "$l") | $(fmt "$dn") | $(fmt "$ts") | $(fmt "$tn") | $(ratio "$(faster "$ts" "$tn")" "$w") |"
  done
  if [ "$tw_all_pending" = 1 ] && [ "$have_task" = 1 ]; then
    echo
    echo "Taskwarrior with the same tasks all pending (none completed), for reference:"
    echo
    echo "| N | taskwarrior summary | taskwarrior next | import | ratio (faster ÷ duban status --week) |"
    echo "|---|---|---|---|---|"
    for n in $sizes; do
      IFS='|' read -r w d l dn ts tn ps pn ti pi j <<<"${row[$n]}"
      echo "| $n | $(fmt "$ps") | $(fmt "$pn") | $(fmt "$pi") | $(ratio "$(faster "$ps" "$pn")" "$w") |"
    done
  fi
  if [ "$whatif" = 1 ] && [ -f "$shim" ]; then
    echo
    echo "What-if (an experiment on the same stores, not duban as built): no WAL checkpoint when a"
    echo "process closes the store (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, LD_PRELOAD shim), beside duban"
    echo "as built; its task done closes other open tasks, its status --week runs after those dones:"
    echo
    echo "| N | task done as built | task done, no checkpoint | status --week as built | status --week, no checkpoint |"
    echo "|---|---|---|---|---|"
    for n in $sizes; do
      IFS='|' read -r w d l dn ts tn ps pn ti pi j <<<"${row[$n]}"
      IFS='|' read -r kw kd <<<"${whatif_row[$n]}"
      echo "| $n | $(fmt "$dn") | $(fmt "$kd") | $(fmt "$w") | $(fmt "$kw") |"
    done
  fi
  if [ "$have_hyperfine" = 1 ]; then
    echo
    echo "duban's CPU time (user + system, mean per run; less sensitive than wall time to other load):"
    echo
    echo "| N | status --week | status --day | task list --person | task done | what-if: status --week | what-if: task done |"
    echo "|---|---|---|---|---|---|---|"
    for n in $sizes; do
      IFS='|' read -r a b c d e f <<<"${cpu_row[$n]}"
      echo "| $n | $(fmt "$a") | $(fmt "$b") | $(fmt "$c") | $(fmt "$d") | $(fmt "$e") | $(fmt "$f") |"
    done
  fi
  echo
  echo "Also: duban --version $floor_version ms; status --week on an empty store $floor_empty ms;"
  for n in $sizes; do
    IFS='|' read -r w d l dn ts tn ps pn ti pi j <<<"${row[$n]}"
    echo "  N=$n: status --week --format json $j ms; Taskwarrior import $(fmt "$ti")"
  done
  echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg); script time: $(awk -v a="$script_start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f s", b - a }')"
  echo "results: $out"
} | tee "$out/results.md"
