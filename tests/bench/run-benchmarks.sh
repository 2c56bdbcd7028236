#!/usr/bin/env bash
# Every figure of issue 10 in one command: builds the Release preset, runs the benchmark executables
# (each prints its figures beside floors measured in the same run), then times whole processes —
# start-up offscreen and under Xvfb, peak memory with ten years shown on Trends, a one-year PDF
# export — against the bare-window floor, alternating the two so both see the same machine.
#
#   bash tests/bench/run-benchmarks.sh            # REPS=5 repetitions (median, min-max)
#   REPS=9 bash tests/bench/run-benchmarks.sh
# Start-ups are short and noisy on this machine (±3 ms between batches of five): they are launched
# STARTUP_REPS=21 times each (alternating with the floor), which costs seconds, not minutes.
#
# Needs the packages of .ci/debian-packages.txt (run `bash .ci/setup-debian` first): Google
# Benchmark, Xvfb and GNU time among them. Results: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPS="${REPS:-5}"
STARTUP_REPS="${STARTUP_REPS:-21}"

cmake --preset release >/dev/null
cmake --build --preset release --target spinesignal spinesignal_bench_storage spinesignal_bench_trends \
    spinesignal_bench_app spinesignal_bare_window
BIN=build/release
APP="$BIN/app/spinesignal"
BARE="$BIN/tests/bench/floors/spinesignal_bare_window"
export QT_QPA_PLATFORM=offscreen

echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
echo "== storage: save, bulk insert, CSV import (floors: raw sqlite3, same schema and pragmas)"
"$BIN/tests/bench/floors/spinesignal_bench_storage" --benchmark_repetitions="$REPS"
echo "== Trends with ten years (floor: the same GROUP BY in raw SQL)"
"$BIN/tests/bench/spinesignal_bench_trends" --benchmark_repetitions="$REPS"
echo "== PDF export, article search, growth at 1, 3 and 10 years"
"$BIN/tests/bench/spinesignal_bench_app" --benchmark_repetitions="$REPS"

# ---- whole processes ----------------------------------------------------------------------------
WORK="$(mktemp -d)"
# Qt warns on every start when there is none; a private one keeps the output to the figures.
export XDG_RUNTIME_DIR="$WORK/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
XVFB_PID=""
cleanup() {
    [[ -n "$XVFB_PID" ]] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# median min max of the numbers on stdin
stats() { sort -n | awk '{v[NR]=$1} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; printf "%.1f %.1f %.1f", m, v[1], v[NR]}'; }
# figure, measured "median min max", floor "median min max", target ratio ("-" for none), unit
verdict() {
    local figure="$1" unit="$5" target="$4"
    read -r m mlo mhi <<<"$2"
    read -r f flo fhi <<<"$3"
    awk -v fig="$figure" -v m="$m" -v mlo="$mlo" -v mhi="$mhi" -v f="$f" -v flo="$flo" -v fhi="$fhi" \
        -v t="$target" -v u="$unit" 'BEGIN {
        r = m / f;
        v = (t == "-") ? "(reported)" : (r <= t ? "met" : "MISSED");
        printf "%-50s %9.1f %s (%.1f-%.1f) %9.1f %s (%.1f-%.1f) %6.2f %6s  %s\n", fig, m, u, mlo, mhi, f, u, flo, fhi, r,
            (t == "-") ? "-" : "<=" t, v }'
}

EMPTY="$WORK/empty"
TEN="$WORK/ten-years"
YEAR="$WORK/one-year"
"$APP" --data-dir "$EMPTY" --quit-after-first-paint >/dev/null  # creates the store: not part of a start-up
"$APP" --data-dir "$TEN" --generate-sample-data 3650 >/dev/null
"$APP" --data-dir "$YEAR" --generate-sample-data 365 >/dev/null
TEN_LEARN="$WORK/ten-years-learn"  # the same store, opening on Learn as a first start does
mkdir -m 700 "$TEN_LEARN"
cp "$TEN/spinesignal.db" "$TEN_LEARN/"
printf '[window]\narea=3\n' >"$TEN/settings.ini"  # reopen on Trends, as after a visit there
STARTUP_DIR="$EMPTY"

startup_pair() {  # prints "app_ms bare_ms" for one alternating pair; $@: extra app arguments
    local a b
    # Each says how long since its launch: the stamp gives that to the millisecond (without it,
    # /proc's start time is in 10 ms ticks).
    a=$(SPINESIGNAL_LAUNCHED_AT_NS=$(date +%s%N) "$APP" --data-dir "$STARTUP_DIR" --quit-after-first-paint "$@" | tail -n1)
    b=$(SPINESIGNAL_LAUNCHED_AT_NS=$(date +%s%N) "$BARE" | tail -n1)
    echo "$a $b"
}
run_startups() {  # $@: extra app arguments (the language)
    : >"$WORK/app.txt"
    : >"$WORK/bare.txt"
    for _ in $(seq "$STARTUP_REPS"); do
        read -r a b <<<"$(startup_pair "$@")"
        echo "$a" >>"$WORK/app.txt"
        echo "$b" >>"$WORK/bare.txt"
    done
}

echo
echo "Whole processes (median of $STARTUP_REPS start-ups, of $REPS for memory and export; min-max), alternating with the floor"
printf '%-50s %26s %26s %6s %6s  %s\n' figure measured floor ratio target verdict

# A first start opens on Learn: the English window, and the Chinese one (more type sizes in the CJK
# font, the heaviest first page), each against the bare window run alternately with it.
run_startups --lang en
verdict "start-up to first paint, offscreen, English" "$(stats <"$WORK/app.txt")" "$(stats <"$WORK/bare.txt")" 2 ms
run_startups --lang zh_CN
verdict "start-up to first paint, offscreen, Chinese" "$(stats <"$WORK/app.txt")" "$(stats <"$WORK/bare.txt")" 2 ms
# After years of use: the same Chinese start with ten years of entries in the store. Reported: the
# store's pages are checked on a second thread while the window is built, so this should match the
# empty start.
STARTUP_DIR="$TEN_LEARN"
run_startups --lang zh_CN
verdict "start-up to first paint, ten years stored, Chinese" "$(stats <"$WORK/app.txt")" "$(stats <"$WORK/bare.txt")" - ms
STARTUP_DIR="$EMPTY"

# The same as whole processes, wall clock from launch to exit (as a stopwatch outside would see
# it): exit and process teardown included, for the app and the floor alike. Reported beside the
# figure of the target, which is launch to first paint.
# Wall clock of whole processes (launch to exit): the app with the arguments $@, then the bare
# window, REPS times alternately; milliseconds into app.txt and bare.txt.
whole_processes() {  # $1: how many times
    local times=$1
    shift
    : >"$WORK/app.txt"
    : >"$WORK/bare.txt"
    for _ in $(seq "$times"); do
        t0=$(date +%s%N)
        "$APP" "$@" >/dev/null
        t1=$(date +%s%N)
        "$BARE" >/dev/null
        t2=$(date +%s%N)
        echo $(((t1 - t0) / 1000000)) >>"$WORK/app.txt"
        echo $(((t2 - t1) / 1000000)) >>"$WORK/bare.txt"
    done
}
whole_processes "$STARTUP_REPS" --data-dir "$EMPTY" --quit-after-first-paint --lang en
verdict "start-up, whole process to exit, offscreen, English" "$(stats <"$WORK/app.txt")" "$(stats <"$WORK/bare.txt")" - ms
whole_processes "$STARTUP_REPS" --data-dir "$EMPTY" --quit-after-first-paint --lang zh_CN
verdict "start-up, whole process to exit, offscreen, Chinese" "$(stats <"$WORK/app.txt")" "$(stats <"$WORK/bare.txt")" - ms

if command -v Xvfb >/dev/null; then
    Xvfb :97 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    sleep 1
    QT_QPA_PLATFORM=xcb DISPLAY=:97 run_startups --lang en
    verdict "start-up to first paint, Xvfb, English" "$(stats <"$WORK/app.txt")" "$(stats <"$WORK/bare.txt")" 2 ms
    QT_QPA_PLATFORM=xcb DISPLAY=:97 run_startups --lang zh_CN
    verdict "start-up to first paint, Xvfb, Chinese" "$(stats <"$WORK/app.txt")" "$(stats <"$WORK/bare.txt")" 2 ms
else
    echo "start-up under Xvfb: not run (Xvfb is not installed)"
fi

# Peak resident memory (GNU time's %M, KiB → MB): ten years, reopened on Trends, to first paint.
: >"$WORK/mem-app.txt"
: >"$WORK/mem-bare.txt"
for _ in $(seq "$REPS"); do
    /usr/bin/time -f '%M' -o "$WORK/m" "$APP" --data-dir "$TEN" --quit-after-first-paint >/dev/null
    awk '{printf "%.1f\n", $1/1024}' "$WORK/m" >>"$WORK/mem-app.txt"
    /usr/bin/time -f '%M' -o "$WORK/m" "$BARE" >/dev/null
    awk '{printf "%.1f\n", $1/1024}' "$WORK/m" >>"$WORK/mem-bare.txt"
done
verdict "peak memory, ten years, Trends shown" "$(stats <"$WORK/mem-app.txt")" "$(stats <"$WORK/mem-bare.txt")" - MB
read -r mem _ <<<"$(stats <"$WORK/mem-app.txt")"
awk -v m="$mem" 'BEGIN { printf "%-50s %9.1f MB %29s %6s %6s  %s\n", "peak memory, absolute", m, "", "", "<=120", (m <= 120 ? "met" : "MISSED") }'

# A one-year PDF as the person exports it from the command line, whole process (start, read, write, exit).
whole_processes "$REPS" --data-dir "$YEAR" --export-pdf "$WORK/year.pdf"
verdict "export a one-year PDF, whole process" "$(stats <"$WORK/app.txt")" "$(stats <"$WORK/bare.txt")" - ms
read -r pdf _ <<<"$(stats <"$WORK/app.txt")"
awk -v m="$pdf" 'BEGIN { printf "%-50s %9.1f ms %29s %6s %6s  %s\n", "export a one-year PDF, absolute", m, "", "", "<=1000", (m <= 1000 ? "met" : "MISSED") }'
