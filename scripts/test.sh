#!/usr/bin/env bash
# Builds everything (warnings are errors) and the web pages, and runs every test through CTest
# (unit, CLI, reference, fuzz replay and browser tests) in one Debug build with AddressSanitizer and
# UBSan: every test, the browser tests' server too, runs under the sanitizers.
#
# LEEFBAAR_SKIP_SANITIZE=1 runs them in an optimised build (build/) instead, which is faster.
# One build, not both: a sanitizer build at -O2 compiles four times slower than either, and two
# builds with two test runs took CI 45 minutes (docs/decisions.md, "One test build").
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build-web.sh

if [ "${LEEFBAAR_SKIP_SANITIZE:-0}" = 1 ]; then
  dir=build
  config=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
else
  dir=build-asan
  # -g1: line tables only, all the sanitizers' stack traces need; full debug information made
  # compiling and linking the test build a fifth slower (docs/decisions.md, "CI time").
  config=(-DCMAKE_BUILD_TYPE=Debug -DLEEFBAAR_SANITIZE=ON -DCMAKE_CXX_FLAGS_DEBUG=-g1)
fi
cmake -S . -B "$dir" -G Ninja "${config[@]}" -DLEEFBAAR_BENCH=ON -DLEEFBAAR_BROWSER_TESTS=ON >/dev/null
cmake --build "$dir"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  ctest --test-dir "$dir" --output-on-failure -j2 --timeout 900
