#!/usr/bin/env bash
# usage: make_profile_test.sh TEXTNORM_MAKE_PROFILE
# Checks the profile textnorm-make-profile makes from word counts, and its errors.
set -uo pipefail
tool=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

# expect NAME ACTUAL EXPECTED
expect() {
  if [[ $2 == "$3" ]]; then
    echo "PASS $1"
  else
    printf 'FAIL %s\n  expected: %q\n  got:      %q\n' "$1" "$3" "$2"
    failed=$((failed + 1))
  fi
}

# Haus and haus are one word; Bahn-Hof is two; Stra, U+0308, sse (decomposed) becomes strässe.
printf '# counts\nHaus\t3\nhaus\t1\nBahn-Hof\t2\nStra\xcc\x88sse\t1\nselten\t1\n' >"$work/counts.tsv"
"$tool" --min-count 2 "$work/counts.tsv" "$work/profile.tsv"
expect "exit status" "$?" 0
expect "profile rows" "$(grep -v '^#' "$work/profile.tsv")" \
  "$(printf '<unknown>\t-18.800\nhaus\t-0.693\nbahn\t-1.386\nhof\t-1.386')"

"$tool" --unknown -20 "$work/counts.tsv" "$work/profile.tsv"
expect "--unknown sets the weight of an unlisted word; NFC" \
  "$(grep -E '^(<unknown>|str)' "$work/profile.tsv")" \
  "$(printf '<unknown>\t-20.000\nsträsse\t-2.303')"

printf 'Haus\t3\nHaus 3\n' >"$work/bad.tsv"
message=$("$tool" "$work/bad.tsv" "$work/out.tsv" 2>&1)
expect "a bad row is named by file and line (exit 1)" "$?:$message" \
  "1:textnorm-make-profile: $work/bad.tsv:2: expected word<TAB>count"
message=$("$tool" "$work/bad.tsv" 2>&1)
expect "a usage error exits 2" "$?" 2

[[ $failed == 0 ]]
