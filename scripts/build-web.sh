#!/usr/bin/env bash
# Builds the web pages (web/ -> web/dist) with npm: installs the locked packages when they are
# missing or the lock file changed, then bundles with esbuild.
set -euo pipefail
cd "$(dirname "$0")/../web"
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npm run --silent build
