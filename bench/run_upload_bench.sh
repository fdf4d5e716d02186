#!/bin/bash
# An upload job of 1,000,000 CSV rows (bench_upload: from StartUploadJob to the job's end,
# in a fresh file store) and what SQLite alone allows for the same rows (sqlite_floor
# --upload, on an empty store with the same schema); prints both JSON objects. Builds
# nothing: pass a Release build directory (default: build-release in the checkout).
#   bench/run_upload_bench.sh [BUILD_DIR] [ROWS]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$(dirname "$here")/build-release}
rows=${2:-1000000}
for binary in bench/bench_upload bench/sqlite_floor; do
    if [[ ! -x $build/$binary ]]; then
        echo "run_upload_bench.sh: $build/$binary is not built" \
            "(cmake --build $build --target bench_upload sqlite_floor)" >&2
        exit 1
    fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$build/bench/bench_upload" --rows "$rows" --dir "$tmp/job" 2>/dev/null
rm -rf "$tmp/job"
"$build/bench/bench_upload" --empty-store "$tmp/floor.sqlite"
"$build/bench/sqlite_floor" --upload "$tmp/floor.sqlite" "$rows"
