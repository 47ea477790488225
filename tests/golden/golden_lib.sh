# Shared by golden_test.sh and update_golden.sh (sourced, not run): which inputs and which
# profile/language combinations the golden files cover.
#
# Inputs are samples/*.txt and tests/golden/inputs/*.txt; every input is normalized in both
# profiles and both languages, and its expected output is
# tests/golden/expected/<name>.<profile>.<lang>.txt. A combination listed in known_bugs.txt has
# no expected file until the bug is fixed.

# golden_inputs SOURCE_DIR: prints the input files, one a line.
golden_inputs() {
  local f
  for f in "$1"/samples/*.txt "$1"/tests/golden/inputs/*.txt; do
    [[ -f $f ]] && printf '%s\n' "$f"
  done
}

golden_combinations=("default en" "typographic en" "default fr" "typographic fr" "default auto" "typographic auto")

# is_known_bug SOURCE_DIR KEY: true when KEY (<name>.<profile>.<lang>) is in known_bugs.txt.
is_known_bug() {
  grep -qE "^$2([[:space:]]|\$)" "$1/tests/golden/known_bugs.txt" 2>/dev/null
}
