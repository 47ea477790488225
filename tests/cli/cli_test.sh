#!/usr/bin/env bash
# usage: cli_test.sh TEXTNORM FIXTURES_DIR
# Runs the textnorm command end to end. Prints one line per check and then "N passed, M failed";
# exits non-zero when a check failed. FIXTURES_DIR holds the fixture plugins of tests/plugins,
# one directory per case.
set -uo pipefail
textnorm=$1
fixtures=$2
unset TEXTNORM_PLUGIN_PATH  # only the plugins beside the library, and the ones a check names

source "$(dirname "$0")/cli_lib.sh"

input ''
tn --help
check "--help exits 0 and shows usage" '[[ $rc == 0 && $out == usage:* ]]'
tn --version
check "--version exits 0 and names the version" '[[ $rc == 0 && $out == "textnorm "[0-9]* ]]'
tn normalize --help
check "normalize --help exits 0" '[[ $rc == 0 && $out == *"--invalid MODE"* ]]'

tn normalize --frobnicate
check "an unknown option exits 2 and names it" \
  '[[ $rc == 2 && $err == *"unknown option '\''--frobnicate'\''"* ]]'

input 'Guten Tag\n'
tn normalize --lang de
check "a language no plugin serves exits 69" \
  '[[ $rc == 69 && $err == "textnorm: no plugin serves language '\''de'\''"* ]]'

input 'Пашинян на Оби и Обь\n'
tn normalize --lang en --transliterate
check "--transliterate writes Cyrillic in Latin by the ru plugin's rules" \
  '[[ $rc == 0 ]] && output_is "Pashinyan na Obi i Ob\n"'
tn normalize --lang en --transliterate --plugins en,fr
check "--transliterate with no plugin that declares a script exits 2 and says so" \
  '[[ $rc == 2 && $err == *"no loaded plugin declares a script to transliterate"* ]]'

printf 'good\nab\xFFc\n' >"$work/bad.txt"
tn normalize "$work/bad.txt"
check "invalid UTF-8 exits 65 naming file, line, column and byte" \
  '[[ $rc == 65 && $err == "textnorm: $work/bad.txt:2:3: invalid UTF-8 (byte 0xFF); "* ]]'

tn variants "$work/bad.txt"
check "variants: invalid UTF-8 exits 65 naming file, line and column" \
  '[[ $rc == 65 && $err == "textnorm: $work/bad.txt:2:3: invalid UTF-8" ]]'

input 'Zarobyan met Zarobian.\nZarobyan and Zarobian again, and Zarobyan.\n'
tn variants
check "variants: spellings that fold alike make one group, the commonest as canonical" \
  '[[ $rc == 0 ]] && output_is "# zarobian: Zarobyan (3) Zarobian (2)\nZarobyan\tZarobian\n"'

tn normalize --invalid replace "$work/bad.txt"
check "--invalid replace puts U+FFFD and exits 0" \
  '[[ $rc == 0 ]] && output_is "good\nab\xEF\xBF\xBDc\n"'

tn normalize "$work/missing.txt"
check "a missing input file exits 74 naming it" \
  '[[ $rc == 74 && $err == *"cannot open '\''$work/missing.txt'\''"* ]]'

input 'hello\n'
tn normalize --plugin-path "$fixtures/throws" --lang xx
check "a plugin that throws exits 70 with its message" \
  '[[ $rc == 70 && $err == *"plugin '\''throws'\'' failed: boom" ]]'

input 'a cat\n'
tn normalize --plugin-path "$fixtures/careless" --lang xx --plugin-option careless.mark=[ok] \
  --disable careless.shout
check "--plugin-option reaches the plugin; --disable drops a rule it never checks" \
  '[[ $rc == 0 ]] && output_is "a cat[ok]\n"'
tn normalize --plugin-path "$fixtures/careless" --lang xx --plugin-option mark=1
check "a plugin option without the plugin's name exits 2" \
  '[[ $rc == 2 && $err == *"plugin option '\''mark=1'\'' is not NAME.KEY=VALUE"* ]]'

input '\xE2\x80\x9CHello\xE2\x80\x9D  world\n'
tn normalize --plugin-path "$fixtures/bogus"
check "a broken plugin gives a one-line warning naming the file and the run goes on" \
  '[[ $rc == 0 && $err == "textnorm: warning: skipped plugin $fixtures/bogus/textnorm-bogus.so: cannot load: invalid ELF header" ]] && output_is "\"Hello\" world\n"'

input ''
tn plugins --plugin-path "$fixtures/bogus" --plugin-path "$fixtures/misnamed"
check "plugins lists en and fr and the rejected files with reasons" \
  '[[ $rc == 0 && $out == *$'\''\nen '\''* && $out == *$'\''\nfr '\''* &&
     $out == *"rejected $fixtures/bogus/textnorm-bogus.so"$'\''\n'\''"  reason: cannot load: invalid ELF header"* &&
     $out == *"rejected $fixtures/misnamed/textnorm-misnamed.so"$'\''\n'\''"  reason: plugin calls itself"* ]]'

tn plugins --json --plugin-path "$fixtures/bogus"
if command -v python3 >/dev/null; then
  check "plugins --json is valid JSON" 'python3 -m json.tool "$work/out" >/dev/null'
else
  check "plugins --json looks like JSON" '[[ $out == "{"*"\"plugins\":["*"}" ]]'
fi
check "plugins --json names en, fr and the rejected file" \
  '[[ $out == *"\"name\":\"en\""* && $out == *"\"name\":\"fr\""* && $out == *"textnorm-bogus.so"* ]]'

input 'one\ntwo\nthree\n'
tn normalize
check "LF: 3 lines in, 3 lines out" '[[ $rc == 0 ]] && output_is "one\ntwo\nthree\n"'
input 'one\r\ntwo\r\nthree\r\n'
tn normalize
check "CRLF: 3 lines in, 3 LF lines out" '[[ $rc == 0 ]] && output_is "one\ntwo\nthree\n"'
input 'one\rtwo\rthree\r'
tn normalize
check "lone CR: 3 lines in, 3 LF lines out" '[[ $rc == 0 ]] && output_is "one\ntwo\nthree\n"'
input 'one\n\ntwo'
tn normalize
check "a missing final line break stays missing" '[[ $rc == 0 ]] && output_is "one\n\ntwo"'
input '\xEF\xBB\xBFone\n'
tn normalize
check "a leading BOM is dropped" '[[ $rc == 0 ]] && output_is "one\n"'

input 'a  b\n'
tn normalize -o "$work/written.txt"
check "-o FILE writes the file, not standard output" \
  '[[ $rc == 0 && -z $out && $(<"$work/written.txt") == "a b" ]]'

printf 'keep  me\n' >"$work/precious.txt"
tn normalize "$work/precious.txt" -o "$work/precious.txt"
check "-o naming an input is refused with exit 2 and the input kept" \
  '[[ $rc == 2 && $err == *"is also an input"* && $(<"$work/precious.txt") == "keep  me" ]]'

# detect takes normalize's options that change the text, and reports the segments normalize
# routes, in bytes of the line as read.
tn detect --help
check "detect --help lists normalize's text options" \
  '[[ $rc == 0 && $out == *"--names MODE"* && $out == *"--invalid MODE"* && $out == *"--disable RULES"* ]]'
input 'The weather is fine today.\n\nIl fait tr\xc3\xa8s beau.\n'
tn detect --lang fr
check "detect --lang fr: one fr segment a line, [] for an empty line" \
  'output_is "[{\"start\":0,\"end\":26,\"lang\":\"fr\",\"confidence\":1.00}]\n[]\n[{\"start\":0,\"end\":19,\"lang\":\"fr\",\"confidence\":1.00}]\n"'
tn detect --disable no.such-rule
check "detect refuses an unknown rule as normalize does (exit 2)" \
  '[[ $rc == 2 && $err == *"unknown rule '"'"'no.such-rule'"'"'"* ]]'
input 'The weather \xff is fine.\n'
tn detect --lang en
check "detect: invalid UTF-8 is an error naming line and byte (exit 65)" \
  '[[ $rc == 65 && $err == *"<stdin>:1:13:"* ]]'
tn detect --lang en --invalid replace
check "detect --invalid replace: the segment covers the original bytes" \
  'output_is "[{\"start\":0,\"end\":22,\"lang\":\"en\",\"confidence\":1.00}]\n"'
# Exonyms make the English sentence 3 bytes longer and the core passes 7 shorter before the
# French one: its start is still its byte offset in the line (51), not in the text the detector
# read (47).
input 'Leaders of Haut-Karabakh \xe2\x80\x9c met \xe2\x80\x9d  again today. La r\xc3\xa9union a eu lieu \xc3\xa0 Erevan et les ministres sont rentr\xc3\xa9s chez eux.\n'
tn detect --names exonyms
check "detect --names exonyms: the French sentence starts at its byte in the line" \
  '[[ $rc == 0 && $out == "[{\"start\":0,\"end\":51,\"lang\":\"en\""*"{\"start\":51,\"end\":123,\"lang\":\"fr\""* ]]'

finish
