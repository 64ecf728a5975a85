#!/usr/bin/env bash
# Installs what Liaison needs that a fresh Debian machine with the Swift toolchain lacks:
# Graphviz's development files (libgvc, libcgraph) and chromium (the report's browser check) through apt,
# and, with --python, a Python venv (.venv) with the pinned packages the cross-checks use (scripts/requirements.txt).
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
pkg-config --exists libgvc 2>/dev/null || need_apt+=(libgraphviz-dev)
command -v xmllint >/dev/null 2>&1 || need_apt+=(libxml2-utils)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
if [ "${#need_apt[@]}" -gt 0 ]; then
  echo "installing ${need_apt[*]} with apt-get" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ "${1:-}" = "--python" ]; then
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
  fi
  if ! cmp -s scripts/requirements.txt .venv/.requirements 2>/dev/null; then
    .venv/bin/pip install -q --disable-pip-version-check -r scripts/requirements.txt
    cp scripts/requirements.txt .venv/.requirements
  fi
fi
