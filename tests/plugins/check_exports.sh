#!/usr/bin/env bash
# usage: check_exports.sh FILE SYMBOL
# Passes when the shared library FILE defines exactly one dynamic symbol, SYMBOL.
set -euo pipefail
file=$1
symbol=$2
exports=$(nm -D --defined-only "$file" | awk '{ print $NF }')
if [[ "$exports" == "$symbol" ]]; then
  echo "ok: $file exports only $symbol"
else
  echo "FAIL: $file should export only $symbol; it exports:" >&2
  printf '  %s\n' ${exports:-"(nothing)"} >&2
  exit 1
fi
