#!/usr/bin/env bash
# usage: golden_test.sh TEXTNORM SOURCE_DIR
# Normalizes every golden input in every profile/language combination with the textnorm command
# and compares the output byte for byte with its expected file, printing a unified diff when they
# differ. A combination without an expected file fails unless known_bugs.txt lists it.
set -uo pipefail
textnorm=$1
source_dir=$2
expected=$source_dir/tests/golden/expected
source "$source_dir/tests/golden/golden_lib.sh"
unset TEXTNORM_PLUGIN_PATH

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
known=0
declare -A covered

while IFS= read -r input; do
  name=$(basename "$input" .txt)
  for combination in "${golden_combinations[@]}"; do
    read -r profile lang <<<"$combination"
    key=$name.$profile.$lang
    covered[$key.txt]=1
    want=$expected/$key.txt
    if [[ ! -f $want ]]; then
      if is_known_bug "$source_dir" "$key"; then
        echo "KNOWN BUG $key (known_bugs.txt; no expected file)"
        known=$((known + 1))
      else
        echo "FAIL $key: no expected file tests/golden/expected/$key.txt (run update_golden.sh)"
        failed=$((failed + 1))
      fi
      continue
    fi
    if ! "$textnorm" normalize --profile "$profile" --lang "$lang" "$input" >"$work/out" 2>"$work/err"; then
      echo "FAIL $key: textnorm exited with $? ($(head -n 3 "$work/err" | tr '\n' '|'))"
      failed=$((failed + 1))
    elif cmp -s "$want" "$work/out"; then
      echo "PASS $key"
      passed=$((passed + 1))
    else
      echo "FAIL $key: output differs from tests/golden/expected/$key.txt"
      diff -u --label "expected/$key.txt" --label "actual" "$want" "$work/out"
      failed=$((failed + 1))
    fi
  done
done < <(golden_inputs "$source_dir")

# An expected file whose input is gone would silently stop being checked.
for f in "$expected"/*.txt; do
  [[ -f $f ]] || continue
  if [[ -z ${covered[$(basename "$f")]:-} ]]; then
    echo "FAIL stale expected file tests/golden/expected/$(basename "$f") (no such input)"
    failed=$((failed + 1))
  fi
done

echo "$passed passed, $failed failed, $known known bugs"
((failed == 0))
