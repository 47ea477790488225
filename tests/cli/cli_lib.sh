# The helpers of the CLI test scripts, sourced after they set $textnorm: a scratch directory $work
# (removed at exit), tn, tn_to_file, input, output_is, check, and the counts for finish.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
rc=0

# tn_to_file [ARGS...]: runs textnorm with standard input from $work/in, its output in
# $work/out; sets rc and err. For outputs too big for a shell variable.
tn_to_file() {
  "$textnorm" "$@" <"$work/in" >"$work/out" 2>"$work/err"
  rc=$?
  err=$(<"$work/err")
}

# tn [ARGS...]: tn_to_file, and the output in out too.
tn() {
  tn_to_file "$@"
  out=$(<"$work/out")
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
    echo "FAIL $1 (exit $rc; stderr: $(head -c 300 "$work/err" | tr '\n\r' '||'))"
    failed=$((failed + 1))
  fi
}

# finish: prints the counts; fails when a check failed.
finish() {
  echo "$passed passed, $failed failed"
  [[ $failed == 0 ]]
}
