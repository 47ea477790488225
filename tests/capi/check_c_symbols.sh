#!/usr/bin/env bash
# usage: check_c_symbols.sh LIBRARY HEADER
# Every function HEADER declares with TEXTNORM_C_API is exported by LIBRARY with the linker
# version TEXTNORM_C_1.0 (the version script did its job), and LIBRARY exports no other C symbol
# named textnorm_* (nothing unversioned or undeclared slipped out). Nor does it export the C++
# API's private parts (textnorm::detail, Normalizer::Impl), which a program could come to link.
set -euo pipefail
library=$1
header=$2

declared=$(grep -A2 'TEXTNORM_C_API [a-z]' "$header" | grep -o 'textnorm_[a-z_]*(' | tr -d '(' | sort -u)
# objdump -T: "... DF .text SIZE VERSION NAME" for defined functions.
exported=$(objdump -T "$library" | awk '$4 == ".text" && $NF ~ /^textnorm_/ {print $NF, $(NF-1)}' | sort -u)

status=0
[[ -n $declared ]] || { echo "FAIL no declaration found in $header"; exit 1; }
for name in $declared; do
  if grep -qx "$name TEXTNORM_C_1.0" <<<"$exported"; then
    echo "PASS $name is exported as $name@TEXTNORM_C_1.0"
  else
    echo "FAIL $name is not exported with version TEXTNORM_C_1.0: $(grep "^$name " <<<"$exported" || echo missing)"
    status=1
  fi
done
while read -r name version; do
  [[ -z $name ]] && continue
  if ! grep -qx "$name" <<<"$declared"; then
    echo "FAIL $name ($version) is exported but not declared in textnorm.h"
    status=1
  fi
done <<<"$exported"
private=$(nm -DC --defined-only "$library" | grep -E 'textnorm::(detail::|Normalizer::Impl)' || true)
if [[ -n $private ]]; then
  echo "FAIL private C++ symbols are exported:"
  echo "$private" | head -n 5
  status=1
else
  echo "PASS no textnorm::detail or Normalizer::Impl symbol is exported"
fi
exit $status
