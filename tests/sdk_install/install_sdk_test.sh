#!/usr/bin/env bash
# Installs a duban build into a temporary prefix, builds the example plugin
# out of tree against the installed package, and runs the example's own
# tests: its unit tests against the installed test double of the SDK
# (duban/testing), and its end-to-end test, which loads it into the
# installed duban.
# Arguments: CMAKE CTEST BUILD_DIR EXAMPLE_DIR GENERATOR MAKE_PROGRAM
# CXX_COMPILER CXX_FLAGS BUILD_TYPE (see CMakeLists.txt).
set -euo pipefail
cmake=$1 ctest=$2 build=$3 example=$4 generator=$5 make_program=$6 cxx=$7 cxx_flags=$8 build_type=$9

work=$(mktemp -d "${TMPDIR:-/tmp}/duban-sdk-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
fail() { echo "sdk_install: $*" >&2; exit 1; }

"$cmake" --install "$build" --prefix "$prefix" >/dev/null
for f in bin/duban include/duban/sdk.hpp include/duban/testing/fake_context.hpp lib/libduban.so \
         lib/cmake/duban/dubanConfig.cmake lib/cmake/duban/dubanConfigVersion.cmake \
         lib/cmake/duban/DubanPlugin.cmake share/duban/workflows/workspace/duban.toml; do
  [[ -e $prefix/$f ]] || fail "not installed: $f"
done

# Out of tree, against the installed package only (no package registry).
"$cmake" -S "$example" -B "$work/build" -G "$generator" -DCMAKE_MAKE_PROGRAM="$make_program" \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_CXX_FLAGS="$cxx_flags" -DCMAKE_BUILD_TYPE="$build_type" \
  -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON >/dev/null
"$cmake" --build "$work/build" -j2 >/dev/null
[[ -f $work/build/duban_hello/libduban_hello.so ]] || fail "the example plugin was not built"
[[ -x $work/build/hello_plugin_test ]] ||
  fail "the example's unit test (against the installed test double) was not built"
grep -qF "$prefix/bin/duban" "$work/build/CTestTestfile.cmake" ||
  fail "the example's test does not run the installed duban"

# The installed duban finds its shipped examples beside it, not in the source tree.
unset DUBAN_EXAMPLES
if ! out=$("$ctest" --test-dir "$work/build" --output-on-failure 2>&1); then
  echo "$out" >&2
  fail "the example's tests failed against the installed SDK"
fi
for test in hello_unit_tests hello_end_to_end; do
  grep -qE "$test \.+ +Passed" <<<"$out" || { echo "$out" >&2; fail "$test did not run and pass"; }
done
echo "sdk_install: the installed SDK builds the example and its unit tests (the installed test" \
  "double), and the installed duban runs it"
