#!/usr/bin/env python3
"""Builds a plugin's language_profile.tsv: word<TAB>log-probability under a smoothed unigram model.

    make_profile.py --lang fr --dictionary /usr/share/dict/french \
        --common plugins/fr/data/common_words.txt \
        --other-common plugins/en/data/common_words.txt --corpus FILE... > plugins/fr/data/language_profile.tsv

P(word) = (corpus count + DICTIONARY_COUNT if the dictionary lists it + the pseudo-count its rank
in the common-word list implies) / total. Corpus files are plain text, gzip text, HTML or groff;
markup is stripped. Words are tokenized exactly as the detector does (see word_tokenizer.h):
letter runs, hyphens split, "l'amour" -> "l'" "amour", "don't" -> "don" "'t". Only lowercase
forms are kept: a capitalised token counts only when its lowercase form occurs too, so names do
not enter the profile. The line `<unknown>` gives the weight of a word the profile lacks.
"""
import argparse
import collections
import gzip
import math
import re
import sys
import unicodedata

DICTIONARY_COUNT = 0.5
UNKNOWN_COUNT = 0.01
# The pseudo-frequency of the common word of rank r is COMMON_TOP / (r + 1) (Zipf's law).
COMMON_TOP = 0.04
MIN_CORPUS_COUNT = 2
# The endings cut with their apostrophe ("t" of "don't"): every plugin's data/clitics.txt.
CLITICS = set()
TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def read_text(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as f:
        text = f.read()
    if path.endswith((".html", ".htm", ".html.gz")):
        text = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"(?s)<pre\b.*?</pre>", " ", text)
        text = re.sub(r"<[^>]+>", " ", text)
        text = re.sub(r"&[a-z]+;|&#\d+;", " ", text)
    elif re.search(r"/man\d?/|\.\d(\.gz)?$", path):
        text = "\n".join(l for l in text.splitlines() if not l.startswith((".", "'")))
        text = re.sub(r"\\f[BIRP]|\\\(..|\\[-&e]|\\\*\S", " ", text)
    return unicodedata.normalize("NFC", text)


def split_token(token):
    """Mirrors the detector: one apostrophe piece per elision or English clitic."""
    token = token.replace("’", "'")
    pieces = []
    while "'" in token:
        head, tail = token.split("'", 1)
        tail_word = tail.split("'", 1)[0]
        if tail_word.lower() in CLITICS and "'" not in tail:
            pieces += [head, "'" + tail]
            return pieces
        pieces.append(head + "'")
        token = tail
    pieces.append(token)
    return pieces


def is_own_language(tokens, own_common, other_common):
    """Manuals leave passages untranslated: keep a line only if its common words are ours."""
    own = sum(t.lower() in own_common for t in tokens)
    other = sum(t.lower() in other_common for t in tokens)
    return own > other


def count_words(paths, own_common, other_common):
    counts = collections.Counter()
    for path in paths:
        for line in read_text(path).splitlines():
            tokens = [p for t in TOKEN.findall(line) for p in split_token(t)]
            if is_own_language(tokens, own_common, other_common):
                counts.update(tokens)
    lowercase = collections.Counter()
    for word, n in counts.items():
        if word == word.lower():
            lowercase[word] += n
    for word, n in counts.items():
        if word != word.lower() and word.lower() in lowercase:
            lowercase[word.lower()] += n
    return lowercase


def read_list(path):
    with open(path, encoding="utf-8") as f:
        return [unicodedata.normalize("NFC", l.strip()) for l in f if l.strip() and not l.startswith("#")]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", required=True)
    parser.add_argument("--dictionary", required=True, help="word list, one word a line")
    parser.add_argument("--common", required=True, help="common words, most frequent first")
    parser.add_argument("--other-common", required=True, help="the other language's common words")
    parser.add_argument("--corpus", nargs="+", required=True)
    parser.add_argument("--clitics", nargs="*", default=[],
                        help="the plugins' clitics.txt files (one ending a line, '#' comments)")
    args = parser.parse_args()

    for path in args.clitics:
        with open(path, encoding="utf-8") as f:
            for line in f:
                ending = line.split("#", 1)[0].strip().replace("’", "'").lstrip("'")
                if ending:
                    CLITICS.add(ending.lower())
    common = read_list(args.common)
    other_common = set(read_list(args.other_common)) - set(common)
    corpus_counts = count_words(args.corpus, set(common), other_common)
    counts = collections.Counter({w: n for w, n in corpus_counts.items() if n >= MIN_CORPUS_COUNT})
    corpus_total = sum(counts.values())
    weights = collections.Counter({w: float(n) for w, n in counts.items()})
    for word in read_list(args.dictionary):
        if word == word.lower() and TOKEN.fullmatch(word):
            for piece in split_token(word):
                weights[piece] += DICTIONARY_COUNT
    for rank, word in enumerate(common):
        weights[word] = max(weights[word], COMMON_TOP * corpus_total / (rank + 1))
    total = sum(weights.values()) + UNKNOWN_COUNT

    print(f"# Language profile for '{args.lang}': word<TAB>natural log of its probability.")
    print("# Generated by core/langid/tools/make_profile.py; do not edit by hand. Sources: dictionary")
    print(f"# {args.dictionary} (Debian word list), common words {args.common.split('/')[-1]} (hand-written),")
    print("# corpora: " + " ".join(sorted({re.sub(r'[^/]*$', '', p) for p in args.corpus})))
    print(f"<unknown>\t{math.log(UNKNOWN_COUNT / total):.3f}")
    for word, weight in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{word}\t{math.log(weight / total):.3f}")


if __name__ == "__main__":
    sys.exit(main())
