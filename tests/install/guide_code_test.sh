#!/usr/bin/env bash
# usage: guide_code_test.sh GUIDE.md WORK_DIR CXX SDK_PROJECT_ARGS...
# Compiles every code block of the plugin author's guide against the installed SDK (the prefix
# is SDK_PROJECT_ARGS' fifth word, see sdk_project.sh). A block whose first line is
# `// file: NAME` or `# file: NAME` is a file of the guide's example project, written to
# WORK_DIR/project/NAME; that project is then built and its tests run. Other ```cpp blocks are
# compiled alone; other blocks must be shell sessions or text (```sh, ```text), which are not
# code to compile.
set -uo pipefail
guide=$1 work=$2 cxx=$3
shift 3
sdk_project=("$@")
prefix=${sdk_project[5]}

rm -rf "$work"
mkdir -p "$work/project"
failed=0
blocks=0
/usr/bin/env python3 - "$guide" "$work" <<'PYTHON' || exit 1
import pathlib, re, sys
guide, work = sys.argv[1], pathlib.Path(sys.argv[2])
text = pathlib.Path(guide).read_text(encoding="utf-8")
bad = []
for n, (lang, body) in enumerate(re.findall(r"^```(\w*)\n(.*?)^```$", text, re.S | re.M)):
    first = body.split("\n", 1)[0]
    named = re.fullmatch(r"(?://|#) file: (\S+)", first)
    if named:
        (work / "project" / named.group(1)).parent.mkdir(parents=True, exist_ok=True)
        (work / "project" / named.group(1)).write_text(body, encoding="utf-8")
    elif lang == "cpp":
        (work / f"block_{n}.cpp").write_text(body, encoding="utf-8")
    elif lang not in ("sh", "text"):
        bad.append(f"block {n} (```{lang}) is neither a named file nor cpp, sh or text")
for b in bad:
    print("FAIL " + b)
sys.exit(1 if bad else 0)
PYTHON

for block in "$work"/block_*.cpp; do
  [[ -e $block ]] || continue
  blocks=$((blocks + 1))
  if "$cxx" -std=c++20 -Wall -Wextra -Werror -fsyntax-only -I"$prefix/include" "$block" \
      >"$block.log" 2>&1; then
    echo "PASS $(basename "$block") compiles"
  else
    echo "FAIL $(basename "$block") does not compile:"
    sed 's/^/  /' "$block.log"
    cat -n "$block" | sed 's/^/  /'
    failed=$((failed + 1))
  fi
done
if [[ -e $work/project/CMakeLists.txt ]]; then
  if "${sdk_project[@]}" pass "$work/project" "$work/build" >"$work/project.log" 2>&1; then
    echo "PASS the guide's example project builds and passes its tests"
  else
    echo "FAIL the guide's example project:"
    sed 's/^/  /' "$work/project.log"
    failed=$((failed + 1))
  fi
else
  echo "FAIL the guide has no example project (no block with '# file: CMakeLists.txt')"
  failed=$((failed + 1))
fi
echo "$blocks standalone blocks; $failed failed"
[[ $failed == 0 ]]
