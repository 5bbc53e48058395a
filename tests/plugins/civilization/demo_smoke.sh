#!/usr/bin/env bash
# Smoke test: plays plugins/civilization/demo/play.sh in a fresh workspace
# and checks that the weekly status carries the campaign section.
# Usage: demo_smoke.sh DUBAN PLUGIN_DIR PLUGIN_SOURCE_DIR
set -euo pipefail
DUBAN=$1 PLUGIN_DIR=$2 SOURCE=$3
WS=$(mktemp -d)
trap 'rm -rf "$WS"' EXIT
"$DUBAN" init "$WS/ws" >/dev/null
python3 - "$WS/ws/duban.toml" "$PLUGIN_DIR" "$SOURCE/workflows" <<'PY'
import sys
path, plugin, workflows = sys.argv[1:]
text = open(path).read()
text = text.replace('dirs = ["workflows"]', f'dirs = ["workflows", "{workflows}"]', 1)
text = text.replace('[plugins]\ndirs = []',
                    f'[plugins]\ndirs = ["{plugin}"]\n\n[plugins.civilization]\ncampaign_lead = "li-wenhua"\n', 1)
open(path, "w").write(text)
PY
out=$("$SOURCE/demo/play.sh" "$DUBAN" "$WS/ws" 2>&1)
for expected in "【创文创卫】" "回头看不合格" "问题 finding-0004 整改逾期" "志愿服务时长（按人员）" "finding-0007"; do
  grep -q "$expected" <<<"$out" || { echo "missing: $expected"; echo "$out" | tail -40; exit 1; }
done
"$DUBAN" --workspace "$WS/ws" status --week 2026-W10 --now 2026-03-13T18:00 --format json | python3 -c '
import json, sys
status = json.load(sys.stdin)
section = next(s for s in status["sections"] if s["title"] == "创文创卫")
data = section["data"]
assert data["findings"]["found"] == 4, data["findings"]
assert data["patrols"]["total"] == 30, data["patrols"]
assert data["hours"]["total"] == 11.0, data["hours"]
print("ok: demo played; W10:", data["patrols"], "findings", data["findings"]["found"], "hours", data["hours"]["total"])
'
