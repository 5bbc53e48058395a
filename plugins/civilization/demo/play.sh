#!/usr/bin/env bash
# A fortnight of the civilized-city campaign (创文创卫), 2026-03-02 … 2026-03-13.
#
# Usage: play.sh DUBAN WORKSPACE   (or DUBAN=… play.sh WORKSPACE)
# The workspace's duban.toml must already load the plugin, name its
# workflows folder and set [plugins.civilization] campaign_lead (see the
# plugin's README). Each step runs with --now, so the play is the same on
# every machine. Called from scripts/demo.sh.
#
# What happens: six areas are added; every working day `tick` opens the
# daily run and the dispatch creates a patrol per area; team leaders close
# most patrols; seven problems are found and go through rectification →
# 回头看 → 销号 (one fails its check and goes round again, one passes its
# deadline and is flagged overdue, three are still open at the end); volunteers' hours are recorded; each Friday the weekly dispatch
# rolls the week up; the play ends with `status --week 2026-W11`.
set -euo pipefail

if [[ $# -ge 2 ]]; then DUBAN=$1; WS=$2; else WS=${1:?usage: play.sh DUBAN WORKSPACE}; fi
: "${DUBAN:?set DUBAN to the duban binary}"

d() { "$DUBAN" --workspace "$WS" "$@"; }
say() { printf '\n== %s\n' "$*"; }
# civ NOW AS ARGS…: a plugin command at time NOW, acting as AS ("-" for nobody).
civ() {
  local now=$1 as=$2
  shift 2
  if [[ $as == - ]]; then d civilization "$@" --now "$now"; else d civilization "$@" --now "$now" --as "$as"; fi
}
tick() { d tick --now "$1" >/dev/null; echo "tick $1"; }
done_task() { d task done "$1" --now "$2" --as "$3" >/dev/null && echo "办结 $1（$3）"; }
# patrols DATE TIME AREA…: the team leaders close that day's patrols of these areas.
patrols() {
  local day=$1 time=$2
  shift 2
  for area in "$@"; do
    done_task "civilization-daily/$day/patrol-$area" "${day}T$time" "$(leader_of "$area")"
  done
}
leader_of() {
  case $1 in
    xingfu-yard | nongji-yard) echo zheng-wei ;;
    jiefang-rd | renmin-rd) echo yang-fan ;;
    *) echo lin-fang ;;
  esac
}
# finding NOW AS AREA TEXT [options…]: records a finding, prints it, sets $F to its id.
finding() {
  local out
  out=$(civ "$1" "$2" finding --area "$3" --text "$4" "${@:5}")
  echo "$out"
  F=$(grep -o 'finding-[0-9]*' <<<"$out" | head -1)
}
rectify() { echo "civilization-rectify/2026-03/rectify-$1"; }
check() { echo "civilization-rectify/2026-03/check-$1"; }

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

ALL=(xingfu-yard nongji-yard jiefang-rd renmin-rd renmin-jianshe station-sq)

say "责任区"
civ 2026-03-01T10:00 - area add --id xingfu-yard --kind compound --name 幸福里小区 \
  --team compound-team --cadre li-wenhua --location "幸福路12号，无物业老旧小区"
civ 2026-03-01T10:00 - area add --id nongji-yard --kind compound --name 农机厂家属院 \
  --team compound-team --cadre zhao-liping --location "建设路88号"
civ 2026-03-01T10:00 - area add --id jiefang-rd --kind road-section --name 解放路东段 \
  --team road-team --cadre wang-zhiqiang --location "解放路（人民路至建设路）"
civ 2026-03-01T10:00 - area add --id renmin-rd --kind road-section --name 人民路中段 \
  --team road-team --cadre wang-zhiqiang --location "人民路（解放路至文化路）"
civ 2026-03-01T10:00 - area add --id renmin-jianshe --kind traffic-post \
  --name 人民路与建设路口 --team traffic-team --cadre zhao-liping
civ 2026-03-01T10:00 - area add --id station-sq --kind traffic-post --name 火车站广场 \
  --team traffic-team
civ 2026-03-01T10:00 - area list

next_day 2026-03-02
say "第10周 周一 3月2日"
tick 2026-03-02T09:00
finding 2026-03-02T10:20 zheng-wei xingfu-yard "3号楼楼道堆放杂物，消防通道堵塞" --photo xingfu-3-1.jpg
F1=$F
finding 2026-03-02T10:40 yang-fan jiefang-rd "人行道共享单车乱停放" --photo jiefang-0302.jpg
F2=$F
patrols 2026-03-02 11:30 "${ALL[@]}"

next_day 2026-03-03
say "周二 3月3日"
tick 2026-03-03T09:00
finding 2026-03-03T09:10 lin-fang renmin-jianshe "早高峰行人闯红灯，文明劝导牌缺失"
F3=$F
patrols 2026-03-03 11:00 xingfu-yard nongji-yard jiefang-rd renmin-rd renmin-jianshe
done_task "$(rectify "$F2")" 2026-03-03T15:00 wang-zhiqiang

next_day 2026-03-04
say "周三 3月4日"
tick 2026-03-04T09:00
done_task "$(check "$F2")" 2026-03-04T09:30 yang-fan
finding 2026-03-04T10:00 zheng-wei nongji-yard "垃圾桶满溢，墙面小广告" --deadline 2026-03-05
F4=$F
done_task "$(rectify "$F1")" 2026-03-04T16:00 li-wenhua
patrols 2026-03-04 11:00 "${ALL[@]}"

next_day 2026-03-05
say "周四 3月5日"
tick 2026-03-05T09:00
done_task "$(check "$F1")" 2026-03-05T10:00 zheng-wei
done_task "$(rectify "$F3")" 2026-03-05T16:00 zhao-liping
patrols 2026-03-05 11:00 "${ALL[@]}"

next_day 2026-03-06
say "周五 3月6日：整改逾期标记、周调度"
tick 2026-03-06T09:00
patrols 2026-03-06 11:00 xingfu-yard jiefang-rd renmin-rd renmin-jianshe station-sq
civ 2026-03-06T12:00 liu-xiaoyan hours --person zhu-peng --activity 路段巡查 \
  --start 2026-03-06T08:30 --end 11:00 --place 解放路东段
civ 2026-03-06T12:00 liu-xiaoyan hours --person xie-lin --activity 文明交通劝导 \
  --start 2026-03-06T07:30 --end 09:00 --place 人民路与建设路口
done_task civilization-weekly/2026-W10/dispatch-meeting 2026-03-06T16:30 li-wenhua

next_day 2026-03-07
say "周六 3月7日：志愿服务活动"
civ 2026-03-07T12:00 liu-xiaoyan hours --person huang-jing --activity 楼院环境清理 \
  --start 2026-03-07T08:00 --end 11:30 --place 幸福里小区
civ 2026-03-07T12:00 liu-xiaoyan hours --person ma-li --activity 楼院环境清理 \
  --start 2026-03-07T08:00 --end 11:30 --place 幸福里小区

next_day 2026-03-09
say "第11周 周一 3月9日"
tick 2026-03-09T09:00
# 回头看不合格: the post still has no sign; round 2 of the rectification.
civ 2026-03-09T09:00 lin-fang recheck --finding "$F3" --text "劝导牌仍未设置，闯红灯现象未改善"
done_task "$(rectify "$F4")" 2026-03-09T15:00 zhao-liping
patrols 2026-03-09 11:00 "${ALL[@]}"
civ 2026-03-09T18:00 yang-fan hours --person guo-tao --activity 路段巡查 \
  --start 2026-03-09T08:30 --end 11:30 --place 人民路中段

next_day 2026-03-10
say "周二 3月10日"
tick 2026-03-10T09:00
finding 2026-03-10T10:30 yang-fan renmin-rd "沿街商铺占道经营" --photo renmin-0310.jpg
F5=$F
patrols 2026-03-10 11:00 xingfu-yard nongji-yard jiefang-rd renmin-rd renmin-jianshe
civ 2026-03-10T18:00 lin-fang hours --person tang-yong --activity 文明交通劝导 \
  --start 2026-03-10T07:30 --end 09:00 --place 火车站广场
civ 2026-03-10T18:00 lin-fang hours --person zhou-ting --activity 文明交通劝导 \
  --start 2026-03-10T07:30 --end 09:00 --place 火车站广场

next_day 2026-03-11
say "周三 3月11日"
tick 2026-03-11T09:00
done_task "$(check "$F4")" 2026-03-11T10:00 zheng-wei
done_task "$(rectify "$F3")-2" 2026-03-11T15:00 zhao-liping
finding 2026-03-11T09:30 lin-fang station-sq "公交站台顶棚破损，候车座椅缺失" --deadline 2026-03-20
F6=$F
patrols 2026-03-11 11:00 "${ALL[@]}"
civ 2026-03-11T18:00 zheng-wei hours --person deng-li --activity 文明创建宣传 \
  --start 2026-03-11T14:00 --end 17:00 --place 农机厂家属院

next_day 2026-03-12
say "周四 3月12日"
tick 2026-03-12T09:00
finding 2026-03-12T10:00 zheng-wei xingfu-yard "楼顶违规搭建鸽棚"
F7=$F
done_task "$(rectify "$F5")" 2026-03-12T16:00 wang-zhiqiang
done_task "$(check "$F3")-2" 2026-03-12T17:00 lin-fang
patrols 2026-03-12 11:00 xingfu-yard nongji-yard jiefang-rd renmin-rd station-sq

next_day 2026-03-13
say "周五 3月13日：周调度"
tick 2026-03-13T09:00
patrols 2026-03-13 11:00 xingfu-yard jiefang-rd renmin-rd renmin-jianshe station-sq
civ 2026-03-13T12:00 liu-xiaoyan hours --person zhu-peng --activity 路段巡查 \
  --start 2026-03-13T08:30 --end 11:00 --place 解放路东段
civ 2026-03-13T12:00 lin-fang hours --person he-jun --activity 文明交通劝导 \
  --start 2026-03-13T07:30 --end 09:00 --place 人民路与建设路口
: "${F6:?}" "${F7:?}"

say "未销号问题"
civ 2026-03-13T18:00 - findings

# Driven by scripts/demo.sh, the demo shows the whole bureau's week instead.
if [[ -z ${DUBAN_DEMO_SYNC:-} ]]; then
  say "周报 2026-W11"
  d status --week 2026-W11 --now 2026-03-13T18:00
fi
