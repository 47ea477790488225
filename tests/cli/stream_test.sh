#!/usr/bin/env bash
# usage: stream_test.sh TEXTNORM SAMPLES_DIR
# `textnorm normalize` on large inputs: -j N gives the bytes, errors and exit codes of -j 1, from
# files and from pipes written in random pieces; --max-line-bytes; progress on a terminal.
# Prints one line per check and then "N passed, M failed"; exits non-zero when a check failed,
# 77 (skipped) without python3.
set -uo pipefail
textnorm=$1
samples=$2
tools=$(dirname "$0")/stream_tools.py
python=$(command -v python3) || { echo "SKIP: no python3"; exit 77; }
unset TEXTNORM_PLUGIN_PATH

source "$(dirname "$0")/cli_lib.sh"

# tn_chunks FILE SEED [ARGS...]: tn_to_file normalize ARGS, with FILE written to textnorm's
# standard input through a pipe in random pieces.
tn_chunks() {
  local file=$1 seed=$2
  shift 2
  "$python" "$tools" chunks "$file" "$seed" | "$textnorm" normalize "$@" >"$work/out" 2>"$work/err"
  rc=${PIPESTATUS[1]}
  err=$(<"$work/err")
}

: >"$work/in"
corpus=$work/corpus.txt
bad=$work/bad.txt
read -r bad_line bad_column < <("$python" "$tools" corpus "$samples" 5000000 "$corpus" "$bad")

# The reference: one thread.
tn_to_file normalize -j 1 "$corpus"
cp "$work/out" "$work/expected"
lines=$(tr -cd '\n' <"$work/expected" | wc -c)
check "-j 1 normalizes the 5 MB corpus of CRLF, CR and LF lines after a BOM, keeping the last line open" \
  '[[ $rc == 0 && -z $err && $lines -gt 40000 && $(tail -c 1 "$work/expected") != "" ]]'

for jobs in 2 3; do
  tn_to_file normalize -j "$jobs" "$corpus"
  check "-j $jobs on the file gives the bytes of -j 1" '[[ $rc == 0 && -z $err ]] && cmp -s "$work/expected" "$work/out"'
done
tn_to_file normalize --jobs=2 "$corpus"
check "--jobs=2 is -j 2" '[[ $rc == 0 ]] && cmp -s "$work/expected" "$work/out"'
tn_to_file normalize -j2 "$corpus"
check "-j2 is -j 2" '[[ $rc == 0 ]] && cmp -s "$work/expected" "$work/out"'
tn_to_file normalize "$corpus"
check "the default (a thread per core) gives the bytes of -j 1" '[[ $rc == 0 ]] && cmp -s "$work/expected" "$work/out"'

for jobs in 1 2 3; do
  tn_chunks "$corpus" "$jobs" -j "$jobs"
  check "-j $jobs on a pipe written in random pieces gives the bytes of -j 1 on the file" \
    '[[ $rc == 0 && -z $err ]] && cmp -s "$work/expected" "$work/out"'
done

# Invalid UTF-8 deep in the input (in a late batch), and more of it after: the first one wins.
head -n "$((bad_line - 1))" "$work/expected" >"$work/prefix"
message="textnorm: $bad:$bad_line:$bad_column: invalid UTF-8 (byte 0xFF); use --invalid replace to put U+FFFD"
for jobs in 1 2 3; do
  tn_to_file normalize -j "$jobs" "$bad"
  check "-j $jobs: invalid UTF-8 at line $bad_line exits 65 naming it, after the lines before it" \
    '[[ $rc == 65 && $err == "$message" ]] && cmp -s "$work/prefix" "$work/out"'
done
tn_chunks "$bad" 7 -j 2
check "-j 2 on a pipe: the same error, the same lines before it" \
  '[[ $rc == 65 && $err == "textnorm: <stdin>:$bad_line:$bad_column: invalid UTF-8 (byte 0xFF); "* ]] && cmp -s "$work/prefix" "$work/out"'

# --max-line-bytes: line 2 is exactly 1 KiB, line 3 one byte more.
a1024=$(printf 'a%.0s' {1..1024})
printf 'short\n%s\r\nb%s\nafter\n' "$a1024" "$a1024" >"$work/long.txt"
printf 'short\n%s\n' "$a1024" >"$work/long_prefix"
for jobs in 1 2; do
  tn_to_file normalize -j "$jobs" --max-line-bytes 1K "$work/long.txt"
  check "-j $jobs: a line over --max-line-bytes exits 65 naming it, after the lines before it" \
    '[[ $rc == 65 && $err == "textnorm: $work/long.txt:3: line 3 is longer than --max-line-bytes (1024 bytes)" ]] &&
     cmp -s "$work/long_prefix" "$work/out"'
  head -n 2 "$work/long.txt" >"$work/fits.txt"
  tn_to_file normalize -j "$jobs" --max-line-bytes 1024 "$work/fits.txt"
  check "-j $jobs: a line of exactly --max-line-bytes passes" '[[ $rc == 0 ]] && cmp -s "$work/long_prefix" "$work/out"'
  # An endless line: only a reader that never holds much more than the limit gets to the error.
  timeout 60 bash -c 'yes abc | tr -d "\n" | "$0" normalize -j "$1" --max-line-bytes 1K' \
    "$textnorm" "$jobs" >"$work/out" 2>"$work/err"
  rc=$?
  err=$(<"$work/err")
  check "-j $jobs: an endless line on a pipe stops at --max-line-bytes" \
    '[[ $rc == 65 && $err == "textnorm: <stdin>:1: line 1 is longer than --max-line-bytes (1024 bytes)" && ! -s $work/out ]]'
done
tn_to_file normalize --max-line-bytes 2M "$work/long.txt"
check "--max-line-bytes takes M" '[[ $rc == 0 ]]'
tn_to_file normalize --max-line-bytes 1X "$work/long.txt"
check "--max-line-bytes 1X exits 2" '[[ $rc == 2 && $err == *"--max-line-bytes needs a positive number of bytes"* ]]'
tn_to_file normalize --max-line-bytes 0 "$work/long.txt"
check "--max-line-bytes 0 exits 2" '[[ $rc == 2 ]]'
tn_to_file normalize -j many "$work/long.txt"
check "-j many exits 2" '[[ $rc == 2 && $err == *"--jobs needs a number of threads"* ]]'

# Progress: a 15 MB file on one thread takes long enough for a few redraws.
cat "$corpus" "$corpus" "$corpus" >"$work/big.txt"
run_pty() {
  seconds=$("$python" "$tools" pty "$work/out" "$work/err" "$textnorm" normalize "$@")
  rc=$?
  err=$(tr '\r\033' '^~' <"$work/err")
}
run_pty -j 1 "$work/big.txt"
draws=$(grep -o 'MB/s' "$work/err" | wc -l)
# A run shorter than the first redraw (0.2 s) shows nothing: only a far faster machine gets there.
too_fast() { awk -v s="$seconds" 'BEGIN { exit !(s < 0.4) }'; }
check "on a terminal, progress shows bytes done of the total, MB/s and the time left" \
  '[[ $rc == 0 ]] && { too_fast || [[ $err == *"^~[Ktextnorm: $work/big.txt: "*"/15.0 MB ("*"%), "*" MB/s, ETA "*:* ]]; }'
check "progress is redrawn at most about five times a second" \
  '[[ $draws -le $(awk -v s="$seconds" "BEGIN { print int(s * 5) + 2 }") ]]'
check "progress is cleared at the end" '[[ -z $err || $err == *"^~[K" ]] && { too_fast || [[ -n $err ]]; }'
run_pty -j 2 --no-progress "$work/big.txt"
check "--no-progress: nothing on the terminal" '[[ $rc == 0 && -z $err ]]'
tn_to_file normalize -j 1 "$work/big.txt"
check "without a terminal: nothing on stderr" '[[ $rc == 0 && -z $err ]]'
tn_to_file normalize -j 1 --progress "$work/big.txt"
check "--progress: progress on stderr without a terminal" '[[ $rc == 0 ]] && { too_fast || [[ $err == *" MB/s, ETA "* ]]; }'

finish
