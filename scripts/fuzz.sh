#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (address and undefined-behaviour sanitizers)
# in build-fuzz/ and runs each in turn, one process at a time (libFuzzer without -jobs/-workers).
#
#   scripts/fuzz.sh                      every target, 1,000,000 executions each
#   scripts/fuzz.sh -n 200000 stock bag  those targets, 200,000 executions each
#   scripts/fuzz.sh -t 300 json_body     300 seconds instead of a number of executions
#
# New inputs libFuzzer finds go to build-fuzz/corpus/<target> (not checked in; copy the few that
# matter to tests/fuzz/corpus/<target>). A crash is written to build-fuzz/findings/<target>/; keep
# it in tests/fuzz/regressions/<target>/ once fixed, so CTest replays it from then on.
set -euo pipefail

runs=1000000
seconds=""
extra=()
while getopts "n:t:m:" opt; do
  case "$opt" in
    n) runs="$OPTARG" ;;
    t) seconds="$OPTARG" ;;
    m) extra+=("-max_len=$OPTARG") ;;
    *) echo "usage: $0 [-n runs | -t seconds] [-m max_len] [target...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-fuzz"
all_targets=(table_reader score_table stock bag areas run_file json_body)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")

# clang 14 and its compiler-rt (libclang_rt.fuzzer, the sanitizer runtimes) from Debian 12.
packages=(clang-14 libclang-rt-14-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  echo "Installing: ${missing[*]}" >&2
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# Warnings are the gcc build's business (-Werror there); clang's own set differs.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
  -DLEEFBAAR_FUZZ=ON -DLEEFBAAR_WERROR=OFF -DLEEFBAAR_BENCH=OFF -DLEEFBAAR_BROWSER_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target "${targets[@]/#/fuzz_}"

if [ -n "$seconds" ]; then
  limit=(-max_total_time="$seconds")
else
  limit=(-runs="$runs")
fi
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

status=0
summary=()
for t in "${targets[@]}"; do
  work="$build/corpus/$t"
  findings="$build/findings/$t"
  mkdir -p "$work" "$findings"
  log="$build/fuzz-$t.log"
  echo "== $t: ${limit[*]} ${extra[*]}" >&2
  # The first folder collects new inputs; the checked-in corpus and regressions only seed it.
  set +e
  "$build/tests/fuzz/fuzz_$t" "${limit[@]}" "${extra[@]}" -print_final_stats=1 \
    -artifact_prefix="$findings/" "$work" "$root/tests/fuzz/corpus/$t" \
    "$root/tests/fuzz/regressions/$t" 2>"$log"
  rc=$?
  set -e
  # libFuzzer's last lines: "Done N runs in S second(s)" and the final exec/s.
  done_runs=$(grep -o 'Done [0-9]* runs' "$log" | grep -o '[0-9]*' | tail -1)
  secs=$(grep -o 'runs in [0-9]* second' "$log" | grep -o '[0-9]*' | tail -1)
  speed=$(grep -o 'exec/s: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  [ -z "$done_runs" ] && done_runs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
  if [ "$rc" -eq 0 ]; then
    summary+=("$t: ${done_runs:-?} executions, ${speed:-?} exec/s${secs:+, $secs s}, no crash")
  else
    status=1
    summary+=("$t: CRASH after ${done_runs:-?} executions (exit $rc): see $log and $findings/")
    tail -40 "$log" >&2
  fi
done
printf '%s\n' "${summary[@]}"
exit $status
