#!/bin/sh
# Privacy checks on the real executable (docs/reliability.md):
#   privacy.sh network EXE WORKDIR   runs the command-line paths under strace; fails on any inet socket
#   privacy.sh linking EXE           fails if the executable links QtNetwork (or any libQt6Network*)
#   privacy.sh permissions EXE WORKDIR  a new data folder is 0700 and the store 0600
set -eu
mode=$1
exe=$2
case "$mode" in
network)
    work=$3
    rm -rf "$work" && mkdir -p "$work"
    if ! command -v strace >/dev/null 2>&1; then
        echo "strace is not installed (see .ci/debian-packages.txt)" >&2
        exit 1
    fi
    run() {
        log="$work/strace-$1.log"
        shift
        QT_QPA_PLATFORM=offscreen strace -f -qq -e trace=socket,connect -o "$log" "$exe" "$@" >/dev/null 2>&1 || {
            echo "spinesignal $* failed under strace" >&2
            exit 1
        }
        if grep -E 'AF_INET6?|PF_INET6?' "$log"; then
            echo "FAIL: spinesignal $* opened an internet socket (above)" >&2
            exit 1
        fi
        echo "ok: spinesignal $*: $(grep -c 'socket(' "$log" || true) sockets, none inet"
    }
    run version --version
    run help --help
    run window --data-dir "$work/data" --quit-after-first-paint
    run window-zh --data-dir "$work/data" --lang zh_CN --quit-after-first-paint
    ;;
linking)
    if ldd "$exe" | grep -E 'libQt6Network|libssl|libcurl'; then
        echo "FAIL: spinesignal links a network library (above)" >&2
        exit 1
    fi
    echo "ok: no network library linked"
    ;;
permissions)
    work=$3
    rm -rf "$work" && mkdir -p "$work"
    QT_QPA_PLATFORM=offscreen "$exe" --data-dir "$work/data" --quit-after-first-paint >/dev/null 2>&1
    dirmode=$(stat -c %a "$work/data")
    dbmode=$(stat -c %a "$work/data/spinesignal.db")
    [ "$dirmode" = 700 ] || { echo "FAIL: data folder is $dirmode, not 700" >&2; exit 1; }
    [ "$dbmode" = 600 ] || { echo "FAIL: store is $dbmode, not 600" >&2; exit 1; }
    # Anything else SpineSignal wrote there (settings, side files, backups) is private too.
    if find "$work/data" -type f -perm /077 | grep .; then
        echo "FAIL: files readable by others (above)" >&2
        exit 1
    fi
    echo "ok: data folder 700, store 600"
    ;;
*)
    echo "usage: privacy.sh network|linking|permissions EXE [WORKDIR]" >&2
    exit 2
    ;;
esac
