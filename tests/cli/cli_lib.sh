# The helpers of the CLI test scripts, sourced after they set $textnorm: a scratch directory $work
# (removed at exit), tn, input, output_is, check, and the counts for finish.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
rc=0

# tn [ARGS...]: runs textnorm with standard input from $work/in; sets rc, out and err.
tn() {
  "$textnorm" "$@" <"$work/in" >"$work/out" 2>"$work/err"
  rc=$?
  out=$(<"$work/out")
  err=$(<"$work/err")
}

# input FORMAT: printf FORMAT into $work/in, the standard input of the next tn.
input() { printf "$1" >"$work/in"; }

# output_is FORMAT: standard output is exactly the bytes printf FORMAT gives.
output_is() { printf "$1" >"$work/expected" && cmp -s "$work/expected" "$work/out"; }

# check NAME CONDITION: CONDITION is bash code evaluated after the run.
check() {
  if eval "$2"; then
    echo "PASS $1"
    passed=$((passed + 1))
  else
    echo "FAIL $1 (exit $rc; stderr: $(head -n 3 "$work/err" | tr '\n' '|'))"
    failed=$((failed + 1))
  fi
}

# finish: prints the counts; fails when a check failed.
finish() {
  echo "$passed passed, $failed failed"
  [[ $failed == 0 ]]
}
