#!/usr/bin/env bash
# Builds the libFuzzer harnesses of fuzz/ (clang, ASan+UBSan, in build-fuzz/) and runs
# each for a bounded time against a copy of its seed corpus.
#
#   scripts/fuzz.sh [SECONDS_PER_HARNESS] [HARNESS...]    default: 60 s, every harness
#
# Before fuzzing, each harness replays its found crashes (fuzz/regressions/<harness>/).
# Fails (exit 1) when a harness crashes, leaks, times out on an input or a regression
# input fails again, and prints the reproducer. Ends with the executions per harness.
# Environment: FUZZ_RUNS=N stops each harness after N executions (a long run: see
# README, "Fuzzing"); FUZZ_KEEP=1 keeps the grown corpora in build-fuzz/fuzz-run/, and
# FUZZ_RESUME=1 starts from a kept corpus instead of the seeds alone (a long run in parts);
# FUZZ_TIMEOUT=S (20 by default) is the wall-clock seconds one input may take before it
# counts as a hang: raise it for a run at low priority on a busy machine, where a 10 ms
# input can wait longer than that for the processor. FUZZ_RSS_MB (2560 by default) is the
# memory a harness may reach: ASan's allocator grows its heap over millions of inputs
# while the live heap stays flat (FUZZ_HEAP_EVERY=N prints both every N inputs), so a
# run of 10,000,000 needs more; see README, "Fuzzing".
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
shift || true
all=(http_parser sigv4_verifier request_decode model_validate ingestion_plan aws_config csv_reader detection)
harnesses=("${@:-${all[@]}}")
build=$root/build-fuzz
run=$build/fuzz-run

# Longest input per harness: room for a signed request with a body, or an object type
# with its object; longer inputs mostly cost speed, not coverage.
declare -A max_len=(
    [http_parser]=4096 [sigv4_verifier]=4096 [request_decode]=4096
    [model_validate]=2048 [ingestion_plan]=8192 [aws_config]=2048
    [csv_reader]=4096 [detection]=8192
)

export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
start=$SECONDS
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCP_BUILD_FUZZ=ON -DCP_BUILD_TESTS=OFF -DCP_BUILD_BENCH=OFF >/dev/null
targets=()
for h in "${harnesses[@]}"; do
    targets+=("fuzz_$h")
done
cmake --build "$build" --target "${targets[@]}" -j "$(nproc)"
echo "fuzz: built in $((SECONDS - start)) s"

# Leaks and undefined behaviour are failures; a stack for each.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# The harnesses never need a display or a user's AWS files.
export QT_QPA_PLATFORM=offscreen

# A process keeps every input that once added coverage, reduced or not, so a kept corpus
# outgrows what its coverage needs, and each new process runs all of it first
# (model_validate: 2,800 files, 12 s per process, for about 310 that count). A merge keeps
# the ones that count; its runs are not counted as executions.
minimize_corpus() {
    local binary=$1 work=$2
    rm -rf "$work/corpus.min"
    mkdir -p "$work/corpus.min"
    if "$binary" -merge=1 "${options[@]}" "$work/corpus.min" "$work/corpus" \
        >"$work/merge.log" 2>&1 && compgen -G "$work/corpus.min/*" >/dev/null; then
        rm -rf "$work/corpus"
        mv "$work/corpus.min" "$work/corpus"
    else
        rm -rf "$work/corpus.min"
    fi
    find "$work/corpus" -type f | wc -l
}

failed=()
declare -A executions rate
for h in "${harnesses[@]}"; do
    binary=$build/fuzz/fuzz_$h
    work=$run/$h
    if [[ -n ${FUZZ_RESUME:-} && -d $work/corpus ]]; then
        # Keep what the last run grew; its log and artifacts go aside, not away.
        stamp=$(date +%Y%m%d-%H%M%S)
        [[ -f $work/fuzz.log ]] && mv "$work/fuzz.log" "$work/fuzz-$stamp.log"
        [[ -d $work/artifacts ]] && mv "$work/artifacts" "$work/artifacts-$stamp"
        echo "fuzz: $h resumes from $(find "$work/corpus" -type f | wc -l) kept inputs"
    else
        rm -rf "$work"
    fi
    mkdir -p "$work/corpus" "$work/artifacts"

    regressions=$root/fuzz/regressions/$h
    if compgen -G "$regressions/*" >/dev/null; then
        if ! "$binary" "$regressions"/* >"$work/regressions.log" 2>&1; then
            echo "fuzz: $h: a regression input fails again:"
            tail -n 40 "$work/regressions.log"
            failed+=("$h (regressions)")
            continue
        fi
        echo "fuzz: $h: $(find "$regressions" -type f | wc -l) regression inputs pass"
    fi

    # A copy: what the run finds goes into build-fuzz, never into the committed corpus.
    cp "$root/fuzz/corpus/$h"/* "$work/corpus/"
    options=(-max_len="${max_len[$h]}" -timeout="${FUZZ_TIMEOUT:-20}"
        -rss_limit_mb="${FUZZ_RSS_MB:-2560}" -print_final_stats=1 -artifact_prefix="$work/artifacts/")
    if [[ -f $root/fuzz/dict/$h.dict ]]; then
        options+=(-dict="$root/fuzz/dict/$h.dict")
    fi
    kept=0
    if [[ -n ${FUZZ_RESUME:-} ]]; then
        kept=$(minimize_corpus "$binary" "$work")
        echo "fuzz: $h: the kept corpus merged to $kept inputs"
    fi
    echo "fuzz: $h for ${seconds} s"
    # A long process slows down: after a million inputs a harness ran at less than half
    # the rate a fresh process has on the same corpus. FUZZ_CHUNK_RUNS=N runs the harness
    # as fresh processes of N inputs each, every one going on from the corpus the last
    # grew, until FUZZ_RUNS or the time is used up; the executions add up.
    status=0 done_runs=0 chunk=0 began=$SECONDS
    : >"$work/fuzz.log"
    while :; do
        left=$((seconds - (SECONDS - began)))
        ((left > 0)) || break
        this=(-max_total_time="$left")
        runs=${FUZZ_CHUNK_RUNS:-${FUZZ_RUNS:-}}
        if [[ -n ${FUZZ_RUNS:-} ]] && ((FUZZ_RUNS - done_runs < ${runs:-0})); then
            runs=$((FUZZ_RUNS - done_runs))
        fi
        [[ -n $runs ]] && this+=(-runs="$runs")
        # A fixed seed (CI sets one) makes a run try the same inputs in the same order
        # each time: a clean tree passes or fails alike on every run, and the hunt for new
        # crashes is the long run's job. Each chunk gets its own.
        [[ -n ${FUZZ_SEED:-} ]] && this+=(-seed=$((FUZZ_SEED + chunk)))
        # This process's log (follow it during a long run), then onto the harness's.
        "$binary" "${options[@]}" "${this[@]}" "$work/corpus" >"$work/process.log" 2>&1 ||
            status=$?
        cat "$work/process.log" >>"$work/fuzz.log"
        ran=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/process.log" | tail -n 1)
        done_runs=$((done_runs + ${ran:-0}))
        chunk=$((chunk + 1))
        if ((status != 0)) || [[ -z ${FUZZ_CHUNK_RUNS:-} ]] ||
            { [[ -n ${FUZZ_RUNS:-} ]] && ((done_runs >= FUZZ_RUNS)); }; then
            break
        fi
        echo "fuzz: $h: $done_runs executions after $chunk processes"
        if (($(find "$work/corpus" -type f | wc -l) > 2 * kept + 200)); then
            kept=$(minimize_corpus "$binary" "$work")
        fi
    done
    executions[$h]=$done_runs
    rate[$h]=$((done_runs / (SECONDS - began > 0 ? SECONDS - began : 1)))
    if ((status != 0)); then
        failed+=("$h")
        echo "fuzz: $h FAILED (exit $status):"
        grep -E -A 30 '^==[0-9]+==ERROR|fuzz property violated|runtime error|ALARM|qFatal' \
            "$work/fuzz.log" | head -n 60 || tail -n 40 "$work/fuzz.log"
        for reproducer in "$work/artifacts"/*; do
            [[ -f $reproducer ]] || continue
            echo "fuzz: reproducer $reproducer ($(stat -c %s "$reproducer") bytes):"
            head -c 512 "$reproducer" | od -c | head -n 20
            echo "fuzz: replay with: $binary $reproducer"
            echo "fuzz: keep it as a regression: cp $reproducer $root/fuzz/regressions/$h/"
        done
    fi
    if [[ -z ${FUZZ_KEEP:-} ]]; then
        rm -rf "$work/corpus"
    fi
done

echo "fuzz: executions per harness (${seconds} s each${FUZZ_RUNS:+, at most $FUZZ_RUNS runs}):"
for h in "${harnesses[@]}"; do
    printf '  %-16s %12s executions  %6s exec/s\n' "$h" "${executions[$h]:-?}" "${rate[$h]:-?}"
done
echo "fuzz: total $((SECONDS - start)) s"
if ((${#failed[@]} > 0)); then
    echo "fuzz: FAILED: ${failed[*]}" >&2
    exit 1
fi
