#!/usr/bin/env python3
"""Counts the words of German text in Debian's German man pages (package manpages-de).

    apt-get install manpages-de
    python3 tools/count_words.py > data/word_counts.tsv

Writes `word<TAB>count` lines, most frequent first, for textnorm_add_language_profile(...
WORD_COUNTS), which makes the plugin's language profile from them at build time. The output
depends only on the package's version, which the header names: rerun it after an upgrade.

Man pages leave commands, options and whole passages in English: a line counts only when it has
more German than English function words, and groff markup is stripped. Words are cut as
textnorm's detector cuts them (letter runs; hyphens and apostrophes split) and lowercased: in
German a capital marks every noun, so "Datei" and "datei" are one word.
"""
import collections
import gzip
import re
import subprocess
import sys
import unicodedata

PACKAGE = "manpages-de"
MIN_COUNT = 3
MAX_WORDS = 20000
TOKEN = re.compile(r"[^\W\d_]+")
GERMAN = set("""der die das und ist nicht mit von den dem des ein eine einer eines einem sich
auf für wird werden oder auch als bei wenn nur zu im ist sind wie kann diese dieser dieses
aus nach über wurde hat haben sie es noch durch unter zum zur vor""".split())
ENGLISH = set("""the and of to is in for with that this are be not by or from as an on
which can you will it if was has have""".split())


def package_files():
    listing = subprocess.run(["dpkg", "-L", PACKAGE], capture_output=True, text=True, check=True)
    return sorted(p for p in listing.stdout.split() if re.search(r"/man/de/man\d/.*\.gz$", p))


def package_version():
    query = subprocess.run(["dpkg-query", "-W", "-f=${Version}", PACKAGE],
                           capture_output=True, text=True, check=True)
    return query.stdout.strip()


def text_lines(path):
    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith((".", "'")):
                line = line.split(None, 1)[1] if " " in line.strip() else ""
            line = re.sub(r"\\f[BIRP]|\\f\(..|\\\(..|\\\[[^]]*\]|\\[-&e|^~]|\\\*\S", " ", line)
            yield unicodedata.normalize("NFC", line)


def is_german(words):
    german = sum(w in GERMAN for w in words)
    english = sum(w in ENGLISH for w in words)
    return german > english


def main():
    counts = collections.Counter()
    files = package_files()
    for path in files:
        for line in text_lines(path):
            words = [w.lower() for w in TOKEN.findall(line)]
            if is_german(words):
                counts.update(w for w in words if len(w) > 1 or w in GERMAN)
    print(f"# Words of the German man pages of Debian's {PACKAGE} {package_version()} "
          f"({len(files)} pages), lowercased,")
    print(f"# counted by tools/count_words.py; the {MAX_WORDS} most frequent seen at least "
          f"{MIN_COUNT} times. Do not edit.")
    kept = [(w, n) for w, n in counts.items() if n >= MIN_COUNT]
    for word, n in sorted(kept, key=lambda wn: (-wn[1], wn[0]))[:MAX_WORDS]:
        print(f"{word}\t{n}")


if __name__ == "__main__":
    sys.exit(main())
