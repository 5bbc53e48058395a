#!/usr/bin/env bash
# Installs a duban build into a temporary prefix, builds the example plugin
# out of tree against the installed package, and runs it with the installed
# duban. Arguments: CMAKE BUILD_DIR EXAMPLE_DIR GENERATOR MAKE_PROGRAM
# CXX_COMPILER CXX_FLAGS BUILD_TYPE (see CMakeLists.txt).
set -euo pipefail
cmake=$1 build=$2 example=$3 generator=$4 make_program=$5 cxx=$6 cxx_flags=$7 build_type=$8

work=$(mktemp -d "${TMPDIR:-/tmp}/duban-sdk-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

fail() { echo "sdk_install: $*" >&2; exit 1; }
# expect_in TEXT WANTED: TEXT holds WANTED (a fixed string).
expect_in() { grep -qF -- "$2" <<<"$1" || fail "expected '$2' in: $1"; }

"$cmake" --install "$build" --prefix "$prefix" >/dev/null
for f in bin/duban include/duban/sdk.hpp lib/cmake/duban/dubanConfig.cmake \
         lib/cmake/duban/dubanConfigVersion.cmake lib/cmake/duban/DubanPlugin.cmake; do
  [[ -e $prefix/$f ]] || fail "not installed: $f"
done

# Out of tree, against the installed package only.
"$cmake" -S "$example" -B "$work/build" -G "$generator" -DCMAKE_MAKE_PROGRAM="$make_program" \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_CXX_FLAGS="$cxx_flags" -DCMAKE_BUILD_TYPE="$build_type" \
  -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON >/dev/null
"$cmake" --build "$work/build" -j2 >/dev/null
plugin_dir=$work/build/duban_hello
[[ -f $plugin_dir/libduban_hello.so ]] || fail "the example plugin was not built"

# A workspace from the installed examples, naming the plugin's folder.
duban=$prefix/bin/duban
unset DUBAN_EXAMPLES
"$duban" init "$work/ws" >/dev/null
cd "$work/ws"
sed -i "s|^dirs = \[\]$|dirs = [\"$plugin_dir\"]\n\n[plugins.hello]\ngreeting = \"你好\"|" duban.toml
cp "$example/workflows/hello-demo.toml" workflows/

info=$("$duban" plugins info hello)
expect_in "$info" "hello 1.0.0 (已加载)"
expect_in "$info" "task kind hello.greet"
expect_in "$info" 'config [plugins.hello]: {"greeting":"你好"}'
"$duban" validate >/dev/null

run=hello-demo/2026-03-09
"$duban" plan hello-demo --period 2026-03-09 --now 2026-03-09T08:00 >/dev/null
tick=$("$duban" tick --now 2026-03-09T10:00 --format json)
expect_in "$tick" "$run/greet: 你好, 你好, office!"
expect_in "$("$duban" task show $run/greet --format json)" '"state": "done"'
"$duban" task done $run/read --as liu-xiaoyan --now 2026-03-09T11:00 >/dev/null
greetings=$("$duban" hello list)
expect_in "$greetings" "你好, 你好, office!"
expect_in "$greetings" "Thank you, 刘晓燕!"
expect_in "$("$duban" status --day 2026-03-09 --now 2026-03-09T12:00)" "2 greeting(s) in 2026-03-09"
echo "sdk_install: installed SDK, out-of-tree plugin and installed duban work together"
