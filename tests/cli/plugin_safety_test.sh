#!/usr/bin/env bash
# usage: plugin_safety_test.sh TEXTNORM FIXTURES_DIR
# Faulty and unsafe plugins at the command line: each faulty fixture plugin fails the run with
# exit 70 and a message naming it, and nothing of its output is written; plugins that others
# may write are refused unless --allow-insecure-plugins; near-miss file names are listed.
set -uo pipefail
textnorm=$1
fixtures=$2
unset TEXTNORM_PLUGIN_PATH

source "$(dirname "$0")/cli_lib.sh"

input 'entre\n'  # e + U+0301 is not NFC
tn normalize --plugin-path "$fixtures/non_nfc" --lang xx
check "a plugin writing text out of NFC exits 70 naming it, writing nothing" \
  '[[ $rc == 70 && $err == *"plugin '\''non_nfc'\'' failed: its output is not in NFC" && -z $out ]]'

tn normalize --plugin-path "$fixtures/non_nfc" --lang xx --disable unicode.nfc
check "... also with unicode.nfc off" \
  '[[ $rc == 70 && $err == *"its output is not in NFC" && -z $out ]]'

input 'hello\n'
tn normalize --plugin-path "$fixtures/bad_utf8" --lang xx
check "a plugin writing invalid UTF-8 exits 70 naming it, writing nothing" \
  '[[ $rc == 70 && $err == *"plugin '\''bad_utf8'\'' failed: replacement is not valid UTF-8"* && -z $out ]]'

tn normalize --plugin-path "$fixtures/grows" --lang xx
check "a plugin growing a segment a thousandfold exits 70 naming it, writing nothing" \
  '[[ $rc == 70 && $err == *"plugin '\''grows'\'' failed: output more than 64 times the segment'\''s size"* && -z $out ]]'

input '\xC3\xA9t\xC3\xA9\nabcdefghijklmnopqrst\nnever\n'
tn normalize --plugin-path "$fixtures/grows" --lang xx --max-line-bytes 1000
check "a plugin growing a line past --max-line-bytes exits 70 at that line" \
  '[[ $rc == 70 && $err == *"<stdin>:2: plugin '\''grows'\'' failed: it made the line 1019 bytes long, over the limit of 1000 (--max-line-bytes)"* ]] &&
   output_is "\xC3\xA9t\xC3\xA9\n"'

input 'hello\n'
tn normalize --plugin-path "$fixtures/create_throws" --plugins create_throws --lang xx
check "a requested plugin whose create fails exits 70 naming it" \
  '[[ $rc == 70 && $err == *"plugin '\''create_throws'\'' failed to start: no dictionary in /usr/share/xx" && -z $out ]]'

tn normalize --plugin-path "$fixtures/many_languages"
check "--lang auto with more than 8 languages is a usage error at start-up" \
  '[[ $rc == 2 && $err == *"--lang auto tells at most 8 languages apart"*"choose plugins with --plugins, or one language with --lang"* ]]'

tn normalize --plugin-path "$fixtures/many_languages" --lang xi
check "... and one of them forced works" '[[ $rc == 0 ]] && output_is "hello\n"'

# A plugin directory that anyone may write.
mkdir "$work/open"
cp "$fixtures/grows/textnorm-grows.so" "$work/open/"
chmod 0777 "$work/open"
input '\xC3\xA9t\xC3\xA9\n'
tn plugins --plugin-path "$work/open"
check "textnorm plugins lists a plugin in a world-writable directory as refused, saying why" \
  '[[ $rc == 0 && $out == *"rejected $work/open/textnorm-grows.so"$'\''\n'\''"  reason: plugin directory $work/open is writable by others (mode 0777), so anyone could put code in it; make it writable by its owner only (chmod go-w), or pass --allow-insecure-plugins"* ]]'

tn normalize --plugin-path "$work/open" --lang xx
check "normalize refuses it: exit 69 for the language, saying which plugin was rejected and why" \
  '[[ $rc == 69 && $err == *"no plugin serves language '\''xx'\''"*"; rejected $work/open/textnorm-grows.so: plugin directory $work/open is writable by others"* ]]'

tn normalize --plugin-path "$work/open" --lang xx --allow-insecure-plugins
check "--allow-insecure-plugins loads it" '[[ $rc == 0 && -z $err ]] && output_is "\xC3\xA9t\xC3\xA9\n"'

chmod 0755 "$work/open"
chmod 0664 "$work/open/textnorm-grows.so"
tn plugins --plugin-path "$work/open" --json
check "a group-writable plugin file is refused, in --json too" \
  '[[ $rc == 0 && $out == *"\"reason\":\"plugin file $work/open/textnorm-grows.so is writable by its group (mode 0664)"* ]]'

chmod 0755 "$work/open/textnorm-grows.so"
(cd "$work/open" && "$textnorm" normalize --lang xx <"$work/in" >"$work/out" 2>"$work/err")
rc=$?
err=$(<"$work/err")
check "the current directory is never searched" '[[ $rc == 69 ]]'

mkdir "$work/near"
for f in libtextnorm-de.so textnorm_de.so README; do echo "not a plugin" >"$work/near/$f"; done
tn plugins --plugin-path "$work/near"
check "textnorm plugins lists near-miss plugin names with the name they need" \
  '[[ $rc == 0 && $out == *"rejected $work/near/libtextnorm-de.so"$'\''\n'\''"  reason: named like a plugin, but plugin files are named textnorm-<name>.so with a name of [a-z0-9_]: did you mean textnorm-de.so?"* &&
     $out == *"rejected $work/near/textnorm_de.so"$'\''\n'\''"  reason: named like a plugin"*"did you mean textnorm-de.so?"* &&
     $out != *README* ]]'

finish
