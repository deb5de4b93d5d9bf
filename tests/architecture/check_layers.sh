#!/usr/bin/env bash
# The layering rules that a compiler does not check (docs/architecture.md, issue 10):
# - the database's own types (SQLiteCpp, sqlite3) appear only under src/store;
# - the neighbourhood rules library includes neither storage nor HTTP headers;
# - the server reaches the store only through the use cases (src/usecases): no file under src/serve
#   includes a store header, names store::, or takes the store's lock, and no route file takes any
#   lock (the connection guard's own counters are HTTP plumbing, not the store);
# - the command line, likewise, calls the use cases.
# Prints every offending line and fails when there is one.
set -uo pipefail
src="${1:?usage: check_layers.sh SRC_DIR}"
status=0

report() {
  local rule="$1" hits="$2"
  if [ -n "$hits" ]; then
    echo "layering: $rule" >&2
    echo "$hits" >&2
    status=1
  fi
}

report "SQLite types outside src/store" \
  "$(grep -rnE 'SQLite::|SQLiteCpp|sqlite3|\.sql\(\)' "$src" --include='*.cpp' --include='*.hpp' \
       | grep -v "^$src/store/")"
report "storage or HTTP headers in src/neighbourhood" \
  "$(grep -rnE '#include [<"](store/|serve/|httplib|SQLiteCpp)' "$src/neighbourhood")"
# The server files not yet moved onto the use cases (issue 10, step 3). The list only shrinks.
pending=(
)
is_pending() {
  local f
  for f in "${pending[@]}"; do [ "$1" = "$src/serve/$f" ] && return 0; done
  return 1
}
hits=""
for f in "$src"/serve/*.cpp "$src"/serve/*.hpp; do
  is_pending "$f" && continue
  found="$(grep -nE '#include "store/|\bstore::|app\.db\b|db_mutex|with_store' "$f")"
  case "$(basename "$f")" in routes_*) found="$found$(grep -n 'lock_guard\|unique_lock' "$f")" ;; esac
  [ -n "$found" ] && hits="$hits$f: $found"$'\n'
done
report "the server reaching the store around the use cases" "$hits"
report "the command line reaching the store around the use cases" \
  "$(grep -nE '#include "store/|\bstore::' "$src"/cli/*.cpp "$src"/cli/*.hpp)"
exit $status
