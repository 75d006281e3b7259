#!/usr/bin/env bash
# Check (and, as root, install) the Debian/Ubuntu packages that PySide6's
# bundled Qt needs at run time.
#
#   scripts/system_deps.sh test   headless tests: Qt "offscreen" platform + QtMultimedia,
#                                 and poppler-utils (pdftoppm) for the printing tests
#   scripts/system_deps.sh run    the above + what the "xcb" (X11) platform plugin needs
#
# Quiet when everything is present. When something is missing:
#   - as root: apt-get update, then apt-get install -y <missing>
#   - otherwise: prints one line "sudo apt-get install -y ..." and exits 1
# On systems without dpkg (not Debian-based) it prints a note and exits 0.
set -euo pipefail

mode="${1:-run}"

# "a|b" means: either name satisfies it (Ubuntu 24.04+ renamed some libraries
# for the 64-bit time_t transition, e.g. libglib2.0-0 -> libglib2.0-0t64).
#
# Found by loading PySide6 6.12 in a minimal Debian 12 root:
#   libglib2.0-0, libgl1, libegl1, libxkbcommon0, libfontconfig1, libdbus-1-3
#       QtCore/QtGui will not import without them
#   libpulse0    QtMultimedia will not import without it
#   libxrandr2   the FFmpeg multimedia backend plugin needs it; without it Qt
#                warns "No QtMultimedia backends found" (QMediaPlayer unusable)
test_pkgs=(
    libegl1
    libgl1
    libxkbcommon0
    libfontconfig1
    libdbus-1-3
    libpulse0
    "libglib2.0-0|libglib2.0-0t64"
    libxrandr2
)
# Tests only: pdftoppm renders a printed sheet to PNG (tests/printing).
test_only_pkgs=(
    poppler-utils
)
# The xcb platform plugin (a real window on X11 / XWayland).
xcb_pkgs=(
    libxkbcommon-x11-0
    libxcb-icccm4
    libxcb-image0
    libxcb-keysyms1
    libxcb-randr0
    libxcb-render-util0
    libxcb-xinerama0
    libxcb-xfixes0
    libxcb-cursor0
    libxcb-shape0
)

case "$mode" in
    test) wanted=("${test_pkgs[@]}" "${test_only_pkgs[@]}") ;;
    run) wanted=("${test_pkgs[@]}" "${xcb_pkgs[@]}") ;;
    *)
        echo "usage: $0 test|run" >&2
        exit 2
        ;;
esac

note() { echo "system_deps: $*" >&2; }

# Informational only: the app ships its own CJK font (resources/fonts).
font_note() {
    if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
        note "no system CJK font found (fc-list :lang=zh); the bundled WenQuanYi Micro Hei will be used."
    fi
}

if ! command -v dpkg-query >/dev/null 2>&1; then
    note "no dpkg on this system; not checking system packages." \
        "Qt needs OpenGL/EGL, xkbcommon, fontconfig, D-Bus, PulseAudio client and GLib libraries" \
        "(plus the xcb libraries for a window on X11) - install them with your package manager."
    exit 0
fi

is_installed() {
    dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -q ' ok installed$'
}

# Does apt know an installable version of the package?
has_candidate() {
    local cand
    cand="$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2; exit}')"
    [ -n "$cand" ] && [ "$cand" != "(none)" ]
}

# Choose which name of an "a|b" entry to install: the first one apt can install,
# else the first one.
pick_name() {
    local alt
    local -a alts
    IFS='|' read -r -a alts <<<"$1"
    for alt in "${alts[@]}"; do
        if has_candidate "$alt"; then
            echo "$alt"
            return
        fi
    done
    echo "${alts[0]}"
}

missing=()
for entry in "${wanted[@]}"; do
    IFS='|' read -r -a alts <<<"$entry"
    ok=0
    for alt in "${alts[@]}"; do
        if is_installed "$alt"; then
            ok=1
            break
        fi
    done
    [ "$ok" -eq 1 ] || missing+=("$entry")
done

if [ "${#missing[@]}" -eq 0 ]; then
    font_note
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    note "installing missing packages for '$mode' mode..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    names=()
    for entry in "${missing[@]}"; do names+=("$(pick_name "$entry")"); done
    apt-get install -y -qq "${names[@]}"
    font_note
    exit 0
fi

names=()
for entry in "${missing[@]}"; do names+=("$(pick_name "$entry")"); done
note "missing Debian packages needed by Qt ('$mode' mode); install them with:"
echo "sudo apt-get install -y ${names[*]}"
exit 1
