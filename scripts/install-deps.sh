#!/usr/bin/env bash
# Installs what building and testing Leefbaar needs on Debian 12, from Debian's packages only.
# Idempotent: packages already present are skipped quickly.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config clang-format
  libgdal-dev gdal-data proj-data proj-bin libgeos-dev libproj-dev
  libtomlplusplus-dev libxlsxwriter-dev nlohmann-json3-dev libfmt-dev libcli11-dev libsodium-dev
  libsqlite3-dev libsqlitecpp-dev libcpp-httplib-dev
  libcurl4-openssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3
  chromium
)
# Node.js and npm build the web pages and run the browser tests; a newer Node.js already on the
# machine is used as it is.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

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
