#!/usr/bin/env bash
# The main job: build Leefbaar, write the synthetic sample work area and run the programme on it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DLEEFBAAR_BENCH=OFF -DLEEFBAAR_WERROR=OFF >/dev/null
cmake --build build-release --target leefbaar
build-release/src/cli/leefbaar sample out/sample
build-release/src/cli/leefbaar programme out/sample/RUN.toml --out out/programme --overwrite
echo
cat out/programme/summary.md
