"""Shared helpers for the name-plugin data tools: entity files, romanization schemes, forms.

The romanization schemes are the ICU rule files under plugins/<lang>/data/translit/; this
module compiles them with PyICU (Debian package python3-icu) and derives the spelling
variants of an entity from its native and Russian forms.
"""
import csv
import functools
import os
import re
import unicodedata

import icu

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
PLUGINS = ("ru", "hy", "az")
COLUMNS = ("id", "type", "native", "ru", "en", "fr", "variants", "exonyms", "exonym_sources")

# Schemes applied to each entity field: plugin -> field -> [(scheme label, rule file or ICU id)].
RU_SCHEMES = [
    ("ru:en_press", "ru/en_press"),
    ("ru:fr", "ru/fr"),
    ("ru:de", "ru/de"),
    ("ru:iso9", "ru/iso9"),
    ("ru:bgn", "icu:Russian-Latin/BGN"),
    ("ru:icao", "ru/icao"),
    ("ru:lv", "ru/lv"),
    ("ru:az", "ru/az"),
    ("ru:uk", "ru/uk"),
]
# Regular alternations between romanizations (romanization.md): applied one at a time to
# the English-style spellings, so Dmitry also yields Dmitri, Yevgeny Evgeny, Shoigu Shoygu.
ALTERNATIONS = [
    (r"\bYe", "E"), (r"\bE(?=[vlk])", "Ye"), (r"(?<=[bcdfghklmnprstvz])y\b", "i"),
    (r"(?<=[bcdfghklmnprstvz])y\b", "iy"), (r"(?<=[bcdfghklmnprstvz])y\b", "ii"),
    (r"ks", "x"), (r"(?<=[aeiou])x", "ks"), (r"ia", "ya"), (r"ya", "ia"), (r"iu", "yu"),
    (r"yu", "iu"), (r"oi", "oy"), (r"oy", "oi"), (r"ai", "ay"), (r"ay", "ai"), (r"ei\b", "ey"),
    (r"ey\b", "ei"), (r"yan\b", "ian"), (r"ian\b", "yan"), (r"(?<=[aeiou])s(?=[aeiouy])", "ss"),
    (r"yo", "e"), (r"(?<=[aeiou])yev\b", "ev"), (r"iyev\b", "iev"), (r"iyeva\b", "ieva"),
]
ALTERNATION_SOURCES = ("en", "variants", "ru:en_press", "ru:bgn", "hy:en", "az:en", "ru:fr")
SCHEMES = {
    "ru": {"native": RU_SCHEMES, "ru": RU_SCHEMES},
    "hy": {
        "native": [("hy:en", "hy/en"), ("hy:fr", "hy/fr"), ("hy:de", "hy/de"),
                   ("hy:bgn", "icu:Armenian-Latin/BGN"), ("hy:az", "hy/az")],
        "ru": RU_SCHEMES,
    },
    "az": {
        "native": [("az:en", "az/en"), ("az:ascii_ru", "az/ascii_ru"), ("az:fr", "az/fr")],
        "ru": RU_SCHEMES,
    },
}
# The scheme used to bring Cyrillic or Armenian text to Latin for matching.
PRIMARY = {"Cyrillic": "ru/en_press", "Armenian": "hy/en"}


def rule_path(scheme):
    """Path of the rule file for a scheme named '<plugin>/<name>'."""
    plugin, name = scheme.split("/", 1)
    return os.path.join(ROOT, "plugins", plugin, "data", "translit", name + ".txt")


@functools.lru_cache(maxsize=None)
def transliterator(scheme):
    """Compiled ICU transliterator for '<plugin>/<name>' or 'icu:<ICU id>'."""
    if scheme.startswith("icu:"):
        return icu.Transliterator.createInstance(scheme[4:])
    with open(rule_path(scheme), encoding="utf-8") as f:
        rules = f.read()
    return icu.Transliterator.createFromRules(scheme, rules, icu.UTransDirection.FORWARD)


@functools.lru_cache(maxsize=None)
def _ascii_folder():
    return icu.Transliterator.createInstance("Any-Latin; Latin-ASCII")


def translit(scheme, text):
    """Apply one scheme to text."""
    return unicodedata.normalize("NFC", transliterator(scheme).transliterate(text))


def ascii_fold(text):
    """Latin text without diacritics, primes and apostrophes (Sergueï -> Serguei)."""
    folded = _ascii_folder().transliterate(text)
    return re.sub(r"['\u02b9\u02ba\u2019\u02bc\"]", "", folded)


_KEY_LETTERS = str.maketrans({"ı": "i", "ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ŧ": "t",
                              "ƀ": "b", "ƶ": "z", "-": " ", "\u00a0": " ", "\u2010": " ",
                              "\u2011": " ", "\u2019": "'"})


def match_key(text):
    """A Latin form as the names stage keys it (core/names/name_matcher.cpp): lowercase, without
    diacritics or strokes, a space for a hyphen (Ouzbékistan and Ouzbekistan are one key)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    letters = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))
    return unicodedata.normalize("NFC", letters).translate(_KEY_LETTERS)


def script_of(text):
    """'Cyrillic', 'Armenian' or 'Latin' from the first letter of text."""
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if name.startswith("CYRILLIC"):
                return "Cyrillic"
            if name.startswith("ARMENIAN"):
                return "Armenian"
            return "Latin"
    return "Latin"


def split_list(field):
    """Items of a '|'-separated column."""
    return [x.strip() for x in field.split("|") if x.strip()]


def read_entities(plugin):
    """Rows of plugins/<plugin>/data/entities.tsv as dicts (header lines start with '#')."""
    path = os.path.join(ROOT, "plugins", plugin, "data", "entities.tsv")
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            values = line.split("\t")
            values += [""] * (len(COLUMNS) - len(values))
            row = dict(zip(COLUMNS, values))
            row["plugin"] = plugin
            rows.append(row)
    return rows


def read_tsv(path):
    """Rows of a '#'-headed TSV source file as lists of fields."""
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f
                if line.strip() and not line.startswith("#")]


# --- Russian declension: the case forms a name takes in Russian running text -------------

_RU_NOUN_ENDINGS = [
    # (ending, replacement endings) for nouns, given names and surnames, longest first
    ("ский", ["ского", "скому", "ским", "ском"]),
    ("цкий", ["цкого", "цкому", "цким", "цком"]),
    ("ская", ["ской", "скую"]),
    ("ый", ["ого", "ому", "ым", "ом"]),
    ("ой", ["ого", "ому", "ым", "ом"]),
    ("ий", ["ия", "ию", "ием", "ии"]),
    ("ей", ["ея", "ею", "еем", "ее"]),
    ("ай", ["ая", "аю", "аем", "ае"]),
    ("ова", ["овой", "ову"]),
    ("ева", ["евой", "еву"]),
    ("ёва", ["ёвой", "ёву"]),
    ("ина", ["иной", "ину"]),
    ("ия", ["ии", "ию", "ией"]),
    ("ья", ["ьи", "ье", "ью", "ьей"]),
    ("ов", ["ова", "ову", "овым", "ове"]),
    ("ев", ["ева", "еву", "евым", "еве"]),
    ("ёв", ["ёва", "ёву", "ёвым", "ёве"]),
    ("ин", ["ина", "ину", "иным", "ине"]),
    ("ын", ["ына", "ыну", "ыным", "ыне"]),
    ("ь", ["я", "ю", "ем", "е", "и", "ью"]),
    ("я", ["и", "е", "ю", "ей"]),
]
_RU_VELAR_HUSH = "гкхжчшщ"
_RU_INDECLINABLE = ("о", "у", "ю", "и", "ы", "е", "э")


def ru_case_forms(word, kind="person"):
    """Oblique case forms of one Russian word (a name token), without the word itself.

    Places in -ов/-ев/-ин are nouns (Киевом), persons' surnames are not (Путиным).
    """
    low = word.lower()
    if len(low) < 3 or low.endswith(_RU_INDECLINABLE):
        return []
    if kind == "place" and low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return [word + "а", word + "у", word + "ом", word + "е"]
    for ending, repl in _RU_NOUN_ENDINGS:
        if low.endswith(ending):
            stem = word[: len(word) - len(ending)]
            return [stem + r for r in repl]
    if low.endswith("а"):
        stem = word[:-1]
        gen = "и" if stem[-1:].lower() in _RU_VELAR_HUSH else "ы"
        return [stem + gen, stem + "е", stem + "у", stem + "ой"]
    if low[-1] in "бвгджзклмнпрстфхцчшщ":
        inst = "ем" if low[-1] in "жчшщц" else "ом"
        return [word + "а", word + "у", word + inst, word + "е"]
    return []


def ru_adjective(word):
    """Relational adjective of a Russian place name (Шуша -> Шушинский, Лачин -> Лачинский)."""
    low = word.lower()
    if low.endswith("ск"):
        return word + "ий"
    if low.endswith(("а", "я")):
        return word[:-1] + "инский"
    if low.endswith(("и", "ы")):
        return word[:-1] + "инский"
    if low.endswith("ь"):
        return word[:-1] + "ский"
    if low.endswith(("й",)):
        return word[:-1] + "йский"
    return word + "ский"


def ru_adjective_forms(adj):
    """Case and gender forms of a Russian -ский adjective."""
    if not adj.endswith("ий"):
        return [adj]
    stem = adj[:-2]
    return [stem + e for e in ("ий", "ая", "ое", "ого", "ому", "им", "ом", "ой", "ую", "ие", "их")]


def ru_forms(name, kind):
    """Russian forms of a name: each token in the same case; for places also adjectives."""
    tokens = name.split()
    forms = {name}
    if not tokens:
        return forms
    per_token = [ru_case_forms(t, kind) for t in tokens]
    for case in range(max((len(f) for f in per_token), default=0)):
        forms.add(" ".join(f[case] if case < len(f) else t for t, f in zip(tokens, per_token)))
    if kind == "place" and len(tokens) == 1:
        adj = ru_adjective(name)
        forms.update(ru_adjective_forms(adj))
        forms.update(ru_forms(adj + " район", "admin"))
    if "ё" in name or "Ё" in name:
        forms.update({f.replace("ё", "е").replace("Ё", "Е") for f in list(forms)})
    return forms


# --- Armenian: case endings and the definite article ----------------------------------

_HY_SUFFIXES = ("ի", "ին", "ում", "ից", "ով", "ը", "ն", "ու", "ուն", "ում")


def hy_forms(name, kind):
    """Armenian forms of a name: case endings on the last word, and '<name>ի մարզ/շրջան'."""
    forms = {name, name.replace("և", "եվ")}
    for base in list(forms):
        for suf in _HY_SUFFIXES:
            forms.add(base + suf)
        if base.endswith("ի"):
            forms.add(base + "ի")
        if kind == "place":
            forms.add(base + "ի մարզ")
            forms.add(base + "ի շրջան")
    return forms


def surname_forms(entity):
    """Case forms of a person's surname alone, Cyrillic (Пашиняну) and Armenian."""
    if entity["type"] != "person":
        return set()
    out = set()
    for name in (entity["native"], entity["ru"]):
        if not name or len(name.split()) < 2:
            continue
        last = name.split()[-1]
        if script_of(last) == "Cyrillic":
            out.add(last)
            out.update(ru_case_forms(last))
            if "ё" in last:
                out.update(f.replace("ё", "е") for f in list(out))
        elif script_of(last) == "Armenian":
            out.update(hy_forms(last, "person"))
    return out


# --- Azerbaijani: case endings ---------------------------------------------------------

_AZ_BACK = set("aıouAIOU")
_AZ_VOWELS = set("aıoueəiöüAIOUEƏİÖÜ")


def az_forms(name, kind):
    """Azerbaijani forms: locative, ablative, dative, genitive endings; '<place> şəhəri/rayonu'."""
    vowels = [c for c in name if c in _AZ_VOWELS]
    back = bool(vowels) and vowels[-1] in _AZ_BACK
    ends_vowel = name[-1:] in _AZ_VOWELS
    a = "a" if back else "ə"
    i = "ı" if back else "i"
    if vowels and vowels[-1] in "ouOU":
        i = "u"
    elif vowels and vowels[-1] in "öüÖÜ":
        i = "ü"
    forms = {name, name + "d" + a, name + "d" + a + "n", name + ("y" if ends_vowel else "") + a,
             name + ("n" if ends_vowel else "") + i + "n"}
    if kind == "place":
        forms.update({name + " şəhəri", name + " rayonu"})
    return forms


# --- variants of one entity -------------------------------------------------------------

def split_hyphen_forms(text):
    """Space and hyphen alternates of a multiword name (Nagorno Karabakh / Nagorno-Karabakh)."""
    out = {text}
    if " " in text:
        out.add(text.replace(" ", "-"))
    if "-" in text:
        out.add(text.replace("-", " "))
    return out


def latin_variants(entity):
    """{variant: scheme label} of Latin spellings: en, fr, listed variants, every scheme; none
    with the key of one of the entity's exonyms (an established name is no variant of itself,
    as in plugins/common/names/name_generator.cpp)."""
    plugin = entity["plugin"]
    found = {}

    def add(text, label):
        text = text.strip()
        if not text:
            return
        for t in split_hyphen_forms(text) if entity["type"] == "place" else {text}:
            found.setdefault(t, label)
            found.setdefault(ascii_fold(t), label + "+ascii")

    add(entity["en"], "en")
    add(entity["fr"], "fr")
    for alt in alternate_spellings(entity["en"]):
        add(alt, "alternation")
    if plugin == "az":
        add(entity["native"], "native")
    for v in split_list(entity["variants"]):
        if script_of(v) == "Latin":
            add(v, "variants")
    for field, schemes in SCHEMES[plugin].items():
        sources = [entity[field]] if entity[field] else []
        sources += [v for v in split_list(entity["variants"])
                    if script_of(v) == script_of(entity[field] or "x") and field == "native"]
        for src in sources:
            if script_of(src) == "Latin" and plugin != "az":
                continue
            for label, scheme in schemes:
                if field == "ru" and script_of(src) != "Cyrillic":
                    continue
                out = translit(scheme, src)
                add(out, label)
                if label in ALTERNATION_SOURCES:
                    for alt in alternate_spellings(out):
                        add(alt, label + "+alternation")
    exonyms = exonym_keys(entity)
    return {v: label for v, label in found.items()
            if v == entity["en"] or match_key(v) not in exonyms}


def alternate_spellings(text):
    """Spellings one regular alternation away from text (Dmitry -> Dmitri, Dmitriy, Dmitrii)."""
    out = set()
    for pattern, repl in ALTERNATIONS:
        alt = re.sub(pattern, repl, text)
        if alt != text:
            out.add(alt)
    return out


@functools.lru_cache(maxsize=None)
def given_name_cognates():
    """{English given name: set of lowercased cognate forms} from ru/data/given_names.tsv."""
    path = os.path.join(ROOT, "plugins", "ru", "data", "given_names.tsv")
    out = {}
    for fields in read_tsv(path):
        if len(fields) < 3:
            continue
        forms = {fields[0].lower(), fields[1].lower()}
        for c in split_list(fields[2]):
            forms.update({c.lower(), ascii_fold(c).lower()})
        out[fields[0]] = forms
    return out


def native_forms(entity):
    """Cyrillic and Armenian forms of an entity, with Russian and Armenian inflection."""
    kind = entity["type"]
    forms = set()
    names = [entity["native"], entity["ru"]] + [
        v for v in split_list(entity["variants"]) if script_of(v) != "Latin"]
    for name in names:
        if not name:
            continue
        script = script_of(name)
        if script == "Cyrillic":
            forms.update(ru_forms(name, kind))
        elif script == "Armenian":
            forms.update(hy_forms(name, kind))
        elif entity["plugin"] == "az" and name == entity["native"]:
            forms.update(f for f in az_forms(name, kind) if f != name)
    if entity["plugin"] != "az" and kind == "place" and entity["ru"]:
        # Azerbaijani text declines the names it takes from Russian (Sankt-Peterburqda)
        az_name = translit("ru/az", entity["ru"])
        forms.update(f for f in az_forms(az_name, kind) if f != az_name)
    return forms


def exonym_forms(entity):
    """Exonym strings of an entity (the text after 'lang:')."""
    return [x.split(":", 1)[1] for x in split_list(entity["exonyms"]) if ":" in x]


def exonym_keys(entity):
    """Match keys of an entity's Latin-script exonyms."""
    return {match_key(x) for x in exonym_forms(entity) if script_of(x) == "Latin"}


def slug(text):
    """ASCII slug of a name for ids (Nagorno-Karabakh -> nagorno_karabakh)."""
    s = ascii_fold(text).lower()
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    return s or "x"


def write_tsv(path, header_lines, rows):
    """Write entity rows (dicts with COLUMNS) after '#' header lines, UTF-8 and LF."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header_lines:
            f.write("# " + h + "\n")
        f.write("#" + "\t".join(COLUMNS) + "\n")
        writer = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                            escapechar="\\")
        for row in rows:
            writer.writerow([row[c] for c in COLUMNS])
