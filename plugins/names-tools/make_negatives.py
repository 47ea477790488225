#!/usr/bin/python3
"""Write tests/data/names_negatives.txt: words and names the name plugins must never rewrite.

The list has three parts, each sorted:
  1. a hand list of near misses (Armenian, Alien, Bakery, Serge...) and of people who are not
     targets (Serge Gainsbourg, Boris Johnson...), kept in this script;
  2. common English and French words (Debian wamerican, wfrench) that are one letter away
     from a token of an entity's English or French name (alien ~ Aliev, baker ~ Baku...);
  3. short common English and French words (3 to 5 letters) of the same word lists.
Dictionary words equal to an entity's own English or French name are left out (Perm, Nice
would only be negatives if no entity were called so). Rerun after entities.tsv changes:
  python3 plugins/names-tools/make_negatives.py [--short-limit N]
"""
import argparse
import os
import sys

import names_lib as nl

DICTS = ("/usr/share/dict/american-english", "/usr/share/dict/french")
OUT = os.path.join(nl.ROOT, "tests", "data", "names_negatives.txt")

NEAR_MISSES = """
Armenian|Armenians|Armenian-American|Azeri|Azeris|Azerbaijani|Azerbaijanis|Russian|Russians
Russophile|Kremlinologist|alive|alien|aliens|alienate|Aleve|Bakery|Bakeries|Baker|Bakers
Putting|Putter|Puttin|poutine|poutines|Nice|Nicer|Moscow Mule|Moscow mule|Sergeant|Serge
Serges|Sergio|Karabiner|Carabiner|Karamel|Caramel|Ivanhoe|Ivanka|Navy|Naval|Navarre
Kafkaesque|Stalinist|Stalinism|Leninist|Leninism|Trotskyist|Trotskyism|Putinism|Putinist
Georgian|Georgians|Ukrainian|Ukrainians|Belarusian|Belarusians|Kazakh|Kazakhs|Uzbek|Uzbeks
Tajik|Tajiks|Turkmen|Kyrgyz|Chechen|Chechens|Ossetian|Siberian|Caucasian|Caucasians|Crimean
Slavic|Slav|Slavs|Cyrillic|Soviet|Soviets|vodka|borscht|borsch|matryoshka|babushka|dacha
tsar|tsarina|czar|troika|perestroika|glasnost|apparatchik|gulag|samizdat|sputnik|cosmonaut
balalaika|kefir|blini|pelmeni|oligarch|oligarchs|siloviki|Bolshevik|Bolsheviks|Menshevik
Cossack|Cossacks|Alexandria|Alexander Hamilton|Alexander the Great|Alexanderplatz
Nicolas Sarkozy|Emmanuel Macron|Marine Le Pen|Jacques Chirac|François Hollande
Serge Gainsbourg|Serge Lama|Serge Reggiani|Boris Johnson|Boris Becker|Boris Karloff
Ivan Lendl|Ivan Rakitic|Igor Sikorsky|Dimitri Payet|Dimitar Berbatov|Sergio Ramos
Sergio Aguero|Levon Helm|Karen Carpenter|Karen Blixen|Anna Karenina|Maria Callas
Olga Kurylenko|Mila Kunis|Ivana Trump|Melania Trump|Recep Tayyip Erdogan|Erdogan
Hassan Rouhani|Ebrahim Raisi|Ali Khamenei|Ali Baba|Muhammad Ali|Baker Street|Chet Baker
Josephine Baker|Alien Nation|Natasha|Natacha|Babel|Nabucco|Gogo|Lenny|Alina|Aline|Alice
Sasha Baron Cohen|Sacha|Misha Collins|Vlad the Impaler|Dracula|Ivan the Terrible
Peter the Great|Catherine the Great|Nicholas II|Tsar Nicholas|Anastasia|Rasputina
"""


def near_miss_lines():
    """Hand near misses: one entry per '|'-separated item of NEAR_MISSES."""
    return {item.strip() for line in NEAR_MISSES.split("\n") for item in line.split("|")
            if item.strip()}


def dictionary_words(paths):
    """Lowercase, letters-only common words of the word lists present."""
    words = set()
    for path in paths:
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.strip()
                if w and w == w.lower() and w.isalpha():
                    words.add(w)
    return words


def one_edit(word):
    """All strings one deletion, substitution or insertion away from word (a-z)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    out.discard(word)
    return out


def entity_tokens():
    """Lowercased ASCII tokens of every entity's English and French names."""
    tokens = set()
    for plugin in nl.PLUGINS:
        for e in nl.read_entities(plugin):
            for name in (e["en"], e["fr"]):
                for t in nl.ascii_fold(name).lower().replace("-", " ").split():
                    if len(t) >= 4:
                        tokens.add(t)
    return tokens


def build(short_limit):
    """The negative lines, near misses first."""
    words = dictionary_words(DICTS)
    tokens = entity_tokens()
    near = set()
    for t in tokens:
        near |= one_edit(t) & words
    near -= tokens
    short = sorted(w for w in words if 3 <= len(w) <= 5 and w not in tokens)
    step = max(1, len(short) // short_limit) if short_limit else 1
    short = short[::step][:short_limit] if short_limit else short
    hand = near_miss_lines()
    lines = sorted(hand) + sorted(near - hand) + [w for w in short if w not in near]
    own = {n.lower() for p in nl.PLUGINS for e in nl.read_entities(p) for n in (e["en"], e["fr"])}
    return [l for l in lines if l.lower() not in own]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--short-limit", type=int, default=1800,
                        help="how many short common words to keep (evenly spaced)")
    parser.add_argument("--output", default=OUT)
    args = parser.parse_args(argv)
    lines = build(args.short_limit)
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write("# GENERATED by plugins/names-tools/make_negatives.py: words and names that "
                "no name-plugin variant may equal.\n")
        for line in lines:
            f.write(line + "\n")
    print("%s: %d lines" % (args.output, len(lines)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
