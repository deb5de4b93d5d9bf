#!/usr/bin/env bash
# The PostGIS side of the national coupling benchmark (docs/benchmarks.md).
#
#   bench/postgis.sh EXPORT_DIR [RUNS]
#
# EXPORT_DIR is what `leefbaar_bench_couple --export=EXPORT_DIR` wrote (buurten.tsv, points.tsv,
# ours.tsv, summary.txt). Installs postgresql-15-postgis-3 if needed, starts a private PostgreSQL 15
# on 127.0.0.1 (free port, cluster in a temporary directory, owned by the postgres user when run as
# root), loads the same polygons and points, builds GiST indexes, runs the indexed ST_Contains join
# with a count per polygon RUNS times (default 3) and the 100 m cell query as many times, compares
# the counts per polygon with ours, and writes EXPORT_DIR/postgis_summary.txt. The server is
# stopped and the directory removed on exit, however the script ends.
# LEEFBAAR_PG_EXTRA_CONF: extra postgresql.conf lines, e.g. "jit = off".
set -euo pipefail

if [[ $# -lt 1 || ! -f "$1/points.tsv" || ! -f "$1/buurten.tsv" || ! -f "$1/ours.tsv" ]]; then
  echo "usage: $0 EXPORT_DIR [RUNS]  (EXPORT_DIR from leefbaar_bench_couple --export=DIR)" >&2
  exit 2
fi
DIR=$(cd "$1" && pwd)
RUNS=${2:-3}
PG_VERSION=15
PGBIN=/usr/lib/postgresql/$PG_VERSION/bin
PACKAGE=postgresql-$PG_VERSION-postgis-3

log() { printf '[postgis] %s\n' "$*" >&2; }

# --- install (idempotent) -------------------------------------------------------------------------
if ! dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q 'install ok installed'; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "$PACKAGE is not installed; run as root or install it first" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  log "installing $PACKAGE"
  if ! apt-get install -y -q "$PACKAGE" >&2; then
    apt-get update -q >&2
    apt-get install -y -q "$PACKAGE" >&2
  fi
fi
command -v psql >/dev/null || { echo "psql is missing (postgresql-client-$PG_VERSION)" >&2; exit 1; }

# --- private cluster ------------------------------------------------------------------------------
AS_OWNER=()
if [[ $(id -u) -eq 0 ]]; then
  AS_OWNER=(runuser -u postgres --)  # initdb and postgres refuse to run as root
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/leefbaar-postgis.XXXXXX")
PGDATA=$WORK/data
cleanup() {
  if [[ -f $PGDATA/postmaster.pid ]]; then
    "${AS_OWNER[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
[[ ${#AS_OWNER[@]} -gt 0 ]] && chown postgres: "$WORK"

PORT=""
for p in $(seq 54329 54429); do
  if [[ -z $(ss -Hltn "sport = :$p" 2>/dev/null) ]]; then PORT=$p; break; fi
done
[[ -n $PORT ]] || { echo "no free port in 54329..54429" >&2; exit 1; }

"${AS_OWNER[@]}" "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust --no-locale -E UTF8 \
  --no-sync >/dev/null
# Memory generous enough that the whole data set stays cached, and two parallel workers for the
# query (the machine has two cores). fsync and the WAL settings only speed up loading.
cat >>"$PGDATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$WORK'
shared_buffers = 4GB
work_mem = 256MB
maintenance_work_mem = 2GB
effective_cache_size = 12GB
max_parallel_workers_per_gather = 2
max_parallel_maintenance_workers = 2
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
max_wal_size = 8GB
${LEEFBAAR_PG_EXTRA_CONF:-}
EOF
"${AS_OWNER[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -l "$WORK/server.log" -w start >/dev/null
log "PostgreSQL $PG_VERSION on 127.0.0.1:$PORT, cluster in $WORK"

PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres -d postgres)
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
sq() { printf "'%s'" "${1//\'/\'\'}"; }  # a file name as an SQL/psql string literal

# --- load -----------------------------------------------------------------------------------------
t0=$(now)
"${PSQL[@]}" <<EOF
CREATE EXTENSION postgis;
CREATE TABLE buurten (id integer PRIMARY KEY, geom geometry(MultiPolygon, 28992) NOT NULL);
\copy buurten FROM $(sq "$DIR/buurten.tsv")
CREATE TABLE points_xy (id integer, x double precision, y double precision);
\copy points_xy FROM $(sq "$DIR/points.tsv")
CREATE TABLE points AS
  SELECT id, ST_SetSRID(ST_MakePoint(x, y), 28992)::geometry(Point, 28992) AS geom FROM points_xy;
DROP TABLE points_xy;
ALTER TABLE points ADD PRIMARY KEY (id);
EOF
t1=$(now)
"${PSQL[@]}" <<EOF
CREATE INDEX buurten_geom_gist ON buurten USING gist (geom);
CREATE INDEX points_geom_gist ON points USING gist (geom);
EOF
t2=$(now)
"${PSQL[@]}" -c 'VACUUM ANALYZE buurten' -c 'VACUUM ANALYZE points'
t3=$(now)
LOAD_S=$(elapsed "$t0" "$t1")
INDEX_S=$(elapsed "$t1" "$t2")
ANALYZE_S=$(elapsed "$t2" "$t3")
log "load ${LOAD_S} s, GiST indexes ${INDEX_S} s, vacuum analyze ${ANALYZE_S} s"

read -r N_POINTS N_BUURTEN INVALID VERTICES POSTGIS_VERSION < <("${PSQL[@]}" -At -F ' ' -c "
  SELECT (SELECT count(*) FROM points), (SELECT count(*) FROM buurten),
         (SELECT count(*) FROM buurten WHERE NOT ST_IsValid(geom)),
         (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY ST_NPoints(geom)) FROM buurten),
         postgis_lib_version()")
log "$N_POINTS points, $N_BUURTEN buurten ($INVALID invalid, median $VERTICES points per WKT" \
  "incl. closing points), PostGIS $POSTGIS_VERSION"

# --- the join -------------------------------------------------------------------------------------
JOIN="SELECT b.id, count(*) FROM buurten b JOIN points p ON ST_Contains(b.geom, p.geom) GROUP BY b.id"
CELLS="SELECT count(*), sum(floor(ST_X(geom) / 100)::bigint), sum(floor(ST_Y(geom) / 100)::bigint) FROM points"
"${PSQL[@]}" -c "EXPLAIN $JOIN" >"$DIR/postgis_explain.txt"
cat "$DIR/postgis_explain.txt" >&2
if ! grep -Eq 'Index (Only )?Scan using (points|buurten)_geom_gist|Bitmap Index Scan on (points|buurten)_geom_gist' \
  "$DIR/postgis_explain.txt"; then
  echo "the join plan does not use a GiST index" >&2
  exit 1
fi
WORKERS=$(sed -n 's/.*Workers Planned: \([0-9]*\).*/\1/p' "$DIR/postgis_explain.txt" | head -n1)

# Runs QUERY in a fresh session, result to OUT; prints the server round trip in ms (psql \timing).
timed() {
  local query=$1 out=$2
  "${PSQL[@]}" -At -F $'\t' -o "$out" -c '\timing on' -c "$query" |
    sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
}
median() { tr ' ' '\n' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

JOIN_MS=()
for ((r = 1; r <= RUNS; r++)); do
  JOIN_MS+=("$(timed "$JOIN" "$DIR/postgis_counts.tsv")")
  log "join run $r: ${JOIN_MS[-1]} ms"
done
CELL_MS=()
for ((r = 1; r <= RUNS; r++)); do
  CELL_MS+=("$(timed "$CELLS" "$DIR/postgis_cells.txt")")
  log "cell run $r: ${CELL_MS[-1]} ms"
done
JOIN_MEDIAN=$(echo "${JOIN_MS[*]}" | median)
CELL_MEDIAN=$(echo "${CELL_MS[*]}" | median)

# --- compare with ours ----------------------------------------------------------------------------
# ours.tsv: id, all points we locate in the polygon, the same without the points placed exactly on
# a vertex. ST_Contains counts a point on a polygon's boundary in no polygon, so the second column
# must equal PostGIS's count for every polygon (a polygon PostGIS leaves out of the result has 0).
# ours.tsv: id, count, strict; postgis_counts.tsv: id, count
read -r MISMATCH PG_TOTAL OURS_TOTAL OURS_STRICT < <(awk -F '\t' '
  NR == FNR { pg[$1] = $2; total += $2; next }
  { ours += $2; strict += $3
    if ($3 != ($1 in pg ? pg[$1] : 0)) {
      if (bad < 20) printf "polygon %s: ours %s (%s incl. vertex points), PostGIS %s\n", $1, $3, $2, ($1 in pg ? pg[$1] : 0) > "/dev/stderr"
      bad++
    } }
  END { printf "%d %d %d %d\n", bad, total, ours, strict }' "$DIR/postgis_counts.tsv" "$DIR/ours.tsv")
summary() { sed -n "s/^$1=//p" "$DIR/summary.txt"; }
read -r _ PG_SUM_CX PG_SUM_CY <"$DIR/postgis_cells.txt"
CELLS_OK=no
[[ $PG_SUM_CX == "$(summary sum_cell_x)" && $PG_SUM_CY == "$(summary sum_cell_y)" ]] && CELLS_OK=yes
log "counts per polygon: $MISMATCH mismatches; PostGIS total $PG_TOTAL, ours $OURS_TOTAL" \
  "($OURS_STRICT without the $(summary vertex_points) points placed on vertices); cells agree: $CELLS_OK"

cat >"$DIR/postgis_summary.txt" <<EOF
postgis_version=$POSTGIS_VERSION
postgresql_version=$("${PSQL[@]}" -At -c 'SHOW server_version')
jit=$("${PSQL[@]}" -At -c 'SHOW jit')
points=$N_POINTS
polygons=$N_BUURTEN
invalid_polygons=$INVALID
median_npoints=$VERTICES
load_s=$LOAD_S
index_s=$INDEX_S
analyze_s=$ANALYZE_S
workers_planned=${WORKERS:-0}
join_ms=${JOIN_MS[*]}
join_median_ms=$JOIN_MEDIAN
cell_ms=${CELL_MS[*]}
cell_median_ms=$CELL_MEDIAN
postgis_total=$PG_TOTAL
ours_total=$OURS_TOTAL
ours_total_without_vertex_points=$OURS_STRICT
polygon_mismatches=$MISMATCH
cells_agree=$CELLS_OK
EOF
cat "$DIR/postgis_summary.txt"
[[ $MISMATCH -eq 0 && $CELLS_OK == yes ]]
