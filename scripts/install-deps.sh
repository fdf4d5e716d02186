#!/usr/bin/env bash
# Installs, from Debian 12's packages, whatever the project needs that is missing.
# Safe to run again: it asks apt only when something is actually missing.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-tools-dev qt6-l10n-tools qt6-base-dev-tools
    qtkeychain-qt6-dev libqt6sql6-sqlite libsqlite3-dev libqt6svg6 libgl-dev
    libgtest-dev libbenchmark-dev
    # tests: the real AWS CLI and SDK, a virtual display for screenshots
    awscli python3-boto3 python3-botocore xvfb xauth
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: everything is installed"
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
