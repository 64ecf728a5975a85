#!/usr/bin/env bash
# Runs the in-process Graphviz rendering tests under valgrind's leak checker and says
# whether any definitely or possibly lost block was allocated from Liaison's code.
#
# Usage: scripts/leakcheck.sh [test filter]   (default filter: GraphvizRenderingTests)
# Needs valgrind (apt-get install -y valgrind). Builds the tests in debug if needed.
# The full valgrind log is kept in .build/leakcheck/valgrind.log.
set -euo pipefail

cd "$(dirname "$0")/.."
filter="${1:-GraphvizRenderingTests}"

if ! command -v valgrind >/dev/null 2>&1; then
    echo "leakcheck: valgrind is not installed (apt-get install -y valgrind)" >&2
    exit 2
fi

swift build --build-tests >/dev/null
binary="$(swift build --show-bin-path)/LiaisonPackageTests.xctest"
mkdir -p .build/leakcheck
log=.build/leakcheck/valgrind.log

# One worker thread keeps the run short under valgrind; the Graphviz lock serialises anyway.
valgrind --tool=memcheck --leak-check=full --show-leak-kinds=definite,possible \
    --errors-for-leak-kinds=definite --num-callers=40 --log-file="$log" \
    "$binary" --testing-library swift-testing --filter "$filter" >/dev/null 2>&1 || true

echo "leakcheck: $(grep -E 'definitely lost:|indirectly lost:|possibly lost:|still reachable:' "$log" | sed 's/==[0-9]*== *//' | tr '\n' ';')"

# A leak is Liaison's when a frame of its stack is in Liaison's modules (Swift symbols
# are mangled with the module name; GraphvizRendering mangles as 17GraphvizRendering).
ours=$(awk '
    /are (definitely|possibly) lost in loss record/ { inRecord = 1; record = $0 "\n"; next }
    inRecord && /^==[0-9]+== *$/ { if (record ~ /GraphvizRendering|NetworkMaps|LiaisonPackageTests/) { count++; print record > "/dev/stderr" } inRecord = 0; next }
    inRecord { record = record $0 "\n" }
    END { print count + 0 }
' "$log")

if [ "$ours" -eq 0 ]; then
    echo "leakcheck: no lost block comes from Liaison's code (details: $log)"
else
    echo "leakcheck: $ours lost block(s) have Liaison frames in their allocation stack (see above and $log)"
    exit 1
fi
