#!/usr/bin/env bash
# Renders the README's screenshot from the real program: cpconsole offscreen on a fresh
# embedded endpoint with the sample data, saved as docs/screenshot.png.
# usage: scripts/screenshot.sh [BUILD_DIR]   (default build-release, as quickstart.sh run makes)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build-release}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch" \
    LANG=en_US.UTF-8 timeout 120 "$build/app/cpconsole" --data-dir "$scratch/data" --sample-data \
    --tab objecttypes --screenshot "$root/docs/screenshot.png"
echo "wrote $root/docs/screenshot.png"
