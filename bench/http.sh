#!/usr/bin/env bash
# Requests per second and latency of the web application (docs/benchmarks.md), measured with wrk
# against `leefbaar serve --demo` on loopback: the map data of the demo work area (all buurten as
# GeoJSON), an area page (a buurt in Assen) and a what-if (a new threshold, computed afresh).
#
#   bench/http.sh                 30 s per endpoint, 2 threads, 16 connections
#   DURATION=10s bench/http.sh    a quicker try
#
# Builds leefbaar (Release) in $LEEFBAAR_BUILD_DIR (default build-bench/), starts it on a fresh
# demo store, logs in as the demo analist and runs wrk with the session cookie.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${LEEFBAAR_BUILD_DIR:-$ROOT/build-bench}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-18080}

for tool in wrk curl; do
  if ! command -v "$tool" >/dev/null; then
    [[ $(id -u) -eq 0 ]] || { echo "$tool is missing (apt-get install $tool)" >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$tool" >&2
  fi
done

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLEEFBAAR_BENCH=ON >/dev/null
cmake --build "$BUILD" --target leefbaar
WORK=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
"$BUILD/src/cli/leefbaar" serve --demo --store "$WORK/demo.sqlite" --port "$PORT" \
  >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do
  grep -q "http://127.0.0.1:$PORT/" "$WORK/server.log" 2>/dev/null && break
  sleep 0.5
done
BASE="http://127.0.0.1:$PORT"
curl -s -c "$WORK/cookies" -H 'Content-Type: application/json' \
  -d '{"email":"analist@demo.leefbaar.nl","password":"leefbaar-demo"}' "$BASE/api/v1/sessie" \
  >"$WORK/login.json"
COOKIE="leefbaar_session=$(awk '$6 == "leefbaar_session" {print $7}' "$WORK/cookies")"
CSRF=$(sed -E 's/.*"csrf_token":"([^"]+)".*/\1/' "$WORK/login.json")

# wrk sends the method and body of a Lua script; the what-if is a POST with the CSRF header.
cat >"$WORK/whatif.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"params":{"yellow":-0.3}}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-CSRF-Token"] = "$CSRF"
LUA

run() {
  local name=$1 path=$2
  shift 2
  echo "== $name: $path"
  curl -s -o /dev/null -w "   one response: %{size_download} bytes, %{time_total} s\n" \
    -H "Cookie: $COOKIE" "$@" "$BASE$path" || true
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $COOKIE" "${WRK_EXTRA[@]}" \
    "$BASE$path" | grep -E "Requests/sec|Latency |  50%|  99%|requests in|Non-2xx"
}
WRK_EXTRA=()
run "map data (buurten)" "/api/v1/kaart/gebieden?level=buurt"
run "area page (buurt Binnenstad, Assen)" "/api/v1/gebieden/buurt/BU01060001"
WRK_EXTRA=(-s "$WORK/whatif.lua")
run "what-if (yellow -0.3)" "/api/v1/programma/wat-als" -X POST -H "X-CSRF-Token: $CSRF" \
  -H 'Content-Type: application/json' -d '{"params":{"yellow":-0.3}}'
