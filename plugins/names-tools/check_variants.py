#!/usr/bin/python3
"""Check the name plugins' entities: variants, collisions, word clashes and dev-set recall.

For every entity of plugins/{ru,hy,az}/data/entities.tsv it generates the Latin spellings
from the native and Russian forms with every romanization scheme (plugins/<lang>/data/
translit/*.txt, compiled with python3-icu), adds the listed variants, the Russian and
Armenian inflected forms, and reports:
  * how many distinct variants each entity has;
  * collisions: one variant string for two entities (must be none, or listed with a
    reason in plugins/names-tools/collisions_allowed.tsv);
  * variants that are common English or French words (/usr/share/dict, Debian wamerican and
    wfrench) or lines of tests/data/names_negatives.txt: those are left out of the table;
  * recall on ../shared/corpus/dev/names.tsv (skipped with a message if absent).
With --write it writes /tmp/textnorm-names-variants-<lang>.tsv (id, variant, scheme) for
review: the plugins generate their variants at start (plugins/common/names), so no table is
shipped; a generated form found here to be a word goes to plugins/<lang>/data/excluded_forms.tsv. Exit status 1 if a collision is not justified or a negative is hit.
"""
import argparse
import collections
import os
import statistics
import sys

import names_lib as nl

HERE = os.path.dirname(os.path.abspath(__file__))
DICTS = ("/usr/share/dict/american-english", "/usr/share/dict/french")
NEGATIVES = os.path.join(nl.ROOT, "tests", "data", "names_negatives.txt")
ALLOWED = os.path.join(HERE, "collisions_allowed.tsv")
DEV = os.path.normpath(os.path.join(nl.ROOT, "..", "shared", "corpus", "dev", "names.tsv"))
LATIN_SCHEMES = ("en", "fr", "az-Latn", "Latn")
NATIVE_SCHEMES = ("ru-Cyrl", "hy-Armn")


def load_words(paths):
    """Lowercase common words (entries written in lowercase) of the dictionaries present."""
    words = set()
    for path in paths:
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.strip()
                if w and w == w.lower() and "'" not in w:
                    words.add(w)
    return words


def load_lines(path):
    """Lowercased non-comment lines of a file, or an empty set if it is absent."""
    if not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8") as f:
        return {l.strip().lower() for l in f if l.strip() and not l.startswith("#")}


def load_allowed(path):
    """{variant lowercased} of collisions justified in collisions_allowed.tsv."""
    allowed = {}
    if os.path.exists(path):
        for fields in nl.read_tsv(path):
            allowed[fields[0].lower()] = fields[1] if len(fields) > 1 else ""
    return allowed


class Lexicon:
    """All entities with their generated variants."""

    def __init__(self, plugins):
        self.entities = [e for p in plugins for e in nl.read_entities(p)]
        self.latin = {}
        self.native = {}
        for e in self.entities:
            self.latin[e["id"]] = nl.latin_variants(e)
            self.native[e["id"]] = nl.native_forms(e)
        self.matchable = {}
        self.surnames = {}
        for e in self.entities:
            self.surnames[e["id"]] = {
                nl.translit(nl.PRIMARY[nl.script_of(f)], f).lower()
                for f in nl.surname_forms(e)}
            forms = {v.lower() for v in self.latin[e["id"]]}
            for x in nl.exonym_forms(e):
                primary = nl.PRIMARY.get(nl.script_of(x))
                forms.add(nl.translit(primary, x).lower() if primary else x.lower())
            for f in self.native[e["id"]]:
                primary = nl.PRIMARY.get(nl.script_of(f))
                forms.add(nl.translit(primary, f).lower() if primary else f.lower())
            self.matchable[e["id"]] = forms

    def all_strings(self, e):
        """{string: kind} of an entity's variants for collision and word checks."""
        out = {v: s for v, s in self.latin[e["id"]].items()}
        for f in self.native[e["id"]]:
            out.setdefault(f, "native-form")
        for x in nl.exonym_forms(e):
            out.setdefault(x, "exonym")
        return out


def report_counts(lex):
    """Print the distribution of distinct variants per entity."""
    counts = [len(lex.all_strings(e)) for e in lex.entities]
    per_plugin = collections.Counter(e["plugin"] for e in lex.entities)
    print("entities: %s, total %d" % (dict(per_plugin), len(lex.entities)))
    print("distinct variants per entity: min %d, median %d, max %d, total %d"
          % (min(counts), statistics.median(counts), max(counts), sum(counts)))


def find_collisions(lex, allowed):
    """Variants shared by two entities; returns (unjustified, all shared strings).

    A generated inflected form shared by two entities (Шуши: genitive of Шуша and the name
    Шуши) is ambiguous by nature: it stays with the entity whose own name it is (Шуши for
    Shushi), is dropped from the others, and is counted, not an error.
    """
    owners = collections.defaultdict(set)
    kinds = collections.defaultdict(set)
    for e in lex.entities:
        for v, kind in lex.all_strings(e).items():
            owners[v.lower()].add(e["id"])
            kinds[v.lower()].add(kind)
    shared = {v: ids for v, ids in owners.items() if len(ids) > 1}
    generated = {v for v in shared if kinds[v] == {"native-form"}}
    bad = {v: ids for v, ids in shared.items() if v not in allowed and v not in generated}
    print("collisions: %d shared variants: %d ambiguous inflected forms dropped, %d justified"
          " in %s, %d unjustified" % (len(shared), len(generated), len(shared) - len(generated)
                                      - len(bad), os.path.basename(ALLOWED), len(bad)))
    for v, ids in sorted(bad.items()):
        print("  COLLISION %r: %s" % (v, ", ".join(sorted(ids))))
    keep = {}
    for v in generated:
        base = [e["id"] for e in lex.entities if e["id"] in shared[v] and v in
                {x.lower() for x in [e["native"], e["ru"]] + nl.split_list(e["variants"])}]
        if len(base) == 1:
            keep[v] = base[0]
    return bad, {v: keep.get(v) for v in shared}


def find_word_clashes(lex, words, negatives):
    """Variants equal to dictionary words or negatives: {(id, variant): reason}."""
    clashes = {}
    kinds_of = {}
    for e in lex.entities:
        for v, kind in lex.all_strings(e).items():
            kinds_of[(e["id"], v)] = kind
            low = v.lower()
            if low in negatives:
                clashes[(e["id"], v)] = "negative"
            elif low in words and v != e["en"]:
                clashes[(e["id"], v)] = "word"
    curated = {"en", "fr", "variants", "native", "en+ascii", "fr+ascii", "variants+ascii"}
    for (i, v), r in list(clashes.items()):
        if r == "negative" and kinds_of.get((i, v)) not in curated:
            clashes[(i, v)] = "generated-negative"
    neg = [k for k, r in clashes.items() if r == "negative"]
    gen = sorted(k for k, r in clashes.items() if r == "generated-negative")
    print("generated variants equal to a negative (left out of variants.tsv): %d" % len(gen))
    for i, v in gen:
        print("  generated %r (%s)" % (v, i))
    print("variants equal to a common English/French word (left out of variants.tsv): %d"
          % sum(1 for r in clashes.values() if r == "word"))
    for (i, v), r in sorted(clashes.items()):
        if r == "word":
            print("  word %r (%s)" % (v, i))
    print("curated variants equal to a line of names_negatives.txt: %d" % len(neg))
    for i, v in sorted(neg):
        print("  NEGATIVE %r (%s)" % (v, i))
    return clashes


def self_surnames(lex, e):
    """Latin forms of the surname alone, inflected forms included."""
    return lex.surnames[e["id"]]


def token_match(lex, e, canonical, text):
    """True if text (lowercased, already Latin) is a form of e for this canonical name."""
    en = e["en"]
    forms = lex.matchable[e["id"]]
    if canonical.lower() == en.lower():
        if text in forms:
            return True
        if e["type"] == "person" and " " not in text:
            return text in self_surnames(lex, e) or any(
                text in (f.split()[0], f.split()[-1]) for f in forms if " " in f)
        return False
    tokens = en.split()
    if e["type"] != "person" or len(tokens) < 2 or " " in canonical:
        return False
    if canonical == tokens[0]:
        if text in nl.given_name_cognates().get(canonical, ()):
            return True
        pos = 0
    elif canonical == tokens[-1]:
        pos = -1
    else:
        return False
    return any(len(f.split()) >= 2 and f.split()[pos] == text for f in forms)


def recall(lex, path):
    """Print recall on the dev rows: Latin rows, then Cyrillic and Armenian rows."""
    if not os.path.exists(path):
        print("recall: skipped, %s not found" % path)
        return None
    stats = {"latin": [0, 0], "native": [0, 0]}
    misses = {"latin": [], "native": []}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 3:
                continue
            canonical, variant, scheme = fields[0], fields[1], fields[2].split(";")[0]
            if scheme.startswith(LATIN_SCHEMES):
                group, text = "latin", variant.lower()
            elif scheme.startswith(NATIVE_SCHEMES):
                group = "native"
                primary = nl.PRIMARY[nl.script_of(variant)]
                text = nl.translit(primary, variant).lower()
            else:
                continue
            stats[group][1] += 1
            if any(token_match(lex, e, canonical, text) or
                   token_match(lex, e, canonical, nl.ascii_fold(text))
                   for e in lex.entities):
                stats[group][0] += 1
            else:
                misses[group].append("%s <- %s" % (canonical, variant))
    for group, label in (("latin", "Latin-script rows"),
                         ("native", "Cyrillic/Armenian rows (via en_press / en)")):
        hit, total = stats[group]
        print("recall %s: %d/%d = %.1f%%" % (label, hit, total, 100.0 * hit / max(total, 1)))
    return misses


def write_tables(lex, clashes, plugins):
    """Write /tmp/textnorm-names-variants-<lang>.tsv: id, variant, scheme (clashes left out)."""
    import tempfile
    for plugin in plugins:
        path = os.path.join(tempfile.gettempdir(), "textnorm-names-variants-%s.tsv" % plugin)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("# GENERATED by plugins/names-tools/check_variants.py --write from "
                    "entities.tsv and translit/*.txt; do not edit.\n")
            f.write("#id\tvariant\tscheme\n")
            for e in lex.entities:
                if e["plugin"] != plugin:
                    continue
                for v, kind in sorted(lex.all_strings(e).items()):
                    if (e["id"], v) in clashes or kind == "exonym":
                        continue
                    f.write("%s\t%s\t%s\n" % (e["id"], v, kind))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--plugins", nargs="*", default=list(nl.PLUGINS))
    parser.add_argument("--dev", default=DEV, help="dev names.tsv (default: %(default)s)")
    parser.add_argument("--write", action="store_true",
                        help="write the variant tables to /tmp for review")
    parser.add_argument("--show-misses", action="store_true", help="list dev rows not covered")
    args = parser.parse_args(argv)

    lex = Lexicon(args.plugins)
    report_counts(lex)
    bad, shared = find_collisions(lex, load_allowed(ALLOWED))
    clashes = find_word_clashes(lex, load_words(DICTS), load_lines(NEGATIVES))
    for e in lex.entities:
        for v in lex.all_strings(e):
            low = v.lower()
            if low in shared and low not in bad and shared[low] != e["id"]:
                clashes.setdefault((e["id"], v), "ambiguous")
    misses = recall(lex, args.dev)
    if misses and args.show_misses:
        for group in ("latin", "native"):
            for m in misses[group]:
                print("  miss %s: %s" % (group, m))
    if args.write:
        write_tables(lex, clashes, args.plugins)
    negative_hits = [k for k, r in clashes.items() if r == "negative"]
    return 1 if bad or negative_hits else 0


if __name__ == "__main__":
    sys.exit(main())
