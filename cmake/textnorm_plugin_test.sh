#!/usr/bin/env bash
# usage: textnorm_plugin_test.sh TEXTNORM PLUGIN_DIR PLUGIN CASES
# Runs the cases of CASES through `TEXTNORM normalize --plugin-path PLUGIN_DIR` and checks that
# plugin PLUGIN is the one from PLUGIN_DIR. CASES holds `input<TAB>expected` lines; a line
# `#! OPTIONS...` sets the normalize options of the cases after it (split at spaces); other
# lines starting with `#`, and empty lines, are comments. Prints each failing case with where
# input and output first differ, then "N passed, M failed"; exits 1 when a case failed, 2 when
# CASES or the plugin cannot be used. (textnorm_add_plugin_test() in the CMake package.)
set -uo pipefail
export LC_ALL=C.UTF-8  # ${#text} counts characters, for the marker under a difference
if [[ $# != 4 ]]; then
  echo "usage: textnorm_plugin_test.sh TEXTNORM PLUGIN_DIR PLUGIN CASES" >&2
  exit 2
fi
textnorm=$1
plugin_dir=$2
plugin=$3
cases=$4

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

listing=$("$textnorm" plugins --plugin-path "$plugin_dir" 2>&1)
if [[ $listing != *"path:      $plugin_dir/textnorm-$plugin.so"* ]]; then
  echo "textnorm does not use plugin '$plugin' from $plugin_dir; \`textnorm plugins\` says:" >&2
  echo "$listing" >&2
  exit 2
fi

# visible TEXT: TEXT with the characters a terminal hides or confuses written out.
visible() {
  local text=$1
  text=${text//$'\t'/'<TAB>'}
  text=${text//$'\u00A0'/'<NBSP>'}
  text=${text//$'\u202F'/'<NNBSP>'}
  text=${text//$'\u2009'/'<THINSP>'}
  text=${text//$'\u200B'/'<ZWSP>'}
  printf '%s' "$text"
}

# first_difference A B: the number of characters A and B share at their start.
first_difference() {
  local a=$1 b=$2 i=0
  while [[ $i -lt ${#a} && $i -lt ${#b} && ${a:i:1} == "${b:i:1}" ]]; do i=$((i + 1)); done
  echo "$i"
}

passed=0
failed=0
options=()
group_lines=()     # line numbers in CASES of the cases run together
group_inputs=()
group_expected=()

# report LINE INPUT EXPECTED GOT: prints one failing case.
report() {
  local expected got at
  expected=$(visible "$3")
  got=$(visible "$4")
  at=$(first_difference "$expected" "$got")
  echo "FAIL $cases:$1 (textnorm normalize ${options[*]})"
  echo "  input:    $(visible "$2")"
  echo "  expected: $expected"
  echo "  got:      $got"
  printf '            %*s^ first difference, character %d\n' "$at" '' "$((at + 1))"
}

# run_group: normalizes the pending cases with the current options and compares.
run_group() {
  local n=${#group_inputs[@]} i
  [[ $n == 0 ]] && return
  printf '%s\n' "${group_inputs[@]}" >"$work/in"
  if ! "$textnorm" normalize --plugin-path "$plugin_dir" "${options[@]}" <"$work/in" \
      >"$work/out" 2>"$work/err"; then
    echo "FAIL $cases:${group_lines[0]}..${group_lines[n - 1]}: textnorm normalize ${options[*]} failed:"
    sed 's/^/  /' "$work/err"
    failed=$((failed + n))
  else
    mapfile -t outputs <"$work/out"
    for ((i = 0; i < n; i++)); do
      if [[ ${outputs[i]-} == "${group_expected[i]}" ]]; then
        passed=$((passed + 1))
      else
        report "${group_lines[i]}" "${group_inputs[i]}" "${group_expected[i]}" "${outputs[i]-}"
        failed=$((failed + 1))
      fi
    done
  fi
  group_lines=()
  group_inputs=()
  group_expected=()
}

[[ -r $cases ]] || { echo "cannot read $cases" >&2; exit 2; }
number=0
while IFS= read -r line || [[ -n $line ]]; do
  number=$((number + 1))
  line=${line%$'\r'}
  if [[ $line == '#!'* ]]; then
    run_group
    read -r -a options <<<"${line#'#!'}"
    continue
  fi
  [[ -z $line || $line == '#'* ]] && continue
  if [[ $line != *$'\t'* ]]; then
    echo "$cases:$number: no TAB between input and expected output" >&2
    exit 2
  fi
  group_lines+=("$number")
  group_inputs+=("${line%%$'\t'*}")
  group_expected+=("${line#*$'\t'}")
done <"$cases"
run_group

echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
