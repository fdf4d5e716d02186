#!/usr/bin/env bash
# Installs, from Debian 12's packages, whatever the project needs that is missing, then
# the npm packages of the JavaScript SDK's conformance test as their lock file pins them.
# Safe to run again: it asks apt only when something is actually missing, and npm only
# when tests/conformance/js/node_modules is missing or older than its lock file.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

packages=(
    # build
    cmake ninja-build g++ ccache pkg-config
    clang libclang-rt-14-dev # the fuzz harnesses (libFuzzer, scripts/fuzz.sh)
    qt6-base-dev qt6-httpserver-dev qt6-tools-dev qt6-l10n-tools qt6-base-dev-tools
    qtkeychain-qt6-dev libqt6sql6-sqlite libsqlite3-dev libqt6svg6 libgl-dev
    libgtest-dev libbenchmark-dev
    # tests: the real AWS CLI and SDKs, a virtual display for screenshots
    awscli python3-boto3 python3-botocore xvfb xauth
    # Qt's own German (standard buttons, shortcut names); the package's validators
    qt6-translations-l10n desktop-file-utils appstream
    # the Debian package: cpack -G DEB with dpkg-shlibdeps
    dpkg-dev file
)
# node and npm for the JavaScript SDK: Debian's, but only where the machine has none
# (a node installed otherwise, e.g. from NodeSource, is used as it is).
if ! command -v node >/dev/null; then
    packages+=(nodejs)
fi
if ! command -v npm >/dev/null; then
    packages+=(npm)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: everything is installed"
else
    sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        sudo=(sudo)
    fi
    echo "install-deps: installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm writes node_modules/.package-lock.json after each install: older than the lock file
# (or than package.json) means the lock file changed since.
js=$root/tests/conformance/js
installed=$js/node_modules/.package-lock.json
if [[ ! -f $installed || $js/package-lock.json -nt $installed || $js/package.json -nt $installed ]]; then
    echo "install-deps: npm ci in tests/conformance/js"
    (cd "$js" && npm ci --no-audit --no-fund --no-update-notifier --loglevel=error)
fi
