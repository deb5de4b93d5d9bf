#!/usr/bin/env bash
# Builds everything (warnings are errors) and runs every test through CTest, twice: once in an
# optimised build, once in a Debug build with AddressSanitizer and UBSan (skip the second with
# LEEFBAAR_SKIP_SANITIZE=1).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
ctest --test-dir build --output-on-failure -j2 --timeout 600

if [ "${LEEFBAAR_SKIP_SANITIZE:-0}" != 1 ]; then
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DLEEFBAAR_SANITIZE=ON -DLEEFBAAR_BENCH=OFF >/dev/null
  cmake --build build-asan
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure -j2 --timeout 900
fi
