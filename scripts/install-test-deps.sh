#!/usr/bin/env bash
# Installs what the test suite needs beyond a JDK: moto's DynamoDB-compatible server (PyPI), Debian's
# headless Chromium with its driver (browser tests) and Debian's wrk (the benchmark suite's load generator,
# whose Lua scripts have their own tests). Safe to run again; fails loudly.
set -euo pipefail

MOTO_VERSION="${MOTO_VERSION:-5.2.1}"

need_root() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-test-deps: $1 is missing and installing it needs root (apt-get)." >&2
    exit 1
  fi
}

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 \
    || ! command -v wrk >/dev/null 2>&1; then
  need_root "chromium/chromedriver/wrk"
  echo "Installing Debian's chromium, chromium-driver and wrk..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver wrk >/dev/null
fi
chromium --version
chromedriver --version
wrk --version 2>&1 | head -n 1 || true

installed_moto="$(python3 -m pip show moto 2>/dev/null | sed -n 's/^Version: //p' || true)"
if [ "$installed_moto" != "$MOTO_VERSION" ] || ! command -v moto_server >/dev/null 2>&1; then
  echo "Installing moto[server]==$MOTO_VERSION from PyPI..."
  python3 -m pip install -q "moto[server]==$MOTO_VERSION"
  hash -r
fi
command -v moto_server >/dev/null 2>&1 || { echo "install-test-deps: moto_server is not on PATH after installing moto" >&2; exit 1; }
echo "moto $(python3 -m pip show moto | sed -n 's/^Version: //p')"
