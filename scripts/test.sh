#!/usr/bin/env bash
# Sets everything up and runs every test of the default preset.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
ctest --preset default
