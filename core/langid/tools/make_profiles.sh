#!/bin/sh
# Regenerates plugins/{en,fr}/data/language_profile.tsv from Debian-packaged text. Needs:
#   apt-get install wamerican wfrench fortunes manpages manpages-fr \
#     debian-reference-en debian-reference-fr gimp-help-en gimp-help-fr
# The corpora are chosen in parallel (the same manuals in both languages) so that the topic of a
# word does not pass for its language; English adds the fortunes for everyday speech.
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
tools="$root/core/langid/tools"

# Man pages that exist in both languages, each in its own language.
fr_man=$(find /usr/share/man/fr -name '*.gz' | sort)
en_man=$(for page in $fr_man; do
  en=$(echo "$page" | sed 's|/usr/share/man/fr/|/usr/share/man/|')
  [ -f "$en" ] && echo "$en"
done)
fortunes=$(find /usr/share/games/fortunes -maxdepth 1 -type f ! -name '*.dat' ! -name '*.u8' | sort)

python3 "$tools/make_profile.py" --lang en --dictionary /usr/share/dict/american-english \
  --common "$root/plugins/en/data/common_words.txt" \
  --other-common "$root/plugins/fr/data/common_words.txt" \
  --corpus $fortunes $en_man /usr/share/debian-reference/debian-reference.en.txt.gz \
    $(find /usr/share/gimp/2.0/help/en -name '*.html' | sort) \
  --clitics "$root"/plugins/*/data/clitics.txt \
  > "$root/plugins/en/data/language_profile.tsv"

python3 "$tools/make_profile.py" --lang fr --dictionary /usr/share/dict/french \
  --common "$root/plugins/fr/data/common_words.txt" \
  --other-common "$root/plugins/en/data/common_words.txt" \
  --corpus $fr_man /usr/share/debian-reference/debian-reference.fr.txt.gz \
    $(find /usr/share/gimp/2.0/help/fr -name '*.html' | sort) \
  --clitics "$root"/plugins/*/data/clitics.txt \
  > "$root/plugins/fr/data/language_profile.tsv"
