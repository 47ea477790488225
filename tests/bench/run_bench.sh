#!/usr/bin/env bash
# usage: tests/bench/run_bench.sh [textnorm_bench ARGS...]   (e.g. --size 50 --runs 3 FILE...)
# Builds the benchmark in Release into build-bench/ beside the sources, runs it single-threaded
# and prints every figure in MB/s and as a ratio to the memcpy baseline of the same run.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=$source_dir/build-bench
# -O3 brings GCC 12 false positives (-Wrestrict in std::string code); a benchmark build must not
# stop on them, the normal build keeps -Werror.
cmake -S "$source_dir" -B "$build" -DCMAKE_BUILD_TYPE=Release -DTEXTNORM_BUILD_BENCHMARKS=ON \
  -DBUILD_TESTING=ON -DTEXTNORM_WARNINGS_AS_ERRORS=OFF >/dev/null
# The benchmark and every plugin (plugins/<name>/ builds target textnorm-<name>), not the tests.
targets=(textnorm_bench)
for dir in "$source_dir"/plugins/*/; do
  [[ -f $dir/CMakeLists.txt && $(basename "$dir") != common ]] && targets+=("textnorm-$(basename "$dir")")
done
if ! cmake --build "$build" -j"$(nproc)" --target "${targets[@]}" >"$build/bench-build.log" 2>&1; then
  tail -n 30 "$build/bench-build.log"
  echo "run_bench.sh: build failed (full log: $build/bench-build.log)" >&2
  exit 1
fi
figures=$("$build/bin/textnorm_bench" "$@")
awk -F'\t' '
  $1 == "memcpy" { base = $2 }
  { name[NR] = $1; rate[NR] = $2 }
  END {
    printf "%-26s %12s %14s\n", "stage", "MB/s", "x memcpy"
    for (i = 1; i <= NR; ++i) printf "%-26s %12.1f %14.4f\n", name[i], rate[i], rate[i] / base
  }' <<<"$figures"
