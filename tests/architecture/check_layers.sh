#!/usr/bin/env bash
# The layering rules that a compiler does not check (docs/architecture.md, issue 10):
# - the database's own types (SQLiteCpp, sqlite3) appear only under src/store;
# - the neighbourhood rules library includes neither storage nor HTTP headers;
# - the server reaches the store only through the use cases (src/usecases): no file under src/serve
#   includes a store header, names store::, or takes the store's lock, and no route file takes any
#   lock (the connection guard's own counters are HTTP plumbing, not the store).
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
  mailer.cpp
  openapi.cpp
  programme_json.cpp
  routes_admin.cpp
  routes_area_wijkwerk.cpp
  routes_imports.cpp
  routes_initiatives.cpp
  routes_map.cpp
  routes_portal.cpp
  routes_portal_campaigns.cpp
  routes_programme.cpp
  routes_records_io.cpp
  routes_reminders.cpp
  routes_runs.cpp
  routes_scenarios.cpp
  routes_session.cpp
  routes_signal_sharing.cpp
  routes_signals.cpp
  routes_users.cpp
  routes_wijkwerk.cpp
  routes_wijkwerk_cases.cpp
  routes_wijkwerk_map.cpp
  server.cpp
  wijkwerk_timeline.cpp
  wijkwerk_view.cpp
  workspace.cpp
  workspaces.cpp
  app.hpp
  households_json.hpp
  mailer.hpp
  portal_util.hpp
  routes_wijkwerk_util.hpp
  wijkwerk_view.hpp
  workspace.hpp
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
exit $status
