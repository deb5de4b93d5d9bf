#!/usr/bin/env bash
# Coupling at national scale, ours against PostGIS, side by side (docs/benchmarks.md).
#
#   bench/run.sh                           10 million points, 14,000 polygons
#   LEEFBAAR_BENCH_POINTS=1000000 bench/run.sh   a quicker try
#
# Builds leefbaar_bench_couple (Release) in $LEEFBAAR_BUILD_DIR (default build-bench/), runs it with
# 5 repetitions while exporting the data, runs bench/postgis.sh on the same data (3 runs), and
# prints the medians and the ratio. Everything lands in $LEEFBAAR_BENCH_OUT (default
# <build dir>/bench-national/).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${LEEFBAAR_BUILD_DIR:-$ROOT/build-bench}
OUT=${LEEFBAAR_BENCH_OUT:-$BUILD/bench-national}
REPETITIONS=${LEEFBAAR_BENCH_REPETITIONS:-5}
PG_RUNS=${LEEFBAAR_BENCH_PG_RUNS:-3}

if ! command -v jq >/dev/null; then
  [[ $(id -u) -eq 0 ]] || { echo "jq is missing" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q jq >&2 ||
    { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q jq >&2; }
fi

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLEEFBAAR_BENCH=ON >/dev/null
cmake --build "$BUILD" --target leefbaar_bench_couple
mkdir -p "$OUT"

"$BUILD/bench/leefbaar_bench_couple" --export="$OUT" \
  --benchmark_repetitions="$REPETITIONS" --benchmark_report_aggregates_only=true \
  --benchmark_out="$OUT/bench.json" --benchmark_out_format=json

bash "$ROOT/bench/postgis.sh" "$OUT" "$PG_RUNS" >/dev/null || status=$?

median_ms() {  # median real time in ms of the benchmark whose run_name starts with $1
  jq -r --arg n "$1" '.benchmarks[] | select((.run_name | startswith($n)) and .aggregate_name == "median")
    | .real_time * ({"ns": 1e-6, "us": 1e-3, "ms": 1, "s": 1e3}[.time_unit])' "$OUT/bench.json" | head -n1
}
get() { sed -n "s/^$2=//p" "$OUT/$1"; }
BUILD_MS=$(median_ms BM_BuildIndex)
COUPLE2_MS=$(median_ms BM_CoupleNational/threads:2)
COUPLE1_MS=$(median_ms BM_CoupleNational/threads:1)
POINTS=$(get summary.txt points)
JOIN_MS=$(get postgis_summary.txt join_median_ms)
CELL_MS=$(get postgis_summary.txt cell_median_ms)

awk -v points="$POINTS" -v polygons="$(get summary.txt polygons)" -v build="$BUILD_MS" \
  -v c2="$COUPLE2_MS" -v c1="$COUPLE1_MS" -v join="$JOIN_MS" -v cell="$CELL_MS" \
  -v load="$(get postgis_summary.txt load_s)" -v gist="$(get postgis_summary.txt index_s)" \
  -v analyze="$(get postgis_summary.txt analyze_s)" -v reps="$REPETITIONS" -v runs="$PG_RUNS" \
  -v mismatches="$(get postgis_summary.txt polygon_mismatches)" \
  -v boundary="$(get summary.txt vertex_points)" -v cells="$(get postgis_summary.txt cells_agree)" '
BEGIN {
  printf "\nCoupling %d points to %d polygons (medians; ours of %d repetitions, PostGIS of %d runs)\n\n", points, polygons, reps, runs
  printf "| %-44s | %12s | %14s |\n", "step", "median (ms)", "Mpoints/s"
  printf "|%s|%s|%s|\n", "----------------------------------------------", "--------------", "----------------"
  printf "| %-44s | %12.1f | %14s |\n", "leefbaar: build PolygonIndex", build, ""
  printf "| %-44s | %12.1f | %14.2f |\n", "leefbaar: couple + 100 m cell + count, 2 thr", c2, points / c2 / 1000
  printf "| %-44s | %12.1f | %14.2f |\n", "leefbaar: couple + 100 m cell + count, 1 thr", c1, points / c1 / 1000
  printf "| %-44s | %12.1f | %14s |\n", "PostGIS: load (COPY, make points)", load * 1000, ""
  printf "| %-44s | %12.1f | %14s |\n", "PostGIS: GiST indexes", gist * 1000, ""
  printf "| %-44s | %12.1f | %14s |\n", "PostGIS: VACUUM ANALYZE", analyze * 1000, ""
  printf "| %-44s | %12.1f | %14.2f |\n", "PostGIS: ST_Contains join + count, 2 workers", join, points / join / 1000
  printf "| %-44s | %12.1f | %14.2f |\n", "PostGIS: 100 m cell of every point", cell, points / cell / 1000
  printf "\nratio PostGIS join / leefbaar coupling (2 threads): %.1fx\n", join / c2
  printf "counts per polygon differing (beyond the %d points placed on vertices): %s; cell sums agree: %s\n", boundary, mismatches, cells
}'
exit "${status:-0}"
