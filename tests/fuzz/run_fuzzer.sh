#!/usr/bin/env bash
# Runs one libFuzzer target of the fuzz preset for a while, then minimises what it found together
# with the committed corpus back into tests/fuzz/corpus/<target>/ (docs/fuzzing.md).
#   tests/fuzz/run_fuzzer.sh <target> <seconds> [build-dir]
# Logs and crashes stay in <build-dir>/fuzz/<target>/; the run is niced, on one core, and goes on
# after a crash (fork mode with one job), so that one run finds every crash it can. FORK=0 runs
# in one process instead, stopping at the first crash: for targets that are slow to start
# (normalize builds its normalizers in each process). TIMEOUT=<seconds> (default 10) is the time
# one input may take before it counts as a hang: raise it on a machine busy with other work.
set -euo pipefail
target=$1
seconds=$2
build=${3:-build-fuzz}
here=$(cd "$(dirname "$0")" && pwd)
corpus=$here/corpus/$target
work=$build/fuzz/$target
program=$build/bin/fuzz_$target
mkdir -p "$work/found" "$work/artifacts" "$corpus"

fork_flags="-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1"
[ "${FORK:-1}" = 0 ] && fork_flags="-print_final_stats=1"

start=$(date +%s)
status=0
timeout=${TIMEOUT:-10}
TEXTNORM_PLUGIN_PATH= nice -n 19 "$program" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=4096 \
  -max_len=4096 $fork_flags \
  -artifact_prefix="$work/artifacts/" \
  "$work/found" "$corpus" >"$work/run.log" 2>&1 || status=$?
end=$(date +%s)
echo "$target: ran $((end - start)) s, exit $status; log $work/run.log"
grep -E '^#[0-9]+|^stat::number_of_executed_units' "$work/run.log" | tail -n 1 || true  # executions
grep -cE 'deadly signal|ERROR: AddressSanitizer|runtime error|ERROR: libFuzzer' "$work/run.log" | sed 's/^/crash reports: /' || true
echo "crashing inputs kept: $(ls "$work/artifacts" | wc -l) in $work/artifacts"

# Minimise: keep the smallest inputs that give all the coverage found so far.
rm -rf "$work/merged" && mkdir -p "$work/merged"
TEXTNORM_PLUGIN_PATH= nice -n 19 "$program" -merge=1 -timeout="$timeout" -max_len=4096 "$work/merged" "$corpus" "$work/found" \
  >"$work/merge.log" 2>&1
# Inputs named regression-* (crashes found and fixed) stay whatever their coverage.
find "$corpus" -maxdepth 1 -type f ! -name 'regression-*' -delete
cp "$work/merged"/* "$corpus"/
echo "$target: corpus minimised to $(ls "$corpus" | wc -l) files"
exit "$status"
