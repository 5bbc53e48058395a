#!/usr/bin/env bash
# End to end: the duban program loads the built plugin into a new workspace
# and runs its task kind, hook, command and report section, with the clock
# given on every command (--now), never the wall clock.
#
#   tests/end_to_end.sh DUBAN PLUGIN_DIR
#
# DUBAN is the duban program of the SDK the plugin was built against
# ($<TARGET_FILE:duban::duban>), PLUGIN_DIR the folder holding the plugin.
set -euo pipefail
duban=$1 plugin_dir=$2
here=$(cd "$(dirname "$0")/.." && pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/duban-hello-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "end_to_end: $*" >&2; exit 1; }
# expect_in TEXT WANTED: TEXT holds WANTED (a fixed string).
expect_in() { grep -qF -- "$2" <<<"$1" || fail "expected '$2' in: $1"; }

# A workspace from duban's shipped examples, naming the plugin's folder and
# configuring it, with the example workflow added.
"$duban" init "$work/ws" >/dev/null
cd "$work/ws"
sed -i "s|^dirs = \[\]$|dirs = [\"$plugin_dir\"]\n\n[plugins.hello]\ngreeting = \"你好\"|" duban.toml
cp "$here/workflows/hello-demo.toml" workflows/

info=$("$duban" plugins info hello)
expect_in "$info" "hello 1.0.0 (已加载)"
expect_in "$info" "task kind hello.greet"
expect_in "$info" 'config [plugins.hello]: {"greeting":"你好"}'
"$duban" validate >/dev/null

# Planned at 08:00; the greeting is handed over at 09:00 and run by the tick.
run=hello-demo/2026-03-09
"$duban" plan hello-demo --period 2026-03-09 --now 2026-03-09T08:00 >/dev/null
expect_in "$("$duban" tick --now 2026-03-09T10:00 --format json)" "$run/greet: 你好, 你好, office!"
expect_in "$("$duban" task show $run/greet --format json)" '"state": "done"'

# Closing the human task fires the hook, which thanks its owner.
"$duban" task done $run/read --as liu-xiaoyan --now 2026-03-09T11:00 >/dev/null
greetings=$("$duban" hello list)
expect_in "$greetings" "你好, 你好, office!"
expect_in "$greetings" "Thank you, 刘晓燕!"
expect_in "$("$duban" status --day 2026-03-09 --now 2026-03-09T12:00)" "2 greeting(s) in 2026-03-09"

# A params value out of range is a configuration error with its position.
sed -i 's/times = 2/times = 9/' workflows/hello-demo.toml
if errors=$("$duban" validate 2>&1); then fail "validate accepted times = 9"; fi
expect_in "$errors" "workflows/hello-demo.toml:16:29: error: 'times' must be at most 3 (is 9)"
echo "end_to_end: the hello plugin loads and works"
