#!/usr/bin/env bash
# Re-executes every notebook in notebooks/ top to bottom (in a temporary copy; the committed files are not
# modified) and fails if any cell raises. Needs a built liaison: by default the debug build, as
# scripts/test.sh leaves it (set LIAISON_BIN to use another). Runs in the project's .venv, installing the
# pinned notebook packages (scripts/notebooks-requirements.txt) when they are missing or changed;
# NOTEBOOK_PYTHON names another venv's python instead.
#   scripts/notebooks/run.sh            check
#   scripts/notebooks/run.sh --update   execute in place and save the outputs (before committing notebooks)
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -n "${NOTEBOOK_PYTHON:-}" ]; then
  PYTHON="$NOTEBOOK_PYTHON"
else
  [ -x .venv/bin/python ] || bash scripts/install-prerequisites.sh --python
  PYTHON=.venv/bin/python
fi
VENV="$(cd "$(dirname "$PYTHON")/.." && pwd)"
if ! cmp -s scripts/notebooks-requirements.txt "$VENV/.notebooks-requirements" 2>/dev/null; then
  "$PYTHON" -m pip install -q --disable-pip-version-check -r scripts/requirements.txt \
    -r scripts/notebooks-requirements.txt
  cp scripts/notebooks-requirements.txt "$VENV/.notebooks-requirements"
fi

export LIAISON_BIN="${LIAISON_BIN:-.build/debug/liaison}"
if [ ! -x "$LIAISON_BIN" ]; then
  echo "no liaison binary at $LIAISON_BIN: run 'swift build' first (or set LIAISON_BIN)" >&2
  exit 1
fi
exec "$PYTHON" scripts/notebooks/execute.py "$@"
