#!/usr/bin/env python3
"""Measures language identification on the dev corpus.

Runs a command that reads lines on stdin and prints one JSON array of segments per line
({"start","end","lang","confidence"}, byte offsets), as `textnorm detect` does, and prints:
  - sentence accuracy on langid.tsv and langid_long.tsv (a line is right when the language
    covering most of its bytes is the expected one);
  - segment accuracy on mixed.tsv and mixed_news.tsv (an expected sentence is right when a
    predicted segment has the same text, spaces trimmed, and the same language).
Skips (exit 0) when the dev corpus is absent.
"""
import argparse
import collections
import json
import os
import shlex
import subprocess
import sys

DEV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus", "dev")


def read_tsv(name):
    with open(os.path.join(DEV, name), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    return rows[1:]


def run(cmd, lines):
    if any("\n" in line for line in lines):
        raise ValueError("input lines must not contain newlines")
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    try:
        result = subprocess.run(cmd, input=data, capture_output=True, check=False)
    except OSError as error:
        sys.exit(f"langid_accuracy: cannot run {' '.join(cmd)}: {error}")
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({result.returncode}): {result.stderr.decode(errors='replace')}")
    outputs = result.stdout.decode("utf-8").splitlines()
    if len(outputs) != len(lines):
        sys.exit(f"expected {len(lines)} output lines, got {len(outputs)}")
    return [json.loads(o) for o in outputs]


def segment_texts(line, segments):
    raw = line.encode("utf-8")
    return [(raw[s["start"]:s["end"]].decode("utf-8").strip(), s["lang"]) for s in segments]


def covers(line, segments):
    position = 0
    for s in segments:
        if s["start"] != position or s["end"] < s["start"]:
            return False
        position = s["end"]
    return position == len(line.encode("utf-8"))


def main_language(segments):
    sizes = collections.Counter()
    for s in segments:
        sizes[s["lang"]] += s["end"] - s["start"]
    return sizes.most_common(1)[0][0] if sizes else "und"


def sentence_accuracy(cmd, name, verbose):
    rows = read_tsv(name)
    predictions = run(cmd, [r[1] for r in rows])
    confusion = collections.Counter()
    errors = []
    for (lang, sentence), segments in zip(rows, predictions):
        got = main_language(segments)
        confusion[(lang, got)] += 1
        if got != lang:
            errors.append(f"  expected {lang}, got {got}: {sentence}")
        if not covers(sentence, segments):
            errors.append(f"  segments do not cover the line: {sentence}")
    right = sum(n for (want, got), n in confusion.items() if want == got)
    report(name, "sentences", right, len(rows), confusion, errors, verbose)


def segment_accuracy(cmd, name, verbose):
    rows = read_tsv(name)
    predictions = run(cmd, [r[2] for r in rows])
    confusion = collections.Counter()
    errors = []
    right = total = 0
    for row, segments in zip(rows, predictions):
        langs, text, sentences = json.loads(row[1]), row[2], json.loads(row[3])
        got = segment_texts(text, segments)
        for lang, sentence in zip(langs, sentences):
            total += 1
            expected = (sentence.strip(), lang)
            got_lang = next((g for t, g in got if t == expected[0]), "(boundary)")
            confusion[(lang, got_lang)] += 1
            right += got_lang == lang
        if not covers(text, segments):
            errors.append(f"  segments do not cover the line: {text}")
        elif any((s.strip(), l) not in got for l, s in zip(langs, sentences)):
            errors.append(f"  expected {list(zip(langs, sentences))}\n       got {got}")
    report(name, "segments", right, total, confusion, errors, verbose)


def report(name, unit, right, total, confusion, errors, verbose):
    print(f"{name}: {right}/{total} {unit} right ({100.0 * right / total:.2f}%)")
    mistakes = [f"{want}->{got}: {n}" for (want, got), n in sorted(confusion.items()) if want != got]
    print("  confusion (expected -> got): " + (", ".join(mistakes) or "none"))
    if verbose:
        for error in errors[:verbose]:
            print(error)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cmd", default="build/bin/textnorm detect", help="command to run (default: %(default)s)")
    parser.add_argument("--verbose", nargs="?", type=int, const=10, default=0, help="print the first N errors per file")
    args = parser.parse_args()
    if not os.path.isdir(DEV):
        print(f"langid_accuracy: skipped, no dev corpus at {os.path.normpath(DEV)}")
        return 0
    cmd = shlex.split(args.cmd)
    for name in ("langid.tsv", "langid_long.tsv"):
        sentence_accuracy(cmd, name, args.verbose)
    for name in ("mixed.tsv", "mixed_news.tsv"):
        segment_accuracy(cmd, name, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
