#!/bin/bash
# Runs the built SigV4 benchmark and botocore's signer on the same request and prints
# one JSON object. Builds nothing: pass the bench_sigv4 binary of a Release build
# (default: build-release/bench/bench_sigv4 in the checkout).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bench=${1:-$root/build-release/bench/bench_sigv4}
# Debian's interpreter: python3-botocore is installed for it, not for other pythons.
python=/usr/bin/python3

if [[ ! -x $bench ]]; then
    echo "run_sigv4_bench.sh: $bench is not built (cmake --build build-release --target bench_sigv4)" >&2
    exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bench" --benchmark_format=json >"$tmp/cpp.json" 2>"$tmp/cpp.err" || {
    cat "$tmp/cpp.err" >&2
    exit 1
}
"$python" "$here/botocore_sigv4_bench.py" >"$tmp/botocore.json"

"$python" - "$tmp/cpp.json" "$tmp/botocore.json" <<'PY'
import json
import os
import sys

cpp = json.load(open(sys.argv[1]))
boto = json.load(open(sys.argv[2]))
scale = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}


def median(name):
    for b in cpp["benchmarks"]:
        # run_name carries the repetition suffix: "BM_SignCachedKey/repeats:10".
        if b.get("run_name", "").split("/")[0] == name and b.get("aggregate_name") == "median":
            return b["real_time"] * scale[b.get("time_unit", "ns")]
    raise SystemExit(f"run_sigv4_bench.sh: no median for {name} in the benchmark output")


model, flags = "unknown", set()
with open("/proc/cpuinfo") as f:
    for line in f:
        key, _, value = line.partition(":")
        key = key.strip()
        if key == "model name" and model == "unknown":
            model = value.strip()
        elif key == "flags" and not flags:
            flags = set(value.split())

cached = median("BM_SignCachedKey")
derive = median("BM_SignDeriveKey")
botocore_ns = boto["botocore_ns_median"]
print(json.dumps({
    "machine": {
        "cpu": model,
        "cores": os.cpu_count(),
        "sha_extensions": "sha_ni" in flags,
    },
    "cpp_ns_median_cached": round(cached, 1),
    "cpp_ns_median_derive": round(derive, 1),
    "botocore_ns_median": round(botocore_ns, 1),
    "ratio_botocore_over_cpp": round(botocore_ns / cached, 1),
}))
PY
