#!/usr/bin/env bash
# Builds and runs one libFuzzer target of the CSV importer (AddressSanitizer on).
# Usage: scripts/fuzz.sh TARGET [SECONDS] [extra libFuzzer flags...]
#   TARGET: csv-reader   (the tokenizer and CSVSource over arbitrary bytes)
#           loader       (NetworkLoader.load over a nodes table and a ties table; see Fuzz/loader)
#           workbook-xml (the .xlsx reader's XML: sheet, shared strings, styles, workbook part)
#   SECONDS: how long to fuzz (default 60); 0 only builds the target.
# The fuzzer is built with swiftc directly (Package.swift is untouched): NetworkModel and ZIPFoundation (from the
# resolved checkout, `swift package resolve`) as modules, then the NetworkIO sources (Workbook/ included) with the
# target's entry file as one module, so the entry reaches NetworkIO's internals.
# One fuzzing process (-jobs=1); new inputs go to .build-fuzz/TARGET/corpus (the committed seeds in
# Fuzz/corpus/TARGET are read, never written); a crash is saved as .build-fuzz/TARGET/crash-*; the run's log is .build-fuzz/TARGET/fuzz-0.log.
# Replay a crash: scripts/fuzz.sh TARGET 0 && .build-fuzz/TARGET/fuzz-TARGET .build-fuzz/TARGET/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: scripts/fuzz.sh csv-reader|loader|workbook-xml [SECONDS] [libFuzzer flags]}"
seconds="${2:-60}"
shift $(( $# >= 2 ? 2 : 1 ))
case "$target" in
  csv-reader|loader|workbook-xml) ;;
  *) echo "unknown fuzz target '$target' (csv-reader, loader or workbook-xml)" >&2; exit 64 ;;
esac

out=".build-fuzz/$target"
mkdir -p "$out/corpus" "$out/modules"
flags=(-O -g -swift-version 6 -package-name Liaison -sanitize=fuzzer,address -parse-as-library -use-ld=lld)

echo "== building the NetworkModel module" >&2
swiftc "${flags[@]}" -module-name NetworkModel -emit-module -emit-module-path "$out/modules/NetworkModel.swiftmodule" \
  -emit-library -static -o "$out/libNetworkModel.a" Sources/NetworkModel/*.swift
echo "== building the OutputEscaping module" >&2
swiftc "${flags[@]}" -module-name OutputEscaping -emit-module -emit-module-path "$out/modules/OutputEscaping.swiftmodule" \
  -emit-library -static -o "$out/libOutputEscaping.a" Sources/OutputEscaping/*.swift
zipfoundation=.build/checkouts/ZIPFoundation/Sources/ZIPFoundation
[ -d "$zipfoundation" ] || swift package resolve
echo "== building the ZIPFoundation module" >&2
swiftc "${flags[@]}" -swift-version 5 -module-name ZIPFoundation -I "$zipfoundation/../CZLib" -Xcc -D_GNU_SOURCE=1 -emit-module \
  -emit-module-path "$out/modules/ZIPFoundation.swiftmodule" -emit-library -static -o "$out/libZIPFoundation.a" \
  "$zipfoundation"/*.swift
echo "== building fuzz-$target (NetworkIO + Fuzz/$target)" >&2
swiftc "${flags[@]}" -module-name NetworkIO -I "$out/modules" -I "$zipfoundation/../CZLib" \
  Sources/NetworkIO/*.swift Sources/NetworkIO/Workbook/*.swift Fuzz/"$target"/*.swift "$out/libNetworkModel.a" \
  "$out/libZIPFoundation.a" "$out/libOutputEscaping.a" -lz -o "$out/fuzz-$target"

[ "$seconds" = 0 ] && exit 0
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
# The Swift runtime's backtracer reads memory that AddressSanitizer flags: let libFuzzer report traps instead.
export SWIFT_BACKTRACE=enable=no
export LIAISON_FUZZ_SCRATCH="${LIAISON_FUZZ_SCRATCH:-$(mktemp -d)}"
trap 'rm -rf "$LIAISON_FUZZ_SCRATCH"' EXIT
echo "== fuzzing $target for $seconds s" >&2
# With -jobs=1 libFuzzer runs the fuzzing in one child process whose output goes to fuzz-0.log in the
# working folder: run from the build folder and show that log at the end.
seeds="$PWD/Fuzz/corpus/$target"
cd "$out"
status=0
"./fuzz-$target" -max_total_time="$seconds" -jobs=1 -workers=1 -print_final_stats=1 \
  -artifact_prefix="$PWD/" -max_len=4096 "$@" corpus "$seeds" || status=$?
tail -n 40 fuzz-0.log
exit "$status"
