#!/usr/bin/env bash
# usage: sdk_project.sh CMAKE CTEST GENERATOR CXX PREFIX pass|fail SOURCE_DIR BUILD_DIR [PATTERN]
# Builds the CMake project SOURCE_DIR against the textnorm installed in PREFIX and runs its
# tests (ctest --build-and-test). `pass`: that must succeed. `fail`: it must fail, and its
# output must match the extended regular expression PATTERN (several lines: each must occur, in
# order, on consecutive lines).
set -uo pipefail
cmake=$1 ctest=$2 generator=$3 cxx=$4 prefix=$5 expect=$6 source=$7 build=$8 pattern=${9-}

rm -rf "$build"
mkdir -p "$build"
"$ctest" --build-and-test "$source" "$build/tree" --build-generator "$generator" \
  --build-options -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS=-Werror \
  --test-command "$ctest" -V >"$build/log" 2>&1
status=$?
cat "$build/log"
if [[ $expect == pass ]]; then
  exit "$status"
fi
if [[ $status == 0 ]]; then
  echo "FAIL: the project built and passed its tests; it should have failed"
  exit 1
fi
# Each line of PATTERN must match consecutive lines of the log.
mapfile -t wanted <<<"$pattern"
mapfile -t lines <"$build/log"
for ((start = 0; start < ${#lines[@]}; start++)); do
  for ((k = 0; k < ${#wanted[@]}; k++)); do
    [[ ${lines[start + k]-} =~ ${wanted[k]} ]] || continue 2
  done
  echo "PASS: failed as expected, with:"
  printf '  %s\n' "${wanted[@]}"
  exit 0
done
echo "FAIL: the output lacks the expected lines:"
printf '  %s\n' "${wanted[@]}"
exit 1
