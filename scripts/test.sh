#!/usr/bin/env bash
# Builds everything (warnings are errors) and the web pages, and runs every test through CTest
# (unit, CLI, reference and browser tests), twice: once in an
# optimised build, once in a Debug build with AddressSanitizer and UBSan (skip the second with
# LEEFBAAR_SKIP_SANITIZE=1).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build-web.sh

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
ctest --test-dir build --output-on-failure -j2 --timeout 600

if [ "${LEEFBAAR_SKIP_SANITIZE:-0}" != 1 ]; then
  # The browser tests run once, against the optimised build; the API tests cover the server here.
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DLEEFBAAR_SANITIZE=ON -DLEEFBAAR_BENCH=OFF \
    -DLEEFBAAR_BROWSER_TESTS=OFF >/dev/null
  cmake --build build-asan
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure -j2 --timeout 900
fi
