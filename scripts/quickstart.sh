#!/usr/bin/env bash
# The README's two commands:
#   scripts/quickstart.sh run   installs what is missing, builds, starts cpconsole
#   scripts/quickstart.sh test  installs what is missing, builds with ASan+UBSan and
#                               -Werror, runs the whole test suite, then each fuzz
#                               harness for CP_FUZZ_SECONDS (45) s (scripts/fuzz.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-}
jobs=$(nproc)

"$root/scripts/install-deps.sh"

case "$mode" in
run)
    cmake -S "$root" -B "$root/build-release" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCP_BUILD_TESTS=OFF -DCP_BUILD_BENCH=OFF
    cmake --build "$root/build-release" --target cpconsole cplocal -j "$jobs"
    shift
    exec "$root/build-release/app/cpconsole" "$@"
    ;;
test)
    cmake -S "$root" -B "$root/build-ci" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DCP_SANITIZE=ON -DCP_WERROR=ON -DCP_BUILD_BENCH=ON
    cmake --build "$root/build-ci" -j "$jobs"
    (cd "$root/build-ci" && ctest --output-on-failure --no-tests=error -j "$jobs")
    # Bounded: eight harnesses, about six minutes of fuzzing after a clang build.
    FUZZ_SEED=${CP_FUZZ_SEED:-1} exec "$root/scripts/fuzz.sh" "${CP_FUZZ_SECONDS:-45}"
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
