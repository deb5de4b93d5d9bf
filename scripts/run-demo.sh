#!/usr/bin/env bash
# The main job: build Leefbaar and its web pages, and start the web application with the demo work
# area (the synthetic sample, imported into out/demo/leefbaar.sqlite on first start). Prints the
# address and the demo log-ins; Ctrl+C stops. PORT=... chooses another port (default 8080).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DLEEFBAAR_BENCH=OFF -DLEEFBAAR_WERROR=OFF >/dev/null
cmake --build build-release --target leefbaar
scripts/build-web.sh
mkdir -p out/demo
exec build-release/src/cli/leefbaar serve --demo --store out/demo/leefbaar.sqlite \
  --web web/dist --host 127.0.0.1 --port "${PORT:-8080}"
