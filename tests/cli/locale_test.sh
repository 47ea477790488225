#!/usr/bin/env bash
# usage: locale_test.sh TEXTNORM SOURCE_DIR
# The same bytes in every locale environment: normalize (both profiles, --lang en, fr and auto,
# names by language and --transliterate), detect and variants on the samples, the golden inputs
# and lines that case-map differently in Turkish (I/ı, İ/i), run under LANG=C, LANG and LC_ALL
# tr_TR.UTF-8, and LC_ALL fr_FR.UTF-8, give the bytes of LC_ALL=C.UTF-8. Each locale is first
# checked to take effect (it exists, and its decimal separator is the locale's), so that a
# machine without locales-all fails instead of passing for nothing.
set -uo pipefail
textnorm=$1
source_dir=$2
unset TEXTNORM_PLUGIN_PATH LANGUAGE
for variable in $(compgen -e | grep '^LC_'); do unset "$variable"; done  # only what a run sets
python=/usr/bin/python3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() {
  if eval "$2"; then
    echo "PASS $1"
    passed=$((passed + 1))
  else
    echo "FAIL $1"
    failed=$((failed + 1))
  fi
}

input=$work/input.txt
cat "$source_dir"/samples/*.txt "$source_dir"/tests/golden/inputs/*.txt >"$input"
printf '%s\n' 'ISTANBUL, Istanbul et İstanbul ; DIYARBAKIR ! ılık, iIıİ' \
  'PASHINIAN , Ilham ALIEV et SERGUEÏ LAVROV: "oui" ?' 'Идиллия ИЛИ Işık' >>"$input"

# run_all ENV...: every command's output under the environment ENV, concatenated into stdout.
run_all() {
  local profile lang
  for profile in default typographic; do
    for lang in en fr auto; do
      env "$@" "$textnorm" normalize -j 2 --profile $profile --lang $lang --names by-language "$input" || echo "exit $?"
    done
  done
  env "$@" "$textnorm" normalize --lang auto --transliterate "$input" || echo "exit $?"
  env "$@" "$textnorm" detect "$input" || echo "exit $?"
  env "$@" "$textnorm" variants "$input" || echo "exit $?"
}

run_all LC_ALL=C.UTF-8 >"$work/reference" 2>&1
check "the reference run succeeds" '! grep -q "^exit " "$work/reference" && [[ $(wc -l <"$work/reference") -gt 500 ]]'

# locale_in_effect ENV... : prints "<LC_CTYPE locale> <decimal point>" as a C program sees them.
locale_in_effect() {
  env "$@" PYTHONCOERCECLOCALE=0 "$python" -c 'import locale; locale.setlocale(locale.LC_ALL, ""); print(locale.setlocale(locale.LC_CTYPE), locale.localeconv()["decimal_point"])' 2>&1
}

for setting in 'LANG=C:C .' 'LANG=tr_TR.UTF-8:tr_TR.UTF-8 ,' 'LC_ALL=tr_TR.UTF-8:tr_TR.UTF-8 ,' \
               'LC_ALL=fr_FR.UTF-8:fr_FR.UTF-8 ,'; do
  env_setting=${setting%%:*}
  want=${setting#*:}
  effect=$(locale_in_effect -u LANG "$env_setting")
  check "$env_setting takes effect (locale and decimal separator: $want)" '[[ $effect == "$want" ]]'
  run_all -u LANG "$env_setting" >"$work/out" 2>&1
  check "$env_setting: normalize, detect and variants give the bytes of C.UTF-8" \
    'cmp -s "$work/reference" "$work/out" || { diff "$work/reference" "$work/out" | head -n 5; false; }'
done

echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
