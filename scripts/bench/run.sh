#!/usr/bin/env bash
# Builds Liaison in release mode, prepares a venv with the peer libraries, and runs the side-by-side benchmark.
# Usage: scripts/bench/run.sh [side_by_side.py options]
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/install-prerequisites.sh
swift build -c release --product liaison
if [ ! -x .venv-bench/bin/python ]; then python3 -m venv .venv-bench; fi
.venv-bench/bin/pip install -q --disable-pip-version-check -r scripts/bench/requirements.txt
exec .venv-bench/bin/python scripts/bench/side_by_side.py "$@"
