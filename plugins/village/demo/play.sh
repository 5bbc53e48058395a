#!/usr/bin/env bash
# A fortnight of village assistance (驻村帮扶) and return-to-poverty
# monitoring (防止返贫监测), 2026-03-02 … 2026-03-13, played with --now.
#
#   DUBAN=/path/to/duban plugins/village/demo/play.sh WORKSPACE
#   plugins/village/demo/play.sh /path/to/duban WORKSPACE
#
# WORKSPACE's duban.toml must already load the plugin
# ([plugins] dirs = [".../duban_village"]). The monthly workflow is copied
# into its workflows/ folder if it is not there yet.
set -euo pipefail

if [[ $# -ge 2 ]]; then DUBAN=$1; shift; fi
DUBAN=${DUBAN:-duban}
ws=${1:?usage: DUBAN=… play.sh WORKSPACE}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; }
# at PERSON TIME ARGS…: one command by PERSON at TIME.
at() {
  local who=$1 when=$2
  shift 2
  step "duban --as $who --now $when $*"
  (cd "$ws" && "$DUBAN" --as "$who" --now "$when" "$@")
}
tick() { step "duban --now $1 tick"; (cd "$ws" && "$DUBAN" --now "$1" tick); }

# scripts/demo.sh plays this beside the bureau's own fortnight, one day at a
# time: it sets DUBAN_DEMO_SYNC to a folder with two named pipes; the play says
# which day it has reached on "at" and waits for "go" before playing it.
# Alone (no DUBAN_DEMO_SYNC) the play runs straight through.
if [[ -n ${DUBAN_DEMO_SYNC:-} ]]; then
  trap 'echo "exit $?" >"$DUBAN_DEMO_SYNC/at"' EXIT
fi
next_day() {
  [[ -n ${DUBAN_DEMO_SYNC:-} ]] || return 0
  echo "$1" >"$DUBAN_DEMO_SYNC/at"
  read -r _ <"$DUBAN_DEMO_SYNC/go"
}

mkdir -p "$ws/workflows"
cp -n "$here/../workflows/village-monthly.toml" "$ws/workflows/" 2>/dev/null || true

# ---------------------------------------------------------------- registers
# 农业农村科 (chief 冯军, feng-jun) keeps the registers; the leaders named on
# a village visit it every month (包村领导).
day=2026-03-02T08:30
at feng-jun $day village village add --id xiaohe --name 小河村 --township 城关镇 \
  --team cao-ying,peng-fei --leaders zhao-liping
at feng-jun $day village village add --id shiqiao --name 石桥村 --township 河西乡 \
  --team yuan-yuan --leaders li-wenhua

# household ID HEAD MEMBERS VILLAGE CATEGORY RISKS LABOUR GUARANTEES CADRE
household() {
  at feng-jun $day village household add --id "$1" --head "$2" --members "$3" --village "$4" \
    --category "$5" --risks "$6" --labour "$7" --guarantees "$8" --cadre "$9" \
    --identified 2025-08-20
}
household xiaohe-001 王大山 4 xiaohe 脱贫不稳定户 job yes yes cao-ying
household xiaohe-002 李秀英 2 xiaohe 边缘易致贫户 disability,labour no yes cao-ying
household xiaohe-003 赵铁柱 5 xiaohe 突发严重困难户 illness yes yes peng-fei
household shiqiao-001 陈桂兰 3 shiqiao 边缘易致贫户 housing yes no yuan-yuan
household shiqiao-002 周建军 4 shiqiao 脱贫不稳定户 job,business yes yes peng-fei
household shiqiao-003 刘小红 3 shiqiao 突发严重困难户 accident yes yes cao-ying

# Six months of per-person income, September to February (the line of 8050
# a year is 670.8 a month).
incomes() {
  local id=$1
  shift
  local months=(2025-09 2025-10 2025-11 2025-12 2026-01 2026-02)
  local amounts=("$@")
  step "incomes of $id, 2025-09 … 2026-02: ${amounts[*]}"
  for i in "${!months[@]}"; do
    (cd "$ws" && "$DUBAN" --as feng-jun --now $day village income --household "$id" \
      --month "${months[$i]}" --amount "${amounts[$i]}")
  done
}
incomes xiaohe-001 820 840 860 880 900 910   # above the line six months
incomes xiaohe-002 900 900 900 900 900 900   # above, but no labour capacity
incomes xiaohe-003 700 720 520 690 710 730   # November below the line
incomes shiqiao-001 760 760 780 780 790 800  # above, but housing not secure
incomes shiqiao-002 610 600 590 620 640 650  # below: needs a job
incomes shiqiao-003 420 410 400 380 390 400  # an accident: needs assistance
at feng-jun $day village household list

# ------------------------------------------------------------ the fortnight
# First workday of March: tick opens village-monthly/2026-03, which plans the
# leaders' visits and reviews February's incomes (risk-review).
next_day 2026-03-02
tick 2026-03-02T09:00

# Measures, each a task for a cadre.
day=2026-03-02T10:00
at feng-jun $day village measure --household shiqiao-002 --type 就业 --owner peng-fei \
  --due 2026-03-10 --note "对接县城物流园招工，推荐周建军应聘分拣员"
at feng-jun $day village measure --household shiqiao-003 --type 临时救助 --owner cao-ying \
  --due 2026-03-06 --note "意外事故致医疗支出骤增，申请临时救助"
at feng-jun $day village measure --household shiqiao-001 --type 住房 --owner yuan-yuan \
  --due 2026-03-09 --note "危房鉴定并申报农村危房改造"

# The monthly leadership visit: a water pump for the spring irrigation.
next_day 2026-03-05
at zhao-liping 2026-03-05T15:00 village visit --village xiaohe \
  --issues "春灌用水困难；蔬菜大棚闲置缺承租人" \
  --resources "协调120米扬程大功率水泵一台；发动社会力量为蔬菜大棚寻找承租人" --with feng-jun
tick 2026-03-05T18:00

# Social assistance paid: the cadre closes the task; the hook records the outcome.
next_day 2026-03-06
at cao-ying 2026-03-06T11:00 task done village-measures/2026-03/m-0002 \
  --reason "已发放临时救助金3000元，纳入重点监测"
tick 2026-03-06T18:00

# A job found.
next_day 2026-03-09
at peng-fei 2026-03-09T16:00 village measure done --measure m-0001 \
  --outcome "周建军已在县城物流园就业，月工资3200元"
next_day 2026-03-10
at li-wenhua 2026-03-10T10:00 village visit --village shiqiao \
  --issues "村道破损；两户危房改造进度" --resources "对接交通局纳入村道修缮计划"
tick 2026-03-10T18:00   # the housing measure (due 9 March) is now overdue
next_day 2026-03-12
tick 2026-03-12T18:00

# The monthly assessment of the risk-cleared rule (风险消除), by hand.
next_day 2026-03-13
at feng-jun 2026-03-13T16:00 village assess --month 2026-02
at feng-jun 2026-03-13T16:05 village measure list
tick 2026-03-13T18:00

# Driven by scripts/demo.sh, the demo shows the whole bureau's week instead.
if [[ -z ${DUBAN_DEMO_SYNC:-} ]]; then
  step "duban --now 2026-03-13T18:10 status --week 2026-W11"
  (cd "$ws" && "$DUBAN" --now 2026-03-13T18:10 status --week 2026-W11)
fi
