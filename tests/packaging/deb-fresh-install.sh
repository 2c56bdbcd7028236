#!/usr/bin/env bash
# The .deb on a fresh Debian 12: builds the package (release preset, CPack), makes a minimal
# Debian 12 root with debootstrap (once; reused when present and left untouched), copies it, installs
# the package there with apt-get (which must pull every dependency itself) and runs the app's
# commands and a first paint inside. Prints one PASS/FAIL line per check; exit 0 when all pass.
#
# usage (as root, from anywhere):  tests/packaging/deb-fresh-install.sh [ROOT_DIR] [--no-build] [--no-recommends]
#   ROOT_DIR    the pristine debootstrap root (default /var/tmp/spinesignal-bookworm); the test runs
#               in a throw-away copy ROOT_DIR.run, so every run starts from a fresh system
#   --no-build  use the newest build/release/spinesignal_*.deb as it is
#   --no-recommends  install with --no-install-recommends: proves Depends alone are enough to run
# needs: root, debootstrap, network access to deb.debian.org (MIRROR= to change). Slow (minutes):
# not part of ctest; see docs/packaging.md.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
root=/var/tmp/spinesignal-bookworm
build=1
recommends=1
for arg in "$@"; do
    case $arg in
        --no-build) build=0 ;;
        --no-recommends) recommends=0 ;;
        -*) echo "usage: $0 [ROOT_DIR] [--no-build] [--no-recommends]" >&2; exit 2 ;;
        *) root=$arg ;;
    esac
done
mirror=${MIRROR:-http://deb.debian.org/debian}
run="$root.run"
failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
check() {  # check DESCRIPTION COMMAND...: PASS when the command succeeds
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}

[[ $(id -u) -eq 0 ]] || { echo "FAIL: needs root (debootstrap, chroot)"; exit 2; }

# 1. The package.
if [[ $build -eq 1 ]]; then
    echo "== building the package (release preset, tests off)"
    (cd "$src" && cmake --preset release -DSPINESIGNAL_BUILD_TESTS=OFF >/dev/null &&
        nice -n 10 cmake --build --preset release &&
        cd build/release && cpack -G DEB) | tail -3 || { echo "FAIL: package build"; exit 1; }
fi
deb=$(ls -t "$src"/build/release/spinesignal_*.deb 2>/dev/null | head -1)
[[ -f $deb ]] || { echo "FAIL: no build/release/spinesignal_*.deb"; exit 1; }
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
dpkg-deb -f "$deb" Depends Recommends Installed-Size | sed 's/^/  /'

# 2. A fresh Debian 12.
if [[ ! -f $root/etc/debian_version ]]; then
    command -v debootstrap >/dev/null || { echo "FAIL: debootstrap missing (apt-get install debootstrap)"; exit 2; }
    echo "== debootstrap bookworm into $root"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
        { echo "FAIL: debootstrap (see $root.debootstrap.log)"; exit 1; }
fi
echo "== fresh copy of $root (Debian $(cat "$root/etc/debian_version"))"
rm -rf "$run" && cp -a "$root" "$run"
mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount "${mounted[i]}" 2>/dev/null; done
}
trap cleanup EXIT
mount -t proc proc "$run/proc" && mounted+=("$run/proc")
mount --bind /dev "$run/dev" && mounted+=("$run/dev")
cp /etc/resolv.conf "$run/etc/resolv.conf"
cp "$deb" "$run/tmp/"
in_root() { chroot "$run" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

# 3. Install: apt must resolve every dependency from the Debian archive by itself.
dpkg_before=$(in_root dpkg-query -W -f '${Package}\n' | sort)
apt_options=
[[ $recommends -eq 1 ]] || apt_options="--no-install-recommends "
in_root apt-get install -s --no-install-recommends "/tmp/$(basename "$deb")" >"$run.depends-only.log" 2>&1
echo "  Depends alone (no Recommends) would install $(grep -c '^Inst ' "$run.depends-only.log") packages"
echo "== apt-get install ${apt_options:-}./$(basename "$deb")"
in_root apt-get update -qq >/dev/null 2>&1
in_root sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y $apt_options /tmp/$(basename "$deb")" >"$run.install.log" 2>&1
install_rc=$?
grep -E '^(Need to get|After this operation)' "$run.install.log" | sed 's/^/  /'
check "apt-get install ${apt_options}./$(basename "$deb") (log: $run.install.log)" test $install_rc -eq 0
pulled=$(comm -13 <(echo "$dpkg_before") <(in_root dpkg-query -W -f '${Package}\n' | sort) | grep -vx spinesignal)
echo "  packages pulled in: $(echo "$pulled" | wc -l)"
echo "  of them Qt/fonts: $(echo "$pulled" | grep -E '^(libqt6|qt6|fonts-)' | tr '\n' ' ')"
check "dpkg says spinesignal is installed" sh -c "chroot '$run' dpkg-query -W -f '\${Status}' spinesignal | grep -q 'install ok installed'"

# 4. The installed files.
files=$(in_root dpkg -L spinesignal)
for f in /usr/bin/spinesignal \
    /usr/share/applications/io.github.spinesignal.SpineSignal.desktop \
    /usr/share/metainfo/io.github.spinesignal.SpineSignal.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/io.github.spinesignal.SpineSignal.svg \
    /usr/share/icons/hicolor/48x48/apps/io.github.spinesignal.SpineSignal.png \
    /usr/share/icons/hicolor/256x256/apps/io.github.spinesignal.SpineSignal.png; do
    check "dpkg -L lists $f" sh -c "echo '$files' | grep -qx '$f' && test -s '$run$f'"
done
echo "  installed: $(for f in $files; do [[ -f $run$f ]] && echo; done | wc -l) files, $(in_root dpkg-query -W -f '${Installed-Size}' spinesignal) KiB"
check "no library of the binary is missing (ldd)" sh -c "! chroot '$run' ldd /usr/bin/spinesignal | grep -q 'not found'"
# Trends and Doctor summary: a module the binary loads the first time one of them opens.
module=/usr/lib/spinesignal/libspinesignal_chartpages.so
check "dpkg -L lists $module" sh -c "echo '$files' | grep -qx '$module' && test -s '$run$module'"
check "no library of the chart-pages module is missing (ldd)" sh -c "! chroot '$run' ldd '$module' | grep -q 'not found'"
plugins="sqldrivers/libqsqlite.so platforms/libqxcb.so platforms/libqoffscreen.so iconengines/libqsvgicon.so imageformats/libqsvg.so"
[[ $recommends -eq 0 ]] || plugins+=" platforms/libqwayland-generic.so"  # qt6-wayland, a Recommends
for plugin in $plugins; do
    path=/usr/lib/x86_64-linux-gnu/qt6/plugins/$plugin
    check "Qt plugin $plugin installed, its libraries resolved" \
        sh -c "test -f '$run$path' && ! chroot '$run' ldd '$path' | grep -q 'not found'"
done
# Translations are compiled into the binary: a Chinese run must speak Chinese.
check "desktop file names the installed binary" grep -q '^Exec=spinesignal' \
    "$run/usr/share/applications/io.github.spinesignal.SpineSignal.desktop"

# 5. Run it.
out=$(in_root spinesignal --version 2>&1)
check "spinesignal --version ($out)" sh -c "echo '$out' | grep -q '[0-9]\.[0-9]'"
out=$(in_root spinesignal --data-dir /tmp/d --generate-sample-data 30 2>&1)
check "spinesignal --data-dir /tmp/d --generate-sample-data 30 ($out)" test $? -eq 0
check "the store was made (/tmp/d/spinesignal.db)" test -s "$run/tmp/d/spinesignal.db"
out=$(in_root spinesignal --data-dir /tmp/d --export-pdf /tmp/x.pdf 2>&1)
check "spinesignal --data-dir /tmp/d --export-pdf /tmp/x.pdf ($out)" sh -c "head -c 5 '$run/tmp/x.pdf' | grep -q '%PDF-'"
out=$(in_root spinesignal --data-dir /tmp/d --export-pdf /tmp/x-zh.pdf --lang zh_CN 2>&1)
check "Chinese export speaks Chinese ($out)" sh -c "head -c 5 '$run/tmp/x-zh.pdf' | grep -q '%PDF-' && echo '$out' | grep -q -P '[\x{4e00}-\x{9fff}]'"
out=$(in_root sh -c 'QT_QPA_PLATFORM=offscreen spinesignal --data-dir /tmp/d --quit-after-first-paint' 2>&1)
rc=$?
check "GUI: QT_QPA_PLATFORM=offscreen spinesignal --data-dir /tmp/d --quit-after-first-paint (exit $rc: $(echo "$out" | tail -1))" test $rc -eq 0
out=$(in_root sh -c 'QT_QPA_PLATFORM=offscreen spinesignal --data-dir /tmp/d --lang zh_CN --quit-after-first-paint' 2>&1)
rc=$?
check "GUI in Chinese: first paint (exit $rc)" test $rc -eq 0
for area in 3 4; do  # Trends, Doctor summary: opened from the module
    mkdir -p "$run/tmp/d$area" && printf '[window]\narea=%s\n' "$area" >"$run/tmp/d$area/settings.ini"
    out=$(in_root sh -c "QT_QPA_PLATFORM=offscreen spinesignal --data-dir /tmp/d$area --quit-after-first-paint" 2>&1)
    rc=$?
    grep -q 'could not be loaded' <<<"$out" && said=1 || said=0
    check "GUI opening on area $area loads the chart-pages module (exit $rc)" test "$rc" -eq 0 -a "$said" -eq 0
done
check "a CJK font came along (Depends)" sh -c "find '$run/usr/share/fonts' -iname '*cjk*' -o -iname '*wqy*' | grep -q ."
if command -v pdffonts >/dev/null; then
    check "the Chinese PDF embeds a CJK font (pdffonts)" sh -c "pdffonts '$run/tmp/x-zh.pdf' | grep -q -i -E 'cjk|wenquanyi|wqy'"
fi

# 6. And it leaves cleanly.
check "apt-get purge spinesignal" sh -c "chroot '$run' env DEBIAN_FRONTEND=noninteractive apt-get purge -y spinesignal >/dev/null 2>&1 && test ! -e '$run/usr/bin/spinesignal'"

if [[ $failures -eq 0 ]]; then echo "PASS: all checks on a fresh Debian $(cat "$run/etc/debian_version")"; else echo "FAIL: $failures check(s)"; fi
[[ $failures -eq 0 ]]
