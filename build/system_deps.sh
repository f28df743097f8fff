#!/bin/sh
# System packages that `make run` / `make test` need on Debian/Ubuntu, installed when missing.
#
#   build/system_deps.sh test|run|dist
#
# Checks shared libraries by soname (ldconfig) and tools by name, so it works whatever the package is
# called on this release. Installs what is missing with apt-get when run as root; otherwise prints the
# one command to run and stops (exit 1). Does nothing on other systems than Linux.
set -eu

target=${1:-test}
PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}

[ "$(uname -s)" = Linux ] || exit 0

# "check package" pairs: a soname (lib*.so.N) is looked up with ldconfig, anything else on PATH.
# Qt (PySide6 wheels) needs these for every platform plugin, offscreen included:
COMMON="libEGL.so.1 libegl1
libGL.so.1 libgl1
libX11.so.6 libx11-6
libxkbcommon.so.0 libxkbcommon0
libfontconfig.so.1 libfontconfig1
libfreetype.so.6 libfreetype6
libglib-2.0.so.0 libglib2.0-0
libdbus-1.so.3 libdbus-1-3"
# The window on an X11 or XWayland desktop (the xcb platform plugin):
DESKTOP="libX11-xcb.so.1 libx11-xcb1
libxkbcommon-x11.so.0 libxkbcommon-x11-0
libxcb-cursor.so.0 libxcb-cursor0
libxcb-icccm.so.4 libxcb-icccm4
libxcb-image.so.0 libxcb-image0
libxcb-keysyms.so.1 libxcb-keysyms1
libxcb-randr.so.0 libxcb-randr0
libxcb-render-util.so.0 libxcb-render-util0
libxcb-shape.so.0 libxcb-shape0
libxcb-xkb.so.1 libxcb-xkb1"
# The tests check PDFs with independent tools:
TESTS="pdffonts poppler-utils
pdftotext poppler-utils
pdftoppm poppler-utils
pdfsig poppler-utils"

case "$target" in
    test) wanted="$COMMON
$TESTS" ;;
    run) wanted="$COMMON
$DESKTOP" ;;
    dist) wanted="$COMMON
$TESTS
objdump binutils" ;;
    *) echo "usage: $0 test|run|dist" >&2; exit 2 ;;
esac

libs=$(PATH="$PATH:/sbin:/usr/sbin" ldconfig -p 2>/dev/null || true)
missing=""
add() { case " $missing " in *" $1 "*) ;; *) missing="$missing $1" ;; esac; }

# Creating the venv needs ensurepip, which Debian ships separately (python3-venv).
if [ ! -x "$VENV/bin/python" ] && ! "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
    add python3-venv
fi
while read -r what package; do
    [ -n "$what" ] || continue
    case "$what" in
        *.so.*) printf '%s\n' "$libs" | grep -q "^[[:space:]]*$what " || add "$package" ;;
        *) command -v "$what" >/dev/null 2>&1 || add "$package" ;;
    esac
done <<EOF
$wanted
EOF

[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "Missing system packages (Debian names):$missing — install their equivalents, then run make again." >&2
    exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "Missing system packages. Run this once, then make again:" >&2
    echo "    sudo apt-get update && sudo apt-get install -y --no-install-recommends$missing" >&2
    exit 1
fi
echo "Installing system packages:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# shellcheck disable=SC2086  # one word per package
apt-get install -y -q --no-install-recommends $missing
