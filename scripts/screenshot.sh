#!/usr/bin/env bash
# Renders the README's screenshots from the real program: cpconsole offscreen on a fresh
# embedded endpoint with the sample data, saved as docs/screenshot.png (English) and
# docs/screenshot-de.png (German, the profiles tab).
# usage: scripts/screenshot.sh [BUILD_DIR]   (default build-release, as quickstart.sh run makes)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build-release}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# On a virtual 1366x768 screen, the smallest a user is likely to have: the window must
# show its content there at its starting size.
shoot() { # LANG TAB FILE
    rm -rf "$scratch/config" "$scratch/data"
    QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch" \
        LANG=$1 LANGUAGE= LC_ALL= timeout 120 xvfb-run -a -s "-screen 0 1366x768x24" \
        "$build/app/cpconsole" --data-dir "$scratch/data" \
        --sample-data --tab "$2" --screenshot "$root/docs/$3"
    echo "wrote $root/docs/$3"
}
shoot en_US.UTF-8 objecttypes screenshot.png
shoot de_DE.UTF-8 profiles screenshot-de.png
