#!/usr/bin/env bash
# usage: tests/bench/run_bench.sh [--runs N] [--corpus doc|news|both] [--no-stages]
#
# Builds textnorm, its plugins, the nfc_filter baseline and the per-stage benchmark in Release
# into build-bench/ beside the sources, makes the corpora in build-bench/corpus/ (news.txt from
# samples/, ~32 MB; doc_en_fr.txt from Debian documentation with make_doc_corpus.py, ~36 MB)
# and prints, for each corpus, the MB/s of textnorm's command line and of its baselines (ICU
# NFC per line, cat, Moses when ../shared is there), best of N runs, then the per-stage table.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
bench_dir=$source_dir/tests/bench
build=$source_dir/build-bench
corpus_dir=$build/corpus

runs=3
which_corpus=both
stages=1
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) [[ $# -ge 2 && $2 =~ ^[1-9][0-9]*$ ]] || { echo "run_bench.sh: --runs needs a positive number" >&2; exit 2; }
            runs=$2; shift 2 ;;
    --corpus) [[ $# -ge 2 && $2 =~ ^(doc|news|both)$ ]] || { echo "run_bench.sh: --corpus doc|news|both" >&2; exit 2; }
              which_corpus=$2; shift 2 ;;
    --no-stages) stages=0; shift ;;
    -h|--help) sed -n '2,8s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "run_bench.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

python=python3
[[ -x /usr/bin/python3 ]] && python=/usr/bin/python3
SECONDS=0

# Built as users build it: a new compiler's new warning must not stop a measurement.
echo "building in $build (Release) ..." >&2
mkdir -p "$build"
cmake -S "$source_dir" -B "$build" -DCMAKE_BUILD_TYPE=Release -DTEXTNORM_BUILD_BENCHMARKS=ON \
  -DBUILD_TESTING=ON -DTEXTNORM_WARNINGS_AS_ERRORS=OFF >"$build/bench-configure.log" 2>&1 || {
  tail -n 30 "$build/bench-configure.log"
  echo "run_bench.sh: configure failed (needs libbenchmark-dev; log: $build/bench-configure.log)" >&2
  exit 1
}
# The CLI, the benchmarks and every plugin (plugins/<name>/ builds textnorm-<name>), not the tests.
targets=(textnorm_cli textnorm_bench nfc_filter)
for dir in "$source_dir"/plugins/*/; do
  [[ -f $dir/CMakeLists.txt && $(basename "$dir") != common ]] && targets+=("textnorm-$(basename "$dir")")
done
if ! cmake --build "$build" -j"$(nproc)" --target "${targets[@]}" >"$build/bench-build.log" 2>&1; then
  tail -n 30 "$build/bench-build.log"
  echo "run_bench.sh: build failed (full log: $build/bench-build.log)" >&2
  exit 1
fi

# Corpora. news.txt: the samples' lines repeated, LF-terminated, in whole passes up to 32 MB
# (textnorm_bench builds the same bytes in memory when it is given no corpus).
mkdir -p "$corpus_dir"
corpora=()
if [[ $which_corpus != doc ]]; then
  "$python" - "$source_dir/samples" "$corpus_dir/news.txt" <<'EOF'
import os, re, sys
samples, output = sys.argv[1], sys.argv[2]
lines = []
for name in ("news_en_fr.txt", "news_fr.txt", "messy_web.txt"):
    with open(os.path.join(samples, name), "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    parts = re.split(rb"\r\n|\r|\n", data)
    if parts and parts[-1] == b"":
        parts.pop()
    lines += parts
block = b"".join(line + b"\n" for line in lines)
with open(output + ".tmp", "wb") as f:
    f.write(block * -(-32_000_000 // len(block)))
os.replace(output + ".tmp", output)
EOF
  corpora+=("news=$corpus_dir/news.txt")
fi
if [[ $which_corpus != news ]]; then
  doc=$corpus_dir/doc_en_fr.txt
  if [[ ! -s $doc || $bench_dir/make_doc_corpus.py -nt $doc ]]; then
    echo "making the documentation corpus (Debian packages, about a minute) ..." >&2
    if ! "$python" "$bench_dir/make_doc_corpus.py" --output "$doc"; then
      echo "run_bench.sh: no documentation corpus (make_doc_corpus.py failed); skipping it" >&2
      doc=
    fi
  fi
  [[ -n $doc ]] && corpora+=("doc=$doc")
fi
[[ ${#corpora[@]} -gt 0 ]] || { echo "run_bench.sh: no corpus" >&2; exit 1; }

moses_args=()
if [[ -d $source_dir/../shared ]]; then
  moses=$(find "$source_dir/../shared/peers/moses" -name normalize-punctuation.perl -print -quit 2>/dev/null || true)
  if [[ -n $moses ]] && command -v perl >/dev/null; then
    moses_args=(--moses "$moses")
  else
    echo "run_bench.sh: no Moses normalize-punctuation.perl (or no perl) under ../shared/peers/moses; skipping it" >&2
  fi
else
  echo "run_bench.sh: ../shared is absent; no Moses column" >&2
fi

echo
echo "== command line: $("$build/bin/textnorm" --version 2>/dev/null | head -n1 || echo 'textnorm ?'), $(nproc) CPUs"
"$python" "$bench_dir/time_commands.py" --bin "$build/bin" --runs "$runs" "${moses_args[@]}" "${corpora[@]}"

if [[ $stages == 1 ]]; then
  for spec in "${corpora[@]}"; do
    name=${spec%%=*}
    file=${spec#*=}
    echo
    echo "== stages on $name (Google Benchmark, single thread, wall clock; MB/s = 10^6 bytes/s)"
    json=$build/stages-$name.json
    TEXTNORM_BENCH_CORPUS=$file "$build/bin/textnorm_bench" --benchmark_out="$json" \
      --benchmark_out_format=json
    "$python" - "$json" <<'EOF'
import json, sys
runs = [b for b in json.load(open(sys.argv[1]))["benchmarks"] if b.get("run_type") == "iteration"]
rate = {b["name"].split("/")[0]: b["bytes_per_second"] / 1e6 for b in runs}
base = rate.get("memcpy")
print(f"\n{'stage':<26} {'MB/s':>10} {'x memcpy':>10}")
for name, mbs in rate.items():
    print(f"{name:<26} {mbs:>10.1f} " + (f"{mbs / base:10.4f}" if base else ""))
EOF
  done
fi

echo
echo "run_bench.sh: done in ${SECONDS} s" >&2
