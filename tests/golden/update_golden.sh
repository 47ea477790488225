#!/usr/bin/env bash
# usage: tests/golden/update_golden.sh BUILD_DIR
# Regenerates tests/golden/expected/ with BUILD_DIR/bin/textnorm. Review every changed file (git
# diff) before committing: a golden file is only worth what its human review was.
set -euo pipefail
build=${1:?usage: update_golden.sh BUILD_DIR}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
textnorm=$(cd "$build" && pwd)/bin/textnorm
expected=$source_dir/tests/golden/expected
source "$source_dir/tests/golden/golden_lib.sh"
unset TEXTNORM_PLUGIN_PATH  # only the plugins beside the library

mkdir -p "$expected"
rm -f "$expected"/*.txt
while IFS= read -r input; do
  name=$(basename "$input" .txt)
  for combination in "${golden_combinations[@]}"; do
    read -r profile lang <<<"$combination"
    key=$name.$profile.$lang
    if is_known_bug "$source_dir" "$key"; then
      echo "skipped $key (known_bugs.txt)"
      continue
    fi
    "$textnorm" normalize --profile "$profile" --lang "$lang" "$input" >"$expected/$key.txt"
    echo "wrote tests/golden/expected/$key.txt"
  done
done < <(golden_inputs "$source_dir")
