#!/usr/bin/env bash
# The layering rules that a compiler does not check (docs/architecture.md, issue 10):
# - the database's own types (SQLiteCpp, sqlite3) appear only under src/store;
# - the neighbourhood rules library includes neither storage nor HTTP headers.
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
exit $status
