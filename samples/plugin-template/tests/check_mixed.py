#!/usr/bin/env python3
"""usage: check_mixed.py TEXTNORM PLUGIN_DIR MIXED.tsv WORD_COUNTS.tsv

Checks the de plugin with the installed textnorm on mixed German, English and French lines
(MIXED.tsv: `lang<TAB>sentence` starts a line, `+lang<TAB>sentence` continues it):
- `textnorm detect` puts at least 95% of the German sentences in German segments, and the
  English and French sentences are right at least as often as with only the en and fr plugins;
- the names stage takes no German noun for a name: `textnorm normalize` gives the German
  sentences unchanged with --names canonical (the default) and by-language, as with --names off;
  --names exonyms only translates the plugin's own two names into English; and every word of
  WORD_COUNTS.tsv, capitalised inside a sentence ("Das ist Datei hier."), stays as it is.
A sentence is right when segments of its language cover 90% of its bytes or more.
"""
import json
import subprocess
import sys

MIN_GERMAN = 0.95
MIN_COVERED = 0.9
# What --names exonyms does to German text: it translates the names the plugin knows.
EXONYM_TRANSLATIONS = {"München": "Munich", "Köln": "Cologne"}


def read_lines(path):
    """The lines to detect, each a list of (lang, begin, end) of its sentences (byte spans)."""
    lines = []
    with open(path, encoding="utf-8") as f:
        for row in f:
            row = row.rstrip("\n")
            if not row or row.startswith("#"):
                continue
            lang, sentence = row.split("\t")
            if lang.startswith("+"):
                text, sentences = lines[-1]
                text += " "
                lang = lang[1:]
            else:
                text, sentences = "", []
                lines.append(None)
            begin = len(text.encode())
            text += sentence
            sentences.append((lang, begin, len(text.encode())))
            lines[-1] = (text, sentences)
    return lines


def run(textnorm, args, text):
    done = subprocess.run([textnorm] + args, input=text.encode(), capture_output=True, check=False)
    if done.returncode != 0:
        sys.exit(f"textnorm {' '.join(args)} failed ({done.returncode}): {done.stderr.decode()}")
    return done.stdout.decode()


def accuracy(textnorm, plugin_args, lines, show_errors):
    """Per language: (right, total) sentences under `textnorm detect PLUGIN_ARGS`."""
    output = run(textnorm, ["detect"] + plugin_args, "".join(text + "\n" for text, _ in lines))
    scores = {}
    for (text, sentences), answer in zip(lines, output.splitlines()):
        segments = json.loads(answer)
        for lang, begin, end in sentences:
            covered = sum(max(0, min(end, s["end"]) - max(begin, s["start"]))
                          for s in segments if s["lang"] == lang)
            right = covered >= MIN_COVERED * (end - begin)
            scores.setdefault(lang, [0, 0])
            scores[lang][0] += right
            scores[lang][1] += 1
            if not right and show_errors:
                found = [s["lang"] for s in segments if s["start"] < end and s["end"] > begin]
                print(f"  wrong ({lang}, detected {'/'.join(found)}): "
                      f"{text.encode()[begin:end].decode()}")
    return scores


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__.splitlines()[0])
    textnorm, plugin_dir, mixed, word_counts = sys.argv[1:]
    lines = read_lines(mixed)
    failures = []

    with_de = accuracy(textnorm, ["--plugin-path", plugin_dir], lines, True)
    without_de = accuracy(textnorm, ["--plugins", "en,fr"], lines, False)
    for lang, (right, total) in sorted(with_de.items()):
        before = without_de.get(lang, (0, total))
        print(f"{lang}: {right}/{total} sentences right with de "
              f"({before[0]}/{total} with en and fr alone)")
    right, total = with_de["de"]
    if right < MIN_GERMAN * total:
        failures.append(f"only {right}/{total} German sentences right (at least {MIN_GERMAN:.0%})")
    for lang in ("en", "fr"):
        if with_de[lang][0] < without_de[lang][0]:
            failures.append(f"{lang}: {with_de[lang][0]} sentences right with de, "
                            f"{without_de[lang][0]} without")

    german = "".join(text.encode()[b:e].decode() + "\n"
                     for text, sentences in lines for lang, b, e in sentences if lang == "de")
    common = ["normalize", "--plugin-path", plugin_dir, "-j", "1"]
    off = run(textnorm, common + ["--names", "off"], german)
    translated = off
    for german_name, english_name in EXONYM_TRANSLATIONS.items():
        translated = translated.replace(german_name, english_name)
    for mode, expected in (("canonical", off), ("by-language", off), ("exonyms", translated)):
        on = run(textnorm, common + ["--names", mode], german)
        changed = [(a, b) for a, b in zip(expected.splitlines(), on.splitlines()) if a != b]
        print(f"names {mode}: {len(changed)} of {len(off.splitlines())} German lines "
              "differ from what they should be")
        for a, b in changed:
            failures.append(f"--names {mode} changed German text:\n  expected: {a}\n  got:      {b}")

    with open(word_counts, encoding="utf-8") as f:
        words = [row.split("\t")[0] for row in f if not row.startswith("#")]
    nouns = "".join(f"Das ist {w[:1].upper() + w[1:]} hier.\n" for w in words)
    named = run(textnorm, common + ["--lang", "de", "--names", "canonical"], nouns)
    kept = run(textnorm, common + ["--lang", "de", "--names", "off"], nouns)
    changed = [(a, b) for a, b in zip(kept.splitlines(), named.splitlines()) if a != b]
    print(f"names canonical: {len(changed)} of {len(words)} capitalised German words changed")
    for a, b in changed[:20]:
        failures.append(f"--names canonical took a German word for a name:\n  off: {a}\n  on:  {b}")

    for failure in failures:
        print("FAIL " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
