#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer and ThreadSanitizer (each in its own build folder).
# Usage: scripts/sanitizers.sh [address|thread]...   (default: both)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-prerequisites.sh
# The end-to-end tests start the (sanitized) liaison binary: the same options reach it through the environment.
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0"
for sanitizer in "${@:-address thread}"; do
  for s in $sanitizer; do
    echo "== swift test --sanitize=$s" >&2
    swift build --build-tests --sanitize="$s" --scratch-path ".build-$s"
    LIAISON_SANITIZER="$s" swift test --skip-build --sanitize="$s" --scratch-path ".build-$s"
  done
done
