#!/bin/sh
# Runs every fuzz target built by the fuzz preset, sharing TOTAL seconds between them (default 60),
# each on a scratch copy of its seed corpus in tests/data/fuzz/<target>/; prints the executions and
# fails on any crash (the reproducer is copied to build/fuzz/).
#   cmake --preset fuzz && cmake --build --preset fuzz
#   tests/fuzz/run-fuzzers.sh $((30 * 60))     # fuzz for N = 30 minutes in total
set -eu
total=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
bin="$root/build/fuzz/tests/fuzz"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
count=$(ls "$bin"/fuzz_* 2>/dev/null | wc -l)
[ "$count" -gt 0 ] || { echo "no fuzz targets in $bin: cmake --preset fuzz && cmake --build --preset fuzz" >&2; exit 1; }
seconds=$((total / count))
[ "$seconds" -ge 1 ] || seconds=1
status=0
for exe in "$bin"/fuzz_*; do
    [ -x "$exe" ] || continue
    name=$(basename "$exe" | sed 's/^fuzz_//')
    seeds="$root/tests/data/fuzz/$name"
    mkdir -p "$work/$name"
    [ -d "$seeds" ] && cp -r "$seeds/." "$work/$name/"
    echo "fuzzing $name for ${seconds}s"
    if ! (cd "$work" && ASAN_OPTIONS=detect_leaks=0 "$exe" -max_total_time="$seconds" -print_final_stats=1 \
            -rss_limit_mb=2048 -artifact_prefix="$work/" "$work/$name" >"$work/$name.log" 2>&1); then
        tail -n 60 "$work/$name.log"
        cp "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$root/build/fuzz/" 2>/dev/null || true
        echo "FAIL: fuzz_$name found a problem (reproducer copied to build/fuzz/)" >&2
        status=1
    fi
    grep -E '^stat::number_of_executed_units|^#[0-9]+ +DONE' "$work/$name.log" | sed "s/^/  $name: /"
done
exit $status
