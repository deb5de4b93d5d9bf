#!/usr/bin/env bash
# The main job: build Leefbaar, write the synthetic sample work area and run the programme on it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DLEEFBAAR_BENCH=OFF >/dev/null
cmake --build build --target leefbaar
build/src/cli/leefbaar sample out/sample
build/src/cli/leefbaar programme out/sample/RUN.toml --out out/programme --overwrite
echo
cat out/programme/summary.md
