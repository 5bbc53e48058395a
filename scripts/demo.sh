#!/usr/bin/env bash
# The demo: sets everything up, then shows what an administrator does first:
# create a workspace, validate it, draw a workflow graph, and preview the
# shipped workflows for a real week.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
duban="$PWD/build/default/framework/cli/duban"
demo_dir="${DUBAN_DEMO_DIR:-$(mktemp -d)}"
ws="$demo_dir/bureau"
rm -rf "$ws"

step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; }
run() { step "duban $*"; (cd "$ws" && "$duban" "$@"); }

step "duban init $ws"
"$duban" init "$ws"
run validate
run calendar show 2026-02
run calendar add 2026-02-13 2
run calendar add 2026-09-30 1
run graph weekly-planning --format table
run graph weekly-planning --format dot
if command -v dot >/dev/null; then
  (cd "$ws" && "$duban" graph weekly-planning --format dot | dot -Tsvg -o weekly-planning.svg)
  echo "(rendered with Graphviz: $ws/weekly-planning.svg)"
fi
run graph data-quality-check --format mermaid
# 2026-W07: the week before the Spring Festival, with a make-up Saturday.
for wf in weekly-planning friday-classroom; do
  run plan "$wf" --period 2026-W07 --dry-run
done
run plan monthly-report --period 2026-02 --dry-run
run plan quarterly-analysis --period 2026-Q1 --dry-run
run plan data-quality-check --period 2026-Q1 --dry-run
run plan responsibility-list --period 2026 --dry-run
# 2026-W40: National Day week; Friday is a holiday, so Friday work moves to Wednesday.
run plan weekly-planning --period 2026-W40 --dry-run
step "duban --format json plan weekly-planning --period 2026-W40 --dry-run   (first lines)"
(cd "$ws" && "$duban" --format json plan weekly-planning --period 2026-W40 --dry-run >plan-W40.json)
sed -n '1,30p' "$ws/plan-W40.json"
echo
echo "demo workspace: $ws"
