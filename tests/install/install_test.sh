#!/usr/bin/env bash
# usage: install_test.sh BUILD_DIR SAMPLE_DIR WORK_DIR LIBDIR CMAKE CXX
# Installs BUILD_DIR into WORK_DIR/p1 and checks the layout; runs the installed textnorm with no
# plugin path from the environment, before and after moving the prefix to WORK_DIR/p2; then
# builds a C++ program (consumer/) and the sample plugin in SAMPLE_DIR against the moved
# prefix, installs the plugin there and uses both.
# Prints one line per check and then "N passed, M failed"; exits non-zero when a check failed.
set -uo pipefail
build=$1
sample=$2
work=$3
libdir=$4
cmake=$5
cxx=$6

passed=0
failed=0

# check NAME COMMAND...: runs COMMAND; on failure shows the start of its output.
check() {
  local name=$1
  shift
  if "$@" >"$work/log" 2>&1; then
    echo "PASS $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name"
    sed -n '1,15s/^/  /p' "$work/log"
    failed=$((failed + 1))
  fi
}

# run_textnorm PREFIX ARGS...: the installed binary, with no help from the environment.
run_textnorm() {
  local prefix=$1
  shift
  env -u TEXTNORM_PLUGIN_PATH -u LD_LIBRARY_PATH "$prefix/bin/textnorm" "$@"
}

# normalizes PREFIX INPUT EXPECTED ARGS...: `textnorm normalize ARGS` turns INPUT into EXPECTED.
normalizes() {
  local prefix=$1 input=$2 expected=$3
  shift 3
  local got
  got=$(printf '%s\n' "$input" | run_textnorm "$prefix" normalize "$@") || return 1
  [[ $got == "$expected" ]] || { echo "expected: $expected"; echo "got:      $got"; return 1; }
}

# lists PREFIX NAME: `textnorm plugins` lists plugin NAME from PREFIX's plugin directory.
lists() {
  local listing
  listing=$(run_textnorm "$1" plugins) || return 1
  echo "$listing"
  [[ $listing == *$'\n'"$2 "* && $listing == *"path:      $1/$libdir/textnorm-1/textnorm-$2.so"* ]]
}

rm -rf "$work"
mkdir -p "$work"

check "cmake --install into a fresh prefix" "$cmake" --install "$build" --prefix "$work/p1"
for file in bin/textnorm "$libdir/libtextnorm.so" "$libdir/textnorm-1/textnorm-en.so" \
            "$libdir/textnorm-1/textnorm-fr.so" include/textnorm/plugin_abi.h \
            include/textnorm/plugin_sdk.hpp include/textnorm/version.hpp \
            "$libdir/cmake/textnorm/textnormConfig.cmake" "$libdir/pkgconfig/textnorm.pc" \
            bin/textnorm-make-profile bin/textnorm-compile-profile \
            "$libdir/cmake/textnorm/textnorm_plugin_test.sh"; do
  check "installed $file" test -e "$work/p1/$file"
done

check "installed textnorm finds en by itself" lists "$work/p1" en
check "installed textnorm finds fr by itself" lists "$work/p1" fr
check "installed textnorm normalizes English" \
  normalizes "$work/p1" 'He said , "yes"  .' 'He said, "yes".' --lang en
check "installed textnorm normalizes French" \
  normalizes "$work/p1" 'Il a dit : oui!' 'Il a dit : oui !' --lang fr

check "the prefix can be moved" mv "$work/p1" "$work/p2"
check "moved textnorm finds en in the new prefix" lists "$work/p2" en
check "moved textnorm normalizes French" \
  normalizes "$work/p2" 'Il a dit : oui!' 'Il a dit : oui !' --lang fr
if command -v pkg-config >/dev/null; then
  check "textnorm.pc follows the moved prefix" \
    test "$(PKG_CONFIG_PATH="$work/p2/$libdir/pkgconfig" pkg-config --variable=plugindir textnorm)" \
      -ef "$work/p2/$libdir/textnorm-1"
fi

consumer=$(dirname "$0")/consumer
check "a C++ program configures against the installed package" \
  "$cmake" -S "$consumer" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$work/p2" \
    -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Release
check "the C++ program builds" "$cmake" --build "$work/consumer"
check "the C++ program normalizes with the installed library and plugins" \
  test "$(env -u TEXTNORM_PLUGIN_PATH "$work/consumer/consumer" fr 'Il a dit : oui!')" \
    == 'Il a dit : oui !'
check "the package carries no private compile definition" \
  bash -c "! grep -rq BOOST_DLL '$work/p2/$libdir/cmake/textnorm' '$work/p2/$libdir/pkgconfig'"
if command -v pkg-config >/dev/null; then
  check "a C++ program builds with pkg-config textnorm alone" \
    bash -c "$cxx -std=c++20 '$consumer/consumer.cpp' -o '$work/consumer-pc' \
      \$(PKG_CONFIG_PATH='$work/p2/$libdir/pkgconfig' pkg-config --cflags --libs textnorm) \
      -Wl,-rpath,'$work/p2/$libdir' && '$work/consumer-pc' en 'He said , yes .' | grep -qx 'He said, yes.'"
fi

check "the sample plugin configures against the moved prefix" \
  "$cmake" -S "$sample" -B "$work/sample" -DCMAKE_PREFIX_PATH="$work/p2" \
    -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Release
check "the sample plugin builds" "$cmake" --build "$work/sample"
check "the sample plugin installs into the prefix's plugin directory" \
  "$cmake" --install "$work/sample"
check "installed textnorm lists the sample plugin" lists "$work/p2" de
check "the sample plugin exports only its entry symbol" \
  "$(dirname "$0")/../plugins/check_exports.sh" "$work/p2/$libdir/textnorm-1/textnorm-de.so" \
    textnorm_plugin_de_entry
check "the sample plugin removes the space before punctuation" \
  normalizes "$work/p2" 'Er sagte "Ja" , dann ging er .' 'Er sagte "Ja", dann ging er.' --lang de
check "the sample plugin writes German quotes in the typographic profile" \
  normalizes "$work/p2" 'Er sagte "Ja" , dann ging er .' $'Er sagte \u201EJa\u201C, dann ging er.' \
    --lang de --profile typographic

echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
