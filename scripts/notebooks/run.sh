#!/usr/bin/env bash
# Re-executes every notebook in notebooks/ top to bottom (in a temporary copy; the committed files are not
# modified) and fails if any cell raises. Needs a built liaison: by default the debug build, as
# scripts/test.sh leaves it (set LIAISON_BIN to use another). Runs in the project's .venv (NOTEBOOK_VENV names
# another), first installing the pinned packages of scripts/requirements.txt and
# scripts/notebooks-requirements.txt when they are missing or the notebook requirements changed.
#   scripts/notebooks/run.sh            check
#   scripts/notebooks/run.sh --update   execute in place and save the outputs (before committing notebooks)
set -euo pipefail
cd "$(dirname "$0")/../.."

VENV="${NOTEBOOK_VENV:-.venv}"
if [ ! -x "$VENV/bin/python" ]; then
  if [ "$VENV" = .venv ]; then
    bash scripts/install-prerequisites.sh --python
  else
    echo "no Python venv at $VENV (NOTEBOOK_VENV)" >&2
    exit 1
  fi
fi
if ! cmp -s scripts/notebooks-requirements.txt "$VENV/.notebooks-requirements" 2>/dev/null; then
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r scripts/requirements.txt \
    -r scripts/notebooks-requirements.txt
  cp scripts/notebooks-requirements.txt "$VENV/.notebooks-requirements"
fi

export LIAISON_BIN="${LIAISON_BIN:-.build/debug/liaison}"
if [ ! -x "$LIAISON_BIN" ]; then
  echo "no liaison binary at $LIAISON_BIN: run 'swift build' first (or set LIAISON_BIN)" >&2
  exit 1
fi
exec "$VENV/bin/python" scripts/notebooks/execute.py "$@"
