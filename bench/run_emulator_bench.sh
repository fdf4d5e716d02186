#!/bin/bash
# Runs the local endpoint's benchmarks with a domain of 1,000,000 profiles and prints
# one JSON object: ingestion and search latency (bench_emulator, in process and over
# HTTP), the floor SQLite alone sets under ingestion (sqlite_floor), then signed requests
# per second from loadgen (8 keep-alive connections) against a cplocal process on
# loopback. Builds nothing: pass a Release build directory (default: build-release in the
# checkout; targets bench_emulator, loadgen, sqlite_floor, cplocal).
#
# The populated store is cached in /tmp/cp-bench-1m.sqlite (CP_BENCH_CACHE) and rebuilt
# (about 5 minutes) when absent or of another dataset format.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build-release}
cache=${CP_BENCH_CACHE:-/tmp/cp-bench-1m.sqlite}
seconds=${CP_BENCH_SECONDS:-10}
python=/usr/bin/python3

for binary in bench/bench_emulator bench/loadgen bench/sqlite_floor emulator/cplocal; do
    if [[ ! -x $build/$binary ]]; then
        echo "run_emulator_bench.sh: $build/$binary is not built" \
            "(cmake --build $build --target bench_emulator loadgen sqlite_floor cplocal)" >&2
        exit 1
    fi
done

tmp=$(mktemp -d)
server=
cleanup() {
    if [[ -n $server ]]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

"$build/bench/bench_emulator" --cache "$cache" >"$tmp/emulator.json" 2>"$tmp/emulator.err" || {
    cat "$tmp/emulator.err" >&2
    exit 1
}

# SQLite alone, the fewest statements an object needs, on a fresh copy of the store.
cp "$cache" "$tmp/floor.sqlite"
"$build/bench/sqlite_floor" "$tmp/floor.sqlite" 10000 >"$tmp/floor.json"
rm -f "$tmp"/floor.sqlite*

# cplocal in a process of its own, on a copy of the store.
"$build/bench/bench_emulator" --cache "$cache" --prepare "$tmp/data" >/dev/null
key=AKIDBENCHLOADGEN
secret=bench/loadgen/secret/loopback/only/000000000
"$build/emulator/cplocal" --host 127.0.0.1 --port 0 --data-dir "$tmp/data" \
    --access-key-id "$key" --secret-access-key "$secret" >"$tmp/cplocal.out" 2>"$tmp/cplocal.err" &
server=$!
port=
for _ in $(seq 1 600); do
    port=$(sed -n 's|^cplocal listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$tmp/cplocal.out")
    [[ -n $port ]] && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
done
if [[ -z $port ]]; then
    echo "run_emulator_bench.sh: cplocal did not start" >&2
    cat "$tmp/cplocal.err" >&2
    exit 1
fi

for op in getdomain search mixed; do
    "$build/bench/loadgen" --port "$port" --access-key-id "$key" --secret-access-key "$secret" \
        --op "$op" --connections 8 --seconds "$seconds" >"$tmp/load-$op.json"
done
kill "$server"
wait "$server" 2>/dev/null || true
server=

"$python" - "$tmp" "$build" <<'PY'
import json
import os
import re
import sys

tmp, build = sys.argv[1], sys.argv[2]
report = json.load(open(os.path.join(tmp, "emulator.json")))
build_type = "unknown"
with open(os.path.join(build, "CMakeCache.txt")) as f:
    for line in f:
        m = re.match(r"CMAKE_BUILD_TYPE:STRING=(.*)", line)
        if m:
            build_type = m.group(1)
report["build_type"] = build_type
report["sqlite_floor"] = json.load(open(os.path.join(tmp, "floor.json")))

load = {}
for op in ("getdomain", "search", "mixed"):
    result = json.load(open(os.path.join(tmp, f"load-{op}.json")))
    result.pop("machine", None)
    load[op] = result
report["throughput_http"] = {
    "server": "cplocal process (2 worker threads), file-backed store, loopback",
    "client": "loadgen: 8 keep-alive connections, one thread each, every request SigV4-signed",
    "note": "client and server share the machine's cores",
    **load,
}

ingest = report["ingest_file"]["objects_per_s"]
search = report["search_in_process"]
http = report["search_http"]
p99_in = max(search[k]["p99_ms"] for k in ("_email", "_phone"))
p99_http = max(http[k]["p99_ms"] for k in ("_email", "_phone"))
rps = min(load[op]["requests_per_s"] for op in ("getdomain", "search", "mixed"))
report["goals"] = {
    "ingest_file_objects_per_s": {"goal": ">= 20000", "value": ingest, "met": ingest >= 20000},
    "search_p99_in_process_ms": {"goal": "<= 2", "value": p99_in, "met": p99_in <= 2},
    "search_p99_http_ms": {"goal": "<= 5", "value": p99_http, "met": p99_http <= 5},
    "signed_requests_per_s": {"goal": ">= 5000", "value": rps, "met": rps >= 5000},
}
print(json.dumps(report, indent=1))
PY
