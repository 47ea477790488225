#!/usr/bin/env python3
"""Writes tests/data/names_real_people.txt: real names of people who are not Russian, Armenian or
Azerbaijani, taken from the copyright and AUTHORS files of the installed Debian packages
(/usr/share/doc/*/copyright, /usr/share/doc/*/AUTHORS*). The names stage must rewrite none of them.

A name is the run of capitalised words after a year or a copyright sign, or at the start of an
AUTHORS line, ending at an e-mail address, a comma or the end of the line: "Copyright: 1999-2016
John Zaitseff", "Copyright (C) 2005 Robert Luberda <robert@debian.org>". Organisations (Inc,
Foundation, Project...) are dropped, and so are the names that may belong to a Russian, Armenian
or Azerbaijani person, for whom a rewrite may be right: a surname with the ending of those
languages (-ov, -ev, -in, -sky, -enko, -yan, -ian, -zade, -li...), a first name of
plugins/ru/data/given_names.tsv, or an e-mail address in .ru, .su, .am, .az, .by, .ua, .kz.

The output depends on the packages installed; run it on Debian 12 and commit the result:
  /usr/bin/python3 tests/names/make_people_negatives.py [--doc /usr/share/doc] [--out FILE]
"""
import argparse
import glob
import os
import re
import sys
import unicodedata

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "tests", "data", "names_real_people.txt")
GIVEN_NAMES = os.path.join(ROOT, "plugins", "ru", "data", "given_names.tsv")

# Lowercase particles allowed inside a name (Guido van Rossum, Ludovic de Roux).
PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "dos", "das", "y", "ter", "zu"}
# Words of organisations and of licence boilerplate, never part of a person's name.
NOT_PERSON = set("""
inc inc. ltd ltd. llc gmbh ag corp corp. co co. corporation company foundation project projects
software university universität université institute institut team association contributors
authors author developers developer community group consortium systems labs laboratory
laboratories society others public interest free copyright license licence network networks
technologies technology debian gnu linux the and of for in all rights reserved individual
microsoft google apple oracle sun ibm intel red hat canonical mozilla python perl unicode
x consortium regents california massachusetts berkeley mit holders holder maintainers
maintainer translators translation translations contributor original see file files various
unknown anonymous trust ab as oy bv nv sa srl s.a. s.l. pty trademark trademarks research
center centre centro département department dept government national open source data
package packages upstream program programs library libraries documentation manual
limited devices solutions enterprises studio studios graphics computer digital mars modified
versions version changes rewritten written telecom télécom
""".split())
# Surname endings of Russian, Ukrainian-Russian, Armenian and Azerbaijani names.
EXCLUDED_ENDINGS = ("ov", "ova", "ev", "eva", "yov", "yova", "in", "ina", "yn", "yna", "sky", "ski",
                    "skiy", "skii", "skij", "skaya", "skaja", "enko", "chenko", "yan", "ian", "jan",
                    "yants", "ants", "zade", "zadeh", "li", "lu", "ly", "oglu", "ogly", "off", "eff",
                    "ich", "vich", "vitch", "itch", "uk", "yuk", "chuk", "ko", "yi", "iy", "ij")
EXCLUDED_TLDS = (".ru", ".su", ".am", ".az", ".by", ".ua", ".kz")
YEAR = re.compile(r"(?:\d{4}\s*(?:[-–,]\s*\d{2,4}\s*)*)+")
EMAIL = re.compile(r"<?[\w.+-]+@([\w-]+\.)+([\w-]+)>?")
WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


def russian_given_names():
    names = set()
    with open(GIVEN_NAMES, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            for field in line.rstrip("\n").split("\t")[:1]:
                names.add(field.lower())
    return names


def latin_only(text):
    for c in text:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def person_name(text):
    """The person's name at the start of text ("John Smith <js@x.org>, 2001" -> "John Smith"),
    or None."""
    text = text.strip().lstrip(":").strip()
    text = re.sub(r"^(?:\(c\)|©|copyright)\s*", "", text, flags=re.I)
    text = YEAR.sub(" ", text, count=1).strip() if YEAR.match(text) else text
    text = re.sub(r"^(?:by|from)\s+", "", text, flags=re.I)
    words = []
    for token in text.split():
        if token.startswith("<") or "@" in token or token.startswith("(") or token.startswith("http"):
            break
        ends = token.endswith((",", ";", ":"))
        token = token.rstrip(",;:")
        if token.lower() in PARTICLES and words:
            words.append(token.lower())
        elif WORD.fullmatch(token) and token[0].isupper() and any(c.islower() for c in token):
            words.append(token)
        else:
            # A capitalised word run on by a sentence ("Eric Young Collected these") is no name.
            if len(words) > 2:
                words = words[:2]
            break
        if ends:
            break
    while words and words[-1] in PARTICLES:
        words.pop()
    if not 2 <= len(words) <= 4:
        return None
    if any(w.lower().rstrip(".") in NOT_PERSON or w.lower() in NOT_PERSON for w in words):
        return None
    if any(w.endswith(".") and len(w) > 2 for w in words) or words[-1].endswith("."):
        return None  # Abbreviations (Corp., Assn.) and a trailing initial are no surnames.
    name = " ".join(words)
    return name if latin_only(name) else None


def russian_like(name, email_tld, given):
    surname = name.split(" ")[-1].lower()
    first = name.split(" ")[0].lower()
    return (surname.endswith(EXCLUDED_ENDINGS) or first in given or
            (email_tld is not None and ("." + email_tld.lower()) in EXCLUDED_TLDS))


def candidates(doc):
    """(name, e-mail top-level domain or None) from every copyright and AUTHORS file."""
    paths = sorted(glob.glob(os.path.join(doc, "*", "copyright")) +
                   glob.glob(os.path.join(doc, "*", "AUTHORS*")))
    for path in paths:
        if path.endswith(".gz"):
            continue
        try:
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
        except (UnicodeDecodeError, OSError):
            continue
        authors = os.path.basename(path).startswith("AUTHORS")
        in_copyright = False
        for line in lines:
            field = re.match(r"^(Copyright|Upstream-Contact|Maintainer|Author|Authors)\s*:(.*)", line)
            if field:
                in_copyright = True
                text = field.group(2)
            elif in_copyright and line.startswith((" ", "\t")) and line.strip():
                text = line
            else:
                in_copyright = False
                marked = re.search(r"(?:Copyright\s*(?:\(C\)|©)?|\(C\)|©)\s*(.*)", line, flags=re.I)
                if marked:
                    text = marked.group(1)
                elif authors:
                    text = line
                else:
                    continue
            name = person_name(text)
            if name:
                email = EMAIL.search(text)
                yield name, email.group(2) if email else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--doc", default="/usr/share/doc")
    parser.add_argument("--out", default=OUT)
    args = parser.parse_args()
    given = russian_given_names()
    names = {}
    for name, tld in candidates(args.doc):
        names[name] = names.get(name, False) or russian_like(name, tld, given)
    kept = sorted(n for n, excluded in names.items() if not excluded)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Real people who are not Russian, Armenian or Azerbaijani: the authors and copyright\n"
                "# holders of the Debian 12 packages' /usr/share/doc/*/copyright and AUTHORS files.\n"
                "# Generated by tests/names/make_people_negatives.py; no name may be rewritten.\n")
        for name in kept:
            f.write(name + "\n")
    print("%d names (%d left out as possibly Russian, Armenian or Azerbaijani) -> %s" % (
        len(kept), len(names) - len(kept), args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
