#!/usr/bin/env bash
# Leak check of the in-process Graphviz rendering: runs the rendering tests from an
# AddressSanitizer build with LeakSanitizer and says whether any leaked block is
# Liaison's responsibility.
#
# Usage: scripts/leakcheck.sh [test filter]      (default: GraphvizRenderingTests)
#
# Why LeakSanitizer and not valgrind: valgrind 3.19 (Debian 12) dies with an internal
# SIGSEGV inside Swift's libdispatch before the first test runs. Set LEAKCHECK_TOOL=valgrind
# to try it anyway on a newer valgrind.
#
# How a leak is attributed. LeakSanitizer prints the allocation stack of every leaked
# block. Graphviz, pango and fontconfig keep caches they never free and 2.42/2.43 leak
# inside some layouts; those stacks pass through Liaison's code only because Liaison
# called gvLayout. A block counts as Liaison's when
#   - the allocation happened in a Liaison frame (the first frame after the allocator), or
#   - a Liaison frame called a Graphviz function whose result Liaison owns and must free
#     (agmemread → agclose, gvRenderData → gvFreeRenderData, gvContext → gvFreeContext).
# Everything else is reported as a library leak, with a count per library.
set -euo pipefail

cd "$(dirname "$0")/.."
filter="${1:-GraphvizRenderingTests}"
tool="${LEAKCHECK_TOOL:-lsan}"
mkdir -p .build/leakcheck
log=.build/leakcheck/$tool.log

if [ "$tool" = valgrind ]; then
    command -v valgrind >/dev/null || { echo "leakcheck: apt-get install -y valgrind" >&2; exit 2; }
    swift build --build-tests >/dev/null
    valgrind --tool=memcheck --leak-check=full --show-leak-kinds=definite,possible --num-callers=40 \
        --log-file="$log" "$(swift build --show-bin-path)/LiaisonPackageTests.xctest" \
        --testing-library swift-testing --filter "$filter" >/dev/null 2>&1 || true
    if grep -q "the 'impossible' happened" "$log"; then
        echo "leakcheck: valgrind crashed (see $log); run without LEAKCHECK_TOOL to use LeakSanitizer" >&2
        exit 2
    fi
    grep -E "definitely lost:|indirectly lost:|possibly lost:" "$log" || true
    exit 0
fi

swift build --build-tests -Xswiftc -sanitize=address --build-path .build/asan >/dev/null
ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0:malloc_context_size=40 \
    .build/asan/debug/LiaisonPackageTests.xctest --testing-library swift-testing --filter "$filter" >"$log" 2>&1 || true

grep -E "Test run with" "$log" | sed 's/\x1b\[[0-9;]*m//g' || { echo "leakcheck: the tests did not run (see $log)" >&2; exit 2; }

python3 - "$log" <<'PY'
import re, sys
from collections import Counter

text = open(sys.argv[1], errors="replace").read()
if "ERROR: AddressSanitizer" in text and "LeakSanitizer" not in text:
    print("leakcheck: AddressSanitizer found a memory error (not a leak); see the log")
    sys.exit(1)
records = re.split(r"\n(?=(?:Direct|Indirect) leak of )", text)
liaison_module = re.compile(r"\$s\d*(GraphvizRendering|NetworkMaps|GraphvizRenderingTests|NetworkMapsTests)")
allocators = ("malloc", "calloc", "realloc", "strdup", "gmalloc", "zmalloc", "grealloc", "agalloc", "g_malloc", "g_realloc")
owned_results = ("agmemread", "gvRenderData", "gvContext", "agopen")
ours, libraries, total = [], Counter(), 0
for record in records:
    header = re.match(r"(Direct|Indirect) leak of (\d+) byte", record)
    if not header:
        continue
    total += int(header.group(2))
    names = re.findall(r"#\d+ 0x[0-9a-f]+ in (\S+)", record)
    first = next((i for i, name in enumerate(names) if not name.startswith(allocators) and "asan" not in name), None)
    liaison = next((i for i, name in enumerate(names) if liaison_module.search(name)), None)
    if liaison is not None and (liaison == first or (liaison > 0 and names[liaison - 1] in owned_results)):
        ours.append(record.strip())
    else:
        # The library of the first frame that is not an allocator (malloc, gmalloc, zmalloc, ...).
        frames = re.findall(r"#\d+ 0x[0-9a-f]+\s+(?:in (\S+)\s+)?\((?:[^()]*/)?([^/()]+?)\+0x", record)
        owner = next((lib for name, lib in frames if not name.startswith(allocators) and "asan" not in lib), "unknown")
        libraries[owner] += int(header.group(2))

print(f"leakcheck: {total} bytes leaked in total")
for lib, size in libraries.most_common():
    print(f"  {size:8d} bytes allocated inside {lib} (library caches or library leaks)")
if ours:
    print(f"leakcheck: {len(ours)} leak record(s) are Liaison's:")
    for record in ours:
        print(record)
        print()
    sys.exit(1)
print("leakcheck: no leaked block is Liaison's")
PY
