#!/usr/bin/env bash
# The demo: sets everything up, then plays a bureau's first fortnight. An
# administrator creates the workspace, enables the two shipped plugins,
# validates it, draws a workflow graph and previews the shipped workflows;
# then two working weeks of March 2026 are played day by day with --now — the
# bureau's weekly planning, the civilized-city campaign and village
# assistance side by side — ending with the status a team lead sees, the
# weekly score sheet, the duty rosters and the log check.
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
# The two shipped plugins, 创文创卫 (civilization) and 驻村帮扶 (village):
# name their built folders in duban.toml and copy their workflows in, as
# docs/plugin-guide.md tells an administrator to.
plugins="$PWD/build/default/plugins"
step "enable the civilization and village plugins in duban.toml; copy their workflows"
cp plugins/civilization/workflows/*.toml plugins/village/workflows/*.toml "$ws/workflows/"
python3 - "$ws/duban.toml" "$plugins" <<'PY'
import sys
path, built = sys.argv[1:]
text = open(path).read()
dirs = f'"{built}/civilization/duban_civilization", "{built}/village/duban_village"'
text = text.replace("[plugins]\ndirs = []",
                    f"[plugins]\ndirs = [{dirs}]\n\n"
                    "[plugins.civilization]\ncampaign_lead = \"li-wenhua\"   # 创文办负责人\n", 1)
open(path, "w").write(text)
PY
sed -n '/^\[plugins\]/,$p' "$ws/duban.toml"
run validate
run plugins list
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

# ---------------------------------------------------------------------------
# Tracking: two working weeks of March 2026, played day by day with --now.
# ---------------------------------------------------------------------------
# The plugins' plays (plugins/*/demo/play.sh) run beside the bureau's own
# work in the same workspace, one day at a time: each waits on a named pipe
# until play_day lets it play the day it has reached (see next_day there).
sync="$demo_dir/sync"
declare -A reached
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT
start_play() {
  local name=$1
  mkdir -p "$sync/$name"
  rm -f "$sync/$name/at" "$sync/$name/go"
  mkfifo "$sync/$name/at" "$sync/$name/go"
  DUBAN_DEMO_SYNC="$sync/$name" "plugins/$name/demo/play.sh" "$duban" "$ws" &
  read -r "reached[$name]" <"$sync/$name/at"
}
play_day() {
  local name
  for name in civilization village; do
    if [[ ${reached[$name]} == "$1" ]]; then
      echo go >"$sync/$name/go"
      read -r "reached[$name]" <"$sync/$name/at"
    fi
  done
}
finish_plays() {
  local name
  for name in civilization village; do
    [[ ${reached[$name]} == "exit 0" ]] || { echo "demo: the $name play stopped at: ${reached[$name]}" >&2; exit 1; }
  done
  wait
}
at() { local who=$1 when=$2; shift 2; step "duban --as $who --now $when $*"; (cd "$ws" && "$duban" --as "$who" --now "$when" "$@"); }
tick() { step "duban --now $1 tick"; (cd "$ws" && "$duban" --now "$1" tick | head -4); }
W=weekly-planning/2026-W10
F=friday-classroom/2026-W10

step "duban --now 2026-03-02T08:30 plan weekly-planning --period 2026-W10   (and W11, friday-classroom)"
(cd "$ws" && "$duban" --now 2026-03-02T08:30 plan weekly-planning --period 2026-W10 \
  && "$duban" --now 2026-03-02T08:30 plan weekly-planning --period 2026-W11 \
  && "$duban" --now 2026-03-02T08:30 plan friday-classroom --period 2026-W10 \
  && "$duban" --now 2026-03-02T08:30 plan friday-classroom --period 2026-W11)
run --now 2026-03-02T08:40 plan weekly-planning --period 2026-W10   # again: nothing changes
# The plugins' registers: responsibility areas; villages, households and their incomes.
start_play civilization
start_play village
tick 2026-03-02T09:00
play_day 2026-03-02

# Monday: the section chiefs acknowledge (签收) their summaries.
for who_unit in liu-xiaoyan:office zheng-wei:general yang-fan:industry lin-fang:trade song-tao:investment; do
  at "${who_unit%%:*}" 2026-03-02T10:00 task ack "$W/summary.${who_unit##*:}"
done
at song-tao 2026-03-02T11:00 task return "$W/summary.investment" --reason "本周由谢琳代为汇总"
at wang-zhiqiang 2026-03-02T14:00 task reassign "$W/summary.investment" --to xie-lin
at liu-xiaoyan 2026-03-02T15:00 task ack "$F/topic"
tick 2026-03-02T18:00

# Tuesday to Thursday: work starts; industry asks for more time, its leader approves.
play_day 2026-03-03
at yang-fan 2026-03-03T09:30 task start "$W/summary.industry"
at liu-xiaoyan 2026-03-03T10:00 task done "$F/topic"
play_day 2026-03-04
at yang-fan 2026-03-04T10:00 task extend "$W/summary.industry" --until 2026-03-09 --reason "等待重点企业补报快报数据"
at wang-zhiqiang 2026-03-04T11:00 task approve "$W/summary.industry"
play_day 2026-03-05
at li-wenhua 2026-03-05T16:00 task done "$F/prepare"
tick 2026-03-05T18:00

play_day 2026-03-06
# Friday: most summaries close on time; agriculture has not even acknowledged — the head chases it.
at liu-xiaoyan 2026-03-06T10:30 task done "$W/summary.office"
at zheng-wei 2026-03-06T11:00 task done "$W/summary.general"
at lin-fang 2026-03-06T11:40 task done "$W/summary.trade"
at xie-lin 2026-03-06T11:50 task done "$W/summary.investment"
at zhang-jianguo 2026-03-06T12:30 task chase "$W/summary.agriculture" --reason "周总结已超时，请今天下班前报送"
tick 2026-03-06T13:00
at li-wenhua 2026-03-06T16:30 task done "$F/lecture"
at feng-jun 2026-03-06T17:10 task done "$W/summary.agriculture"
tick 2026-03-06T18:00
run --now 2026-03-06T18:05 status --day 2026-03-06
play_day 2026-03-07

# The second week: the industry summary closes within its extension; the rest of the week's work.
# The dispatch meeting waits for every summary, the industry one included.
play_day 2026-03-09
at yang-fan 2026-03-09T09:30 task done "$W/summary.industry"
at zhang-jianguo 2026-03-09T10:00 task done "$W/dispatch"
for who_unit in liu-xiaoyan:office zheng-wei:general yang-fan:industry lin-fang:trade song-tao:investment feng-jun:agriculture; do
  at "${who_unit%%:*}" 2026-03-09T11:00 task done "$W/plan.${who_unit##*:}"
done
at liu-xiaoyan 2026-03-09T16:00 task done "$W/weekly-info"
at liu-xiaoyan 2026-03-09T11:00 task done "$F/attendance"
tick 2026-03-09T18:00
play_day 2026-03-10
for who_unit in liu-xiaoyan:office zheng-wei:general yang-fan:industry lin-fang:trade song-tao:investment feng-jun:agriculture; do
  at "${who_unit%%:*}" 2026-03-10T09:30 task ack "weekly-planning/2026-W11/summary.${who_unit##*:}"
done
F11=friday-classroom/2026-W11
at liu-xiaoyan 2026-03-10T10:00 task done "$F11/topic"
play_day 2026-03-11
play_day 2026-03-12
at li-wenhua 2026-03-12T11:00 task done "$F11/prepare"
at zheng-wei 2026-03-12T17:00 task done "weekly-planning/2026-W11/summary.general"
play_day 2026-03-13
for who_unit in liu-xiaoyan:office yang-fan:industry lin-fang:trade song-tao:investment; do
  at "${who_unit%%:*}" 2026-03-13T10:00 task done "weekly-planning/2026-W11/summary.${who_unit##*:}"
done
at zhang-jianguo 2026-03-13T11:00 task chase "weekly-planning/2026-W11/summary.agriculture" --reason "请于今日12时前报送"
at feng-jun 2026-03-13T11:50 task done "weekly-planning/2026-W11/summary.agriculture"
at zhang-jianguo 2026-03-13T15:00 task done "weekly-planning/2026-W11/dispatch"
at li-wenhua 2026-03-13T16:20 task done "$F11/lecture"
# Agriculture's plan for next week is still missing at the end of Friday.
for who_unit in liu-xiaoyan:office zheng-wei:general yang-fan:industry lin-fang:trade song-tao:investment; do
  at "${who_unit%%:*}" 2026-03-13T17:00 task done "weekly-planning/2026-W11/plan.${who_unit##*:}"
done
tick 2026-03-13T18:00
finish_plays

# What the head of the bureau sees at the end of the fortnight, the plugins'
# sections (创文创卫, 驻村帮扶) at the end of each status.
run --now 2026-03-13T18:10 status --day 2026-03-13
run --now 2026-03-13T18:10 status --week 2026-W11
run --now 2026-03-13T18:10 status --week 2026-W10 --unit industry
run --now 2026-03-13T18:10 task list --person feng-jun

# The weekly score sheet (周绩效考核得分表) for W10: the chiefs enter attendance and
# the other manual items; what is not entered stays 缺 (missing), never 0.
for person in yang-fan:wang-zhiqiang zhu-peng:yang-fan; do
  who=${person##*:}; whom=${person%%:*}
  at "$who" 2026-03-13T17:30 score enter --week 2026-W10 --person "$whom" --item attendance --value 100
  at "$who" 2026-03-13T17:31 score enter --week 2026-W10 --person "$whom" --item study --value 9
done
at wang-zhiqiang 2026-03-13T17:32 score enter --week 2026-W10 --person yang-fan --item information --value 5
at wang-zhiqiang 2026-03-13T17:33 score enter --week 2026-W10 --person yang-fan --item adopted_info --value 2
at yang-fan 2026-03-13T17:34 score enter --week 2026-W10 --person zhu-peng --item late_arrivals --value 1
step "duban --as zhu-peng score enter … --person zhu-peng   (refused: nobody enters their own scores)"
(cd "$ws" && "$duban" --as zhu-peng --now 2026-03-13T17:35 score enter --week 2026-W10 --person zhu-peng --item information --value 5) || echo "(exit $?)"
run --now 2026-03-13T18:10 score --week 2026-W10 --summary
run --now 2026-03-13T18:10 score --week 2026-W10 --unit industry
step "duban --format json score --week 2026-W10 --person yang-fan   (first lines)"
(cd "$ws" && "$duban" --format json --now 2026-03-13T18:10 score --week 2026-W10 --person yang-fan | sed -n '1,40p')
run log "$W/summary.industry"

# Rosters: the party-member volunteer teams for the next fortnight and the
# Friday classroom speakers for the second quarter; one swap, one leave, and
# the iCalendar files each volunteer imports into their phone.
run --now 2026-03-13T18:20 --as zheng-wei roster generate volunteer-roster --from 2026-03-16 --to 2026-03-29
run --now 2026-03-13T18:20 --as liu-xiaoyan roster generate friday-classroom-speakers --period 2026-Q2
run roster show volunteer-roster --person huang-jing
first=$(cd "$ws" && "$duban" --format json roster show volunteer-roster --person huang-jing |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["shifts"][0]["date"])')
other=$(cd "$ws" && "$duban" --format json roster show volunteer-roster --person peng-fei |
  python3 -c 'import json,sys; d=sys.argv[1]; print(next(s["date"] for s in json.load(sys.stdin)["shifts"] if s["date"]!=d and s["shift"]=="daily"))' "$first")
run --now 2026-03-13T18:30 --as zheng-wei roster swap volunteer-roster "huang-jing@$first" "peng-fei@$other" --reason 家中有事
run --now 2026-03-13T18:35 --as zheng-wei roster leave volunteer-roster sun-hao --from 2026-03-18 --to 2026-03-20 --reason 出差
run --now "${other}T08:00" status --day "$other" --person huang-jing
run --now 2026-03-13T18:40 --format ics roster export volunteer-roster --by person --out calendars-ics
step "head calendars-ics/huang-jing.ics"
head -20 "$ws/calendars-ics/huang-jing.ics"
run log --verify

# The web dashboard: passwords for a section chief, a leader in charge and the
# office chief (the workspace's administrator), set from standard input.
for who in yang-fan wang-zhiqiang liu-xiaoyan; do
  step "printf 'duban-demo\\n' | duban user passwd $who --password-stdin"
  (cd "$ws" && printf 'duban-demo\n' | "$duban" --now 2026-03-13T18:45 user passwd "$who" --password-stdin)
done
run user list
echo
echo "demo workspace: $ws"
echo "to open it in a browser (log in as yang-fan, password duban-demo):"
echo "  cd $ws && $duban --now 2026-03-13T18:10 serve    # then http://127.0.0.1:8080/"
