#!/usr/bin/env python3
"""Measures the names stage (issue #4): recall, false rewrites and the cost of a big lexicon.

  recall      each variant of ../shared/corpus/dev/names.tsv in an English and a French
              sentence; right when the output holds the canonical form (in capitals for a
              variant in capitals: SOCHI for ՍՈՉԻԻ). Latin-script rows (en, fr, az-Latn, Latn)
              with the default options and with --names exonyms; Cyrillic and Armenian rows
              with --transliterate. Rows whose source lowercased the token are given their
              capital back (names are matched from a capital letter). Left out of the recall,
              by the rules of issue 10, and measured apart, each row listed:
                - a given name standing alone (Latin rows: the row's canonical form is a given
                  name of the lexicon, or the dev file marks it given-name-token): never
                  rewritten, the person may spell it so;
                - a contested name: the variant is a form of one place of a pair of
                  plugins/names-tools/sources/contested.tsv and the canonical form is the
                  other's name (Khankendi for Stepanakert, Արցախ for Nagorno-Karabakh), or the
                  variant is a form of both (Шушинский район): kept when the output does not
                  hold the competing name;
                - an ambiguous surname: a one-word variant that the built lexicons list as a
                  form of several surnames with different English forms (Sarkisyan: Sargsyan
                  and Sarkissian; Petrosian: Petrosian and Petrosyan): kept when the output
                  holds none of them but the variant itself.
              The figure with the contested and ambiguous rows counted is printed too.
  given names each given-name row's variant before the surname of a famous bearer of that
              given name (one the lexicon knows, whose surname names no one else: one bearer,
              and no other known surname spelled so, as Petrosyan is Petrosian's too): right
              when the output holds the bearer's full canonical name (Serghei Lavrov).
  precision   words the names stage changes over news_en.txt, news_fr.txt (output with
              --names canonical against --names off, so the core's own edits do not count;
              changes of a form that names.tsv does not list are printed for review) and
              tests/data/names_negatives.txt with tests/data/names_common_people.txt and
              tests/data/names_real_people.txt (real people who are not Russian, Armenian or
              Azerbaijani, from Debian's copyright files: tests/names/make_people_negatives.py;
              every change there is a false rewrite), each line as it is, title-cased and in
              capitals in a sentence;
              and the words of the en and fr language profiles, capitalised, one a line (each
              change printed for review).
  documents   every distinct change of the names stage (default mode, and --names exonyms) on
              the documentation corpus of tests/bench/make_doc_corpus.py (when built), against
              the reviewed list
              tests/names/doc_corpus_changes.tsv: a change not on it is reported.
  cost        normalize MB/s on the same input without and with a synthetic 100,000-entry user
              lexicon (written to /tmp), start-up time measured apart on an empty input.

Runs the built CLI (`build/bin/textnorm normalize`) unless --cmd names another command taking
the same options (--names, --transliterate, --lang, --lexicon), e.g. the stage's own driver
`build/tests/names/names_driver`. Exits 0 with a message when ../shared is absent.
"""
import argparse
import os
import random
import re
import shlex
import subprocess
import sys
import tempfile
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
DEV = os.path.join(SHARED, "corpus", "dev")
NEGATIVES = os.path.join(ROOT, "tests", "data", "names_negatives.txt")
COMMON_PEOPLE = os.path.join(ROOT, "tests", "data", "names_common_people.txt")
REAL_PEOPLE = os.path.join(ROOT, "tests", "data", "names_real_people.txt")
REVIEWED_DOC_CHANGES = os.path.join(HERE, "doc_corpus_changes.tsv")
DOC_CORPUS = os.path.join(ROOT, "build-bench", "corpus", "doc_en_fr.txt")
LATIN = ("en", "fr", "az-Latn", "Latn")
NATIVE = ("ru-Cyrl", "hy-Armn")
SENTENCES = {
    "en": "Officials said on Monday that {} would attend the talks.",
    "fr": "Selon les responsables, {} participera aux discussions lundi.",
}
WORD = re.compile(r"\w+(?:['’]\w+)*")
CONTESTED = os.path.join(ROOT, "plugins", "names-tools", "sources", "contested.tsv")


def run(cmd, args, text):
    """Output lines of cmd + args on text, and the seconds it took."""
    start = time.perf_counter()
    proc = subprocess.run(cmd + args, input=text.encode("utf-8"), stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit("command failed (%d): %s\n%s" % (proc.returncode, " ".join(cmd + args),
                                                  proc.stderr.decode("utf-8", "replace")))
    return proc.stdout.decode("utf-8").split("\n"), seconds, proc.stderr.decode("utf-8", "replace")


def capitalised(text):
    """Each word with its first letter in capital (aliev -> Aliev, nagorno karabakh -> Nagorno Karabakh)."""
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


def expected(canonical, variant):
    """What the output must hold: the canonical form, or for a one-word variant of a person's
    full name (a surname alone, Пашиняну, Shoygu) the canonical surname; in capitals for a
    variant in capitals (ՍՈՉԻԻ: SOCHI), as the names stage keeps the case style."""
    if " " not in variant and "-" not in variant and " " in canonical:
        canonical = canonical.split(" ")[-1]
    return canonical.upper() if variant.isupper() else canonical


def match_key(text):
    """Lowercase, without marks (Sarkisi︠a︡n: sarkisian): how the lexicons' forms are compared."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))


def read_rows():
    rows = []
    with open(os.path.join(DEV, "names.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 3:
                continue
            canonical, variant, scheme = fields[0], fields[1], fields[2]
            if "lowercased" in scheme:
                variant = capitalised(variant)
            group = ("latin" if scheme.startswith(LATIN) else
                     "native" if scheme.startswith(NATIVE) else None)
            if group:
                rows.append((group, canonical, variant, scheme))
    return rows


class Lexicon:
    """The built plugins' lexicons (BUILD/plugins/*/lexicon.tsv: entity, form, kind, lang)."""

    def __init__(self, build):
        self.english = {}   # entity -> English canonical form
        self.plugin = {}    # entity -> plugin
        self.forms = {}     # entity -> match keys of its forms
        self.entities = {}  # match key -> entities
        plugins = os.path.join(build, "plugins")
        for name in sorted(os.listdir(plugins)) if os.path.isdir(plugins) else []:
            path = os.path.join(plugins, name, "lexicon.tsv")
            if not os.path.exists(path):
                continue
            with open(path, encoding="utf-8") as f:
                for line in f:
                    entity, form, kind, lang = line.rstrip("\n").split("\t")
                    self.plugin[entity] = name
                    if kind == "0" and lang == "en":
                        self.english[entity] = form
                    key = match_key(form)
                    self.forms.setdefault(entity, set()).add(key)
                    self.entities.setdefault(key, set()).add(entity)

    def place(self, plugin, english):
        found = [e for e, form in self.english.items()
                 if e.startswith("place.") and form == english and self.plugin[e] == plugin]
        return found[0] if len(found) == 1 else None


def contested_pairs(lexicon):
    """(place entity, competing place entity) both ways, for the rows of contested.tsv that
    name a competing place."""
    pairs = []
    with open(CONTESTED, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(fields) < 5 or fields[4] == "-":
                continue
            place = lexicon.place(fields[0], fields[1])
            rival = lexicon.place(*fields[4].split(":", 1))
            if not place or not rival:
                sys.exit("names_accuracy: %s: no one place %s:%s or %s in the built lexicons"
                         % (CONTESTED, fields[0], fields[1], fields[4]))
            pairs += [(place, rival), (rival, place)]
    return pairs


def contested(row, lexicon, pairs):
    """The competing name the row's canonical form is, when its variant is a form of the
    other place of a contested pair (or of both), else None."""
    key = match_key(row[2])
    for place, rival in pairs:
        if lexicon.english[place] == row[1] and key in lexicon.forms.get(rival, ()):
            return lexicon.english[place]
    return None


def ambiguous_surname(row, lexicon):
    """The English surnames a one-word variant is a listed form of, when they are several."""
    if " " in row[2]:
        return None
    english = {lexicon.english[e] for e in lexicon.entities.get(match_key(row[2]), ())
               if e.startswith("surname.") and e in lexicon.english}
    return sorted(english) if len(english) > 1 else None


def lexicon_people(lexicon):
    """The English canonical given names, and for each the full English names of the people
    bearing it whose surname names no one else, e.g. {"Sergei": ["Sergei Lavrov", ...]}."""
    given = {form for e, form in lexicon.english.items() if e.startswith("given.")}
    people = [form for e, form in lexicon.english.items() if e.startswith("person.") and " " in form]
    bearers = {}
    for name in people:
        bearers.setdefault(name.split(" ")[-1], []).append(name)
    by_given = {}
    for name in sorted(people):
        first, surname = name.split(" ")[0], name.split(" ")[-1]
        # The surname names no one else: one bearer, and no other surname has its spelling
        # (Petrosyan is also a spelling of Tigran Petrosian's surname).
        if (first in given and len(bearers[surname]) == 1 and
                not ambiguous_surname((None, None, surname), lexicon)):
            by_given.setdefault(first, []).append(name)
    return given, by_given


def standalone_given_name(row, given):
    return (row[1] in given or "given-name-token" in row[3]) and " " not in row[2]


def left_out(row, lexicon, pairs, given):
    """Why issue 10 takes the row out of the recall: ("given name", None), ("contested",
    competing name) or ("ambiguous", [English surnames]); None when it counts."""
    if row[0] == "latin" and standalone_given_name(row, given):
        return ("given name", None)
    rival = contested(row, lexicon, pairs)
    if rival:
        return ("contested", rival)
    surnames = ambiguous_surname(row, lexicon)
    if surnames:
        return ("ambiguous", surnames)
    return None


def kept(reason, variant, line):
    """Whether a contested or ambiguous row's output keeps its name: it holds neither the
    competing name nor another bearer's surname (case aside)."""
    if reason[0] == "contested":
        return reason[1].lower() not in line.lower()  # Nagorno-Karabakh is several words
    words = {w.lower() for w in WORD.findall(line)}
    return not any(n.lower() in words and n.lower() != variant.lower() for n in reason[1])


def recall(cmd, rows, show_misses, lexicon):
    given, _ = lexicon_people(lexicon)
    pairs = contested_pairs(lexicon)
    for group, extra, label in (("latin", [], "Latin-script rows"),
                                ("latin", ["--names", "exonyms"], "Latin-script rows, --names exonyms"),
                                ("native", ["--transliterate"], "Cyrillic/Armenian rows, --transliterate")):
        everything = [r for r in rows if r[0] == group]
        reasons = [left_out(r, lexicon, pairs, given) for r in everything]
        results = {}
        for lang, template in SENTENCES.items():
            text = "\n".join(template.format(r[2]) for r in everything) + "\n"
            out, _, _ = run(cmd, ["--lang", lang] + extra, text)
            results[lang] = [(expected(r[1], r[2]) in line, line) for r, line in zip(everything, out)]
        counted = [i for i, why in enumerate(reasons) if why is None]
        hits = {lang: sum(results[lang][i][0] for i in counted) for lang in SENTENCES}
        both = [i for i in counted if results["en"][i][0] and results["fr"][i][0]]
        n = max(len(counted), 1)
        print("recall %s, standalone given names, contested names and ambiguous surnames left out: "
              "en %d/%d = %.1f%%, fr %d/%d = %.1f%%, both %.1f%%" % (
                  label, hits["en"], len(counted), 100.0 * hits["en"] / n, hits["fr"],
                  len(counted), 100.0 * hits["fr"] / n, 100.0 * len(both) / n))
        if show_misses:
            for i in counted:
                if i not in both:
                    print("  miss %s <- %s" % (everything[i][1], everything[i][2]))
        # The previous measure: contested names and ambiguous surnames counted as misses.
        named = [i for i, why in enumerate(reasons) if why is None or why[0] != "given name"]
        named_hits = sum(results["en"][i][0] and results["fr"][i][0] for i in named)
        print("  with the contested names and ambiguous surnames counted (standalone given names "
              "left out: %d): %d/%d = %.1f%%" % (len(everything) - len(named), named_hits, len(named),
                                                  100.0 * named_hits / max(len(named), 1)))
        for kind, title in (("contested", "contested names kept (not rewritten to the competing name)"),
                            ("ambiguous", "ambiguous surnames kept (not rewritten to one bearer's)")):
            chosen = [i for i, why in enumerate(reasons) if why and why[0] == kind]
            good = [i for i in chosen if all(kept(reasons[i], everything[i][2], results[lang][i][1])
                                             for lang in SENTENCES)]
            print("  %s: %d/%d" % (title, len(good), len(chosen)))
            for i in chosen:
                what = reasons[i][1] if kind == "contested" else " / ".join(reasons[i][1])
                print("    %s %s (%s): %s" % ("kept" if i in good else "REWRITTEN", everything[i][2],
                                             what, results["en"][i][1]))


def given_names_before_surnames(cmd, rows, by_given, show_misses):
    """Each Latin given-name row's variant before the surname of a famous bearer."""
    pairs = []
    for group, canonical, variant, _ in rows:
        if group == "latin" and " " not in variant and canonical in by_given:
            bearer = by_given[canonical][0]
            pairs.append((variant + " " + bearer.split(" ", 1)[1], bearer))
    hits = 0
    misses = []
    for lang, template in SENTENCES.items():
        text = "\n".join(template.format(p) for p, _ in pairs) + "\n"
        out, _, _ = run(cmd, ["--lang", lang], text)
        for (phrase, bearer), line in zip(pairs, out):
            if bearer in line:
                hits += 1
            else:
                misses.append((lang, phrase, line))
    n = max(2 * len(pairs), 1)
    print("given names before a known surname: %d/%d = %.1f%%" % (hits, 2 * len(pairs), 100.0 * hits / n))
    if show_misses:
        for lang, phrase, line in misses:
            print("  miss (%s) %s: %s" % (lang, phrase, line))


def document_changes(cmd, corpus):
    """The names stage's distinct changes on the documentation corpus, with the default mode and
    with --names exonyms, against the reviewed list (lines
    `count<TAB>before<TAB>after<TAB>verdict[<TAB>mode]`, mode canonical unless given; `#`
    comments)."""
    if not os.path.exists(corpus):
        print("documents: skipped, %s not built (tests/bench/make_doc_corpus.py)" % corpus)
        return
    reviewed = {}
    with open(REVIEWED_DOC_CHANGES, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                fields = line.rstrip("\n").split("\t")
                mode = fields[4] if len(fields) > 4 else "canonical"
                reviewed[(mode, fields[1], fields[2])] = fields[3]
    with open(corpus, encoding="utf-8") as f:
        text = f.read()
    base, _, _ = run(cmd, ["--names", "off"], text)
    for mode in ("canonical", "exonyms"):
        out, _, _ = run(cmd, ["--names", mode], text)
        counts = {}
        for before, after in zip(base, out):
            if before != after:
                for change in changed_words(before, after):
                    counts[change] = counts.get(change, 0) + 1
        new = [c for c in counts if (mode,) + c not in reviewed]
        wrong = [c for c in counts if reviewed.get((mode,) + c) == "wrong"]
        print("documents (%.1f MB, --names %s): %d changes, %d distinct, %d not reviewed, "
              "%d reviewed as wrong" % (len(text.encode("utf-8")) / 1e6, mode, sum(counts.values()),
                                        len(counts), len(new), len(wrong)))
        for before, after in new + wrong:
            print("  review %d\t%s\t%s" % (counts[(before, after)], before, after))


def changed_words(before, after):
    """Words of `before` that differ in `after`: (word, replacement) pairs, by a word diff."""
    import difflib
    a, b = WORD.findall(before), WORD.findall(after)
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag != "equal":
            out.append((" ".join(a[i1:i2]), " ".join(b[j1:j2])))
    return out


def precision(cmd, known_forms):
    for name, lang in (("news_en.txt", "en"), ("news_fr.txt", "fr")):
        with open(os.path.join(DEV, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        # The names stage's own changes: the same input without it (--names off) against with it,
        # so the core's edits (’ -> ') are not counted as name changes.
        base, _, _ = run(cmd, ["--lang", lang, "--names", "off"], "\n".join(lines))
        out, _, _ = run(cmd, ["--lang", lang, "--names", "canonical"], "\n".join(lines))
        changes = [c for before, after in zip(base, out) if before != after
                   for c in changed_words(before, after)]
        unknown = [c for c in changes if c[0].lower() not in known_forms]
        print("precision %s: %d changed words, %d not known variants" % (name, len(changes), len(unknown)))
        for before, after in unknown:
            print("  review %r -> %r" % (before, after))
    negatives = []
    for path in (NEGATIVES, COMMON_PEOPLE, REAL_PEOPLE):
        with open(path, encoding="utf-8") as f:
            negatives += [l.strip() for l in f if l.strip() and not l.startswith("#")]
    # As listed (the figure that must be zero), then capitalised as at a sentence start (for
    # review: a capitalised Poutine is Putin in French).
    titled = [capitalised(n) for n in negatives if capitalised(n) != n]
    # And in capitals (a headline, an acronym): the stage keeps the case style, SOTCHI -> SOCHI.
    upper = [n.upper() for n in negatives if n.upper() != n]
    for label, forms in (("negatives", negatives), ("capitalised negatives", titled),
                         ("negatives in capitals", upper)):
        for lang, template in SENTENCES.items():
            text = "\n".join(template.format(n) for n in forms) + "\n"
            for mode in ("canonical", "exonyms"):
                out, _, _ = run(cmd, ["--lang", lang, "--names", mode], text)
                bad = [(n, line) for n, line in zip(forms, out) if line != template.format(n)]
                print("%s on %d %s (%s sentence, --names %s): %d" % (
                    "false rewrites" if label == "negatives" else "changes to review", len(forms),
                    label, lang, mode, len(bad)))
                for n, line in bad:
                    print("  %s %r: %s" % ("FALSE" if label == "negatives" else "review", n, line))


def dictionary_words(cmd):
    """Every word of the en and fr language profiles, capitalised (a sentence start), one a
    line: the words the names stage changes, for review (Bûcha -> Bucha is right)."""
    words = set()
    for lang in ("en", "fr"):
        path = os.path.join(ROOT, "plugins", lang, "data", "language_profile.tsv")
        with open(path, encoding="utf-8") as f:
            for line in f:
                word = line.split("\t", 1)[0]
                if not line.startswith("#") and word.isalpha():
                    words.add(word[:1].upper() + word[1:])
    words = sorted(words)
    text = "\n".join(words) + "\n"
    base, _, _ = run(cmd, ["--lang", "en", "--names", "off"], text)
    out, _, _ = run(cmd, ["--lang", "en", "--names", "canonical"], text)
    changed = [(w, o) for w, b, o in zip(words, base, out) if b != o]
    print("dictionary words changed (%d en/fr profile words, capitalised): %d"
          % (len(words), len(changed)))
    for word, line in changed:
        print("  review %r -> %r" % (word, line))


def synthetic_lexicon(path, size):
    """`size` lines canonical<TAB>variant of made-up capitalised names."""
    rng = random.Random(4)
    letters = "abcdefghijklmnopqrstuvwxyz"
    seen = set()
    with open(path, "w", encoding="utf-8") as f:
        while len(seen) < size:
            base = "".join(rng.choice(letters) for _ in range(rng.randint(6, 10)))
            name = "Zq" + base
            if name in seen:
                continue
            seen.add(name)
            variant = name[:-1] + ("y" if name[-1] != "y" else "i")
            if rng.random() < 0.3:
                variant += " " + "Zq" + "".join(rng.choice(letters) for _ in range(6))
            f.write("%s\t%s\n" % (name, variant))


def cost(cmd, megabytes, bench):
    with open(os.path.join(DEV, "news_en.txt"), encoding="utf-8") as f:
        news = f.read() + "\n"
    with open(os.path.join(DEV, "news_fr.txt"), encoding="utf-8") as f:
        news += f.read() + "\n"
    text = news * max(1, int(megabytes * 1e6 / len(news.encode("utf-8"))))
    size = len(text.encode("utf-8"))
    lexicon = os.path.join(tempfile.gettempdir(), "textnorm_names_synthetic_100k.tsv")
    synthetic_lexicon(lexicon, 100000)
    figures = {}
    for label, extra in (("shipped lexicon", []), ("+100,000 entries", ["--lexicon", lexicon])):
        best = None
        for _ in range(3):
            _, empty, _ = run(cmd, ["--lang", "en"] + extra, "")
            _, full, err = run(cmd, ["--lang", "en"] + bench + extra, text)
            stage = re.search(r"MB/s ([0-9.]+)", err)  # the command's own figure, when it gives one
            mbs = float(stage.group(1)) if stage else size / 1e6 / max(full - empty, 1e-6)
            best = mbs if best is None or mbs > best else best
        figures[label] = best
        print("throughput %s: %.1f MB/s on %.1f MB (start-up %.2f s)" % (label, best, size / 1e6, empty))
    base, big = figures["shipped lexicon"], figures["+100,000 entries"]
    print("cost of the 100,000-entry lexicon: %.1f%% of throughput" % (100.0 * (base - big) / base))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cmd", default=os.path.join(ROOT, "build", "bin", "textnorm") + " normalize",
                        help="command to run (default: %(default)s)")
    parser.add_argument("--show-misses", action="store_true")
    # 100 MB: the processing time must dwarf the start-up (1 s with the big lexicon), which is
    # measured apart and subtracted, noise included.
    parser.add_argument("--megabytes", type=float, default=100.0, help="input size for the cost")
    parser.add_argument("--skip-cost", action="store_true")
    parser.add_argument("--build", default=os.path.join(ROOT, "build"),
                        help="build tree whose plugins/*/lexicon.tsv name the given names")
    parser.add_argument("--doc-corpus", default=DOC_CORPUS,
                        help="documentation corpus for the reviewed changes (default: %(default)s)")
    parser.add_argument("--bench-flag", default="",
                        help="option making the command print 'MB/s <n>' on stderr (names_driver: --bench)")
    args = parser.parse_args()
    if not os.path.isdir(DEV):
        print("names_accuracy: skipped, %s not found" % DEV)
        return 0
    cmd = shlex.split(args.cmd)
    rows = read_rows()
    lexicon = Lexicon(args.build)
    given, by_given = lexicon_people(lexicon)
    if not given:
        sys.exit("names_accuracy: no given names in %s/plugins/*/lexicon.tsv (build first)" % args.build)
    recall(cmd, rows, args.show_misses, lexicon)
    given_names_before_surnames(cmd, rows, by_given, args.show_misses)
    known = set()
    with open(os.path.join(DEV, "names.tsv"), encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 2:
                for text in fields[:2]:
                    known.add(text.lower())
                    known.update(w.lower() for w in WORD.findall(text))
    precision(cmd, known)
    dictionary_words(cmd)
    document_changes(cmd, args.doc_corpus)
    if not args.skip_cost:
        cost(cmd, args.megabytes, shlex.split(args.bench_flag))
    return 0


if __name__ == "__main__":
    sys.exit(main())
