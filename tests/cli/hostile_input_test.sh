#!/usr/bin/env bash
# usage: hostile_input_test.sh TEXTNORM
# Hostile input and output end to end: every kind of invalid UTF-8, NUL bytes, a letter under
# 100,000 combining marks, a 1 GB line, 10 million short lines, inputs that cannot be read (also
# as root), a full disk as standard output and as -o, and -o FILE replaced atomically: a failed
# or killed run leaves the old file (or none) and no temporary file; a device or FIFO is written
# directly. Prints one line per check and "N passed, M failed".
set -uo pipefail
textnorm=$1
unset TEXTNORM_PLUGIN_PATH

source "$(dirname "$0")/cli_lib.sh"

# Files in the output directory other than the ones named: a temporary file left behind.
leftovers() { find "$work/outdir" -mindepth 1 -maxdepth 1 ! -name old.txt ! -name link ! -name fifo | wc -l; }

# Invalid UTF-8: an error naming line and byte, or U+FFFD with --invalid replace.
for case in 'overlong C0 AF:ok\n\xC0\xAF\n:2:1:0xC0' 'overlong E0 80 AF:ok\n\xE0\x80\xAF\n:2:1:0xE0' \
            'surrogate ED A0 80:ok\nx\xED\xA0\x80\n:2:2:0xED' 'byte FF:ok\n\xFF\n:2:1:0xFF' \
            'past U+10FFFF F4 90 80 80:ok\n\xF4\x90\x80\x80\n:2:1:0xF4' \
            'a sequence cut at the end of the file:ok\nab\xE2\x82:2:3:0xE2'; do
  IFS=: read -r name bytes line column byte <<<"$case"
  input "$bytes"
  tn_to_file normalize --lang en
  check "invalid UTF-8, $name: exit 65 naming line $line, column $column and byte $byte" \
    '[[ $rc == 65 && $err == "textnorm: <stdin>:$line:$column: invalid UTF-8 (byte $byte)"* ]] && [[ $(head -n 1 "$work/out") == ok ]]'
  tn_to_file normalize --lang en --invalid replace
  check "invalid UTF-8, $name: --invalid replace gives valid UTF-8, two lines" \
    '[[ $rc == 0 ]] && iconv -f UTF-8 -t UTF-8 "$work/out" >/dev/null 2>&1 && [[ $(grep -c "" "$work/out") == 2 ]] && grep -q $'\''\xEF\xBF\xBD'\'' "$work/out"'
done

# Fuzz finding (docs/fuzzing.md): invalid bytes, `?`, then a comma whose space French removes,
# gluing the `?` to the path-like word after it. The French typographic run put U+202F before
# `?`, and a second run a plain space. Now both runs agree, with the finding's bytes.
input 'f\xFF\xFF\xFF? ,\x9D\xA3\xD8\x81\xC2/:c\n'
tn_to_file normalize --profile typographic --lang fr --invalid replace
cp "$work/out" "$work/once"
check "fuzz finding: French typographic spacing before a glued ? is U+202F" \
  '[[ $rc == 0 ]] && grep -q $'\''\xEF\xBF\xBD\xE2\x80\xAF?,'\'' "$work/out"'
cp "$work/once" "$work/in"
tn_to_file normalize --profile typographic --lang fr --invalid replace
check "fuzz finding: a second French typographic run changes nothing" \
  '[[ $rc == 0 ]] && cmp -s "$work/once" "$work/out"'

input 'a\0b\n\0\n\0\0 c \0\n'
tn_to_file normalize --lang en
check "NUL bytes are removed, one line out per line in" '[[ $rc == 0 ]] && output_is "ab\n\nc\n"'

/usr/bin/python3 -c 'import sys; sys.stdout.write("e" + "\u0301" * 100000 + " x\n")' >"$work/in"
tn_to_file normalize --lang auto
check "a letter under 100,000 combining marks: one NFC line, idempotent" \
  '[[ $rc == 0 && $(grep -c "" "$work/out") == 1 ]] && [[ $(head -c 2 "$work/out") == é ]] && { cp "$work/out" "$work/in"; cp "$work/out" "$work/once"; tn_to_file normalize --lang auto; cmp -s "$work/once" "$work/out"; }'

# Marks of three combining classes, whose canonical order ICU sorts by insertion: without the
# stream-safe format (U+034F after each 30 marks) the time grows with the square of the run
# (8,000 triples took 4.4 s, and this line would take minutes).
/usr/bin/python3 -c 'import sys; sys.stdout.write("e" + "\u0301\u0323\u031b" * 34000 + " x\n")' >"$work/in"
tn_to_file normalize --lang auto
check "100,000 marks of three classes on one letter: stream-safe NFC (U+034F after each 30), idempotent" \
  '[[ $rc == 0 ]] && /usr/bin/python3 -c "
import sys, unicodedata
t = open(sys.argv[1], encoding=\"utf-8\").read()
run = longest = 0
for c in t:
    run = run + 1 if unicodedata.combining(c) else 0
    longest = max(longest, run)
assert unicodedata.is_normalized(\"NFC\", t) and longest <= 30 and t.count(\"\u034f\") > 3000, longest
" "$work/out" && { cp "$work/out" "$work/in"; cp "$work/out" "$work/once"; tn_to_file normalize --lang auto; cmp -s "$work/once" "$work/out"; }'

# A 1 GB line is refused at --max-line-bytes (64 MiB by default) without reading all of it.
for jobs in 1 2; do
  head -c 1073741824 /dev/zero | tr '\0' a | "$textnorm" normalize -j $jobs >"$work/out" 2>"$work/err"
  rc=$?
  err=$(<"$work/err")
  check "-j $jobs: a 1 GB line exits 65 at --max-line-bytes, nothing written" \
    '[[ $rc == 65 && $err == "textnorm: <stdin>:1: line 1 is longer than --max-line-bytes (67108864 bytes)" && ! -s $work/out ]]'
done

seq 1 10000000 | sed 's/$/ ,x/' >"$work/in"
tn_to_file normalize --lang en -j 2
check "10 million short lines: 10 million lines out, each normalized" \
  '[[ $rc == 0 ]] && [[ $(wc -l <"$work/out") == 10000000 ]] && [[ $(sed -n "1p;9999999p" "$work/out" | tr "\n" "|") == "1,x|9999999,x|" ]]'
rm -f "$work/in" "$work/out"

# Inputs that cannot be read, also as root (CI runs as root: a mode of 000 would not do).
mkdir -p "$work/adir" "$work/outdir"
input 'x\n'
tn_to_file normalize "$work/adir"
check "a directory as input exits 74 naming it" \
  '[[ $rc == 74 && $err == "textnorm: cannot read '\''$work/adir'\'': Is a directory" ]]'
tn_to_file normalize /proc/self/mem
check "a file whose read(2) fails (/proc/self/mem) exits 74 naming it" \
  '[[ $rc == 74 && $err == "textnorm: /proc/self/mem: cannot read: Input/output error" ]]'
tn_to_file normalize -j 2 /proc/self/mem
check "-j 2: a file whose read(2) fails exits 74 naming it" \
  '[[ $rc == 74 && $err == "textnorm: /proc/self/mem: cannot read: Input/output error" ]]'

# A full disk: never a silent partial success.
printf 'line %s , here\n' $(seq 1 50000) >"$work/big"
for jobs in 1 2; do
  "$textnorm" normalize -j $jobs "$work/big" >/dev/full 2>"$work/err"
  rc=$?
  err=$(<"$work/err")
  check "-j $jobs: /dev/full as standard output exits 74" \
    '[[ $rc == 74 && $err == *"cannot write output: No space left on device"* ]]'
  tn_to_file normalize -j $jobs -o /dev/full "$work/big"
  check "-j $jobs: -o /dev/full exits 74" '[[ $rc == 74 && $err == *"No space left on device"* ]]'
done
input 'short\n'
"$textnorm" normalize >/dev/full <"$work/in" 2>"$work/err"
rc=$?
check "one short line to /dev/full exits 74 too" '[[ $rc == 74 ]]'

# -o FILE: replaced at the end of a successful run, kept as it was by a failed one.
old="$work/outdir/old.txt"
printf 'the old content\n' >"$old"
chmod 640 "$old"
{ cat "$work/big"; printf 'bad \xFF byte\n'; } >"$work/late_error"
tn_to_file normalize -o "$old" "$work/late_error"
check "-o FILE: a run failing after 1 MB of output leaves the old file, and no temporary file" \
  '[[ $rc == 65 && $(<"$old") == "the old content" && $(leftovers) == 0 ]]'
tn_to_file normalize -o "$old" "$work/big" "$work/adir"
check "-o FILE: a run failing on its second input leaves the old file" \
  '[[ $rc == 74 && $(<"$old") == "the old content" && $(leftovers) == 0 ]]'
tn_to_file normalize -o "$work/outdir/new.txt" "$work/late_error"
check "-o NEW: a failed run creates no file" '[[ $rc == 65 && ! -e $work/outdir/new.txt && $(leftovers) == 0 ]]'
input 'a , b\n'
tn_to_file normalize -o "$old"
check "-o FILE: a successful run replaces the file and keeps its permissions" \
  '[[ $rc == 0 && $(<"$old") == "a, b" && $(stat -c %a "$old") == 640 && $(leftovers) == 0 ]]'
(umask 027 && "$textnorm" normalize -o "$work/outdir/new.txt" <"$work/in" 2>"$work/err")
rc=$?
check "-o NEW: a new file gets the permissions of the umask" \
  '[[ $rc == 0 && $(<"$work/outdir/new.txt") == "a, b" && $(stat -c %a "$work/outdir/new.txt") == 640 ]]'
rm -f "$work/outdir/new.txt"
printf 'the old content\n' >"$old"
ln -s old.txt "$work/outdir/link"
tn_to_file normalize -o "$work/outdir/link"
check "-o LINK: the file the link names is replaced, the link stays" \
  '[[ $rc == 0 && -L $work/outdir/link && $(<"$old") == "a, b" && $(leftovers) == 0 ]]'
tn_to_file normalize -o "$work/adir"
check "-o DIRECTORY exits 74 naming it" '[[ $rc == 74 && $err == *"cannot write '\''$work/adir'\'': Is a directory"* ]]'

# A killed run leaves the old file and no temporary file. Its input is a FIFO this script holds
# open, so that the run waits in the middle of its input.
printf 'the old content\n' >"$old"
mkfifo "$work/in_fifo"
"$textnorm" normalize -j 1 -o "$old" "$work/in_fifo" 2>"$work/err" &
pid=$!
exec 3>"$work/in_fifo"
printf 'first line\n' >&3
for _ in $(seq 300); do
  [[ $(leftovers) != 0 ]] && break
  sleep 0.1
done
check "-o FILE: the run writes a temporary file beside FILE" '[[ $(leftovers) == 1 ]]'
kill -TERM $pid
wait $pid
rc=$?
exec 3>&-
check "-o FILE: a run killed with SIGTERM leaves the old file and no temporary file" \
  '[[ $rc == 143 && $(<"$old") == "the old content" && $(leftovers) == 0 ]]'

# Devices and FIFOs are written directly: no temporary file, no rename.
mkfifo "$work/outdir/fifo"
cat "$work/outdir/fifo" >"$work/from_fifo" &
reader=$!
tn_to_file normalize -o "$work/outdir/fifo"
wait $reader
check "-o FIFO is written directly" \
  '[[ $rc == 0 && -p $work/outdir/fifo && $(<"$work/from_fifo") == "a, b" && $(leftovers) == 0 ]]'
"$textnorm" normalize -o /dev/stdout <"$work/in" >"$work/out" 2>"$work/err"
rc=$?
check "-o /dev/stdout writes to standard output" '[[ $rc == 0 ]] && output_is "a, b\n"'

finish
