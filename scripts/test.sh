#!/usr/bin/env bash
# Runs every test: installs what is missing, runs the Swift test suite, then checks that the committed
# networkx fixtures are exactly what their scripts produce. `.ci/run` calls this script.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-prerequisites.sh --python
.venv/bin/python scripts/fixtures/check.py
swift build --build-tests
swift test --skip-build
