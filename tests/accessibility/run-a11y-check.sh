#!/usr/bin/env bash
# Reads SpineSignal's accessibility tree with an assistive-technology client (AT-SPI, pyatspi) in a
# real X window under Xvfb and a private D-Bus session; fails when an interactive control has no
# accessible name (tests/accessibility/read-a11y-tree.py says which).
# usage: run-a11y-check.sh SPINESIGNAL_EXE WORK_DIR [zh_CN|en ...]   (default: both languages)
# Exit 0 pass, 1 unnamed controls, 2 could not run the check, 77 tools missing (CTest: skipped).
# needs: xvfb at-spi2-core python3-pyatspi gir1.2-atspi-2.0 dbus (Debian packages)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3  # the system Python: pyatspi is a Debian package, not a pip one

if [[ ${1:-} != --inside ]]; then
    exe=$1 work=$2
    shift 2
    langs=("$@")
    [[ ${#langs[@]} -gt 0 ]] || langs=(zh_CN en)
    for tool in Xvfb dbus-run-session /usr/libexec/at-spi-bus-launcher; do
        command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool missing (apt-get install xvfb dbus at-spi2-core)"; exit 77; }
    done
    "$py" -c 'import pyatspi' 2>/dev/null || { echo "SKIP: pyatspi missing (apt-get install python3-pyatspi gir1.2-atspi-2.0)"; exit 77; }
    rm -rf "$work" && mkdir -p "$work/runtime" && chmod 700 "$work/runtime"
    # Own runtime directory: the AT-SPI bus socket lives there, so parallel runs stay apart.
    export XDG_RUNTIME_DIR="$work/runtime"
    # A private session bus: the AT-SPI bus launcher is started on it by D-Bus activation.
    exec dbus-run-session -- "$here/$(basename "$0")" --inside "$exe" "$work" "${langs[@]}"
fi
shift  # --inside
exe=$1 work=$2
shift 2
langs=("$@")

# Xvfb picks a free display itself and writes its number (no race between parallel tests).
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
app=
cleanup() {
    [[ -n $app ]] && kill "$app" 2>/dev/null
    kill "$xvfb" 2>/dev/null
    wait 2>/dev/null
}
trap cleanup EXIT
for _ in $(seq 100); do [[ -s $work/display ]] && break; sleep 0.1; done
[[ -s $work/display ]] || { echo "FAIL: Xvfb did not start (see $work/xvfb.log)"; exit 2; }
disp=:$(head -1 "$work/display")
export DISPLAY=$disp QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
export NO_AT_BRIDGE=0 GTK_MODULES=

status=0
for lang in "${langs[@]}"; do
    data="$work/data-$lang"
    "$exe" --data-dir "$data" --generate-sample-data 14 >/dev/null || { echo "FAIL: sample data"; exit 2; }
    "$exe" --data-dir "$data" --lang "$lang" >"$work/app-$lang.log" 2>&1 &
    app=$!
    echo "== language $lang"
    "$py" "$here/read-a11y-tree.py" --app-pid "$app" --timeout 20 ${A11Y_VERBOSE:+--verbose}
    rc=$?
    kill "$app" 2>/dev/null
    wait "$app" 2>/dev/null
    app=
    if [[ $rc -eq 2 ]]; then
        echo "FAIL: language $lang: the tree could not be read (see $work/app-$lang.log)"
        exit 2
    fi
    [[ $rc -eq 0 ]] && echo "PASS: language $lang" || { echo "FAIL: language $lang"; status=1; }
done
exit $status
