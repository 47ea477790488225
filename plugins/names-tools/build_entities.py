#!/usr/bin/python3
"""Build plugins/<lang>/data/entities.tsv for the ru, hy and az name plugins.

Inputs:
  * hand-curated sources in plugins/names-tools/sources/{people,places}_<lang>.tsv
    (type, native, ru, en, fr, variants, exonyms, cldr_code);
  * hand-curated exonyms of places, each with its reason: plugins/names-tools/sources/exonyms.tsv;
  * CLDR country names in en/fr/de/ru/hy/az through ICU (python3-icu, Locale.getDisplayCountry);
  * CLDR subdivision names (Debian unicode-cldr-core, common/subdivisions/<lang>.xml);
  * ISO 3166-2 subdivision names and their Russian and French translations (Debian iso-codes);
  * CLDR exemplar city names of the time zones (unicode-cldr-core, common/main/<lang>.xml):
    Həştərxan, Daşkənd, Մոսկվա.

An empty fr column is filled with the plugin's French romanization scheme. Run it again
after editing a source or a scheme: python3 plugins/names-tools/build_entities.py

Politically contested places (Khankendi/Stepanakert) are listed, each with its reason, in
plugins/names-tools/sources/contested.tsv: no side's name becomes a form of the other's place.

Exonyms, the established names of a place in a language, are never also generated as its
spelling variants (name_generator.cpp). They are the hand-curated ones, the CLDR country names
and the ISO 3166-1 names; a CLDR or ISO 3166-2 subdivision name is one only when no scheme,
fr column or listed variant of the place spells it (Daguestan is a French spelling of
Дагестан, Kraï de Perm is not), and so is a CLDR city name (Azerbaijani Həştərxan for Astrakhan
and Daşkənd for Tashkent are names of their own; Volqoqrad is a spelling). The exonym_sources column says where each exonym comes from.
"""
import argparse
import gettext
import json
import os
import sys
import xml.etree.ElementTree as ET

import icu

import names_lib as nl

HERE = os.path.dirname(os.path.abspath(__file__))
CLDR_SUBDIV = "/usr/share/unicode/cldr/common/subdivisions"
CLDR_MAIN = "/usr/share/unicode/cldr/common/main"
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-2.json"
LANGS = ("en", "fr", "de", "ru", "hy", "az")

COUNTRIES = {
    "ru": ["RU", "UA", "BY", "MD", "GE", "KZ", "UZ", "KG", "TJ", "TM"],
    "hy": ["AM"],
    "az": ["AZ"],
}
SUBDIVISION_PREFIXES = {"ru": ["ru", "ge"], "hy": ["am"], "az": ["az"]}
# CLDR English names that are adjectives or differ from the press form.
EN_OVERRIDES = {
    "ruce": "Chechnya", "rubu": "Buryatia", "rucu": "Chuvashia", "ruud": "Udmurtia",
    "rukb": "Kabardino-Balkaria", "rukc": "Karachay-Cherkessia",
    "ruyev": "Jewish Autonomous Oblast", "runen": "Nenets Autonomous Okrug",
    "rukhm": "Khanty-Mansi Autonomous Okrug", "ruse": "North Ossetia",
    "rumos": "Moscow Oblast", "rulen": "Leningrad Oblast", "rual": "Altai Republic",
    "rusa": "Yakutia", "rukam": "Kamchatka", "ruchu": "Chukotka", "ruyan": "Yamalo-Nenets Autonomous Okrug",
}
# Subdivisions left out: their only English name is also a common given name.
SKIP_CODES = {"ruvla"}
CONTESTED = os.path.join(HERE, "sources", "contested.tsv")
PLUGIN_LANG = {"ru": "ru", "hy": "hy", "az": "az"}
# Where an exonym comes from (the exonym_sources column). The first three are established
# names; the subdivision ones stay exonyms only when no scheme spells them (classify_exonyms).
HAND = "hand"                    # sources/exonyms.tsv, or a person's or organisation's row
CLDR = "cldr"                    # ICU Locale.getDisplayCountry (CLDR territory names)
ISO_COUNTRY = "iso-3166-1"       # iso-codes country names and official names, translated
CLDR_SUBDIVISION = "cldr-subdivision"
ISO_SUBDIVISION = "iso-3166-2"
CLDR_CITY = "cldr-city"          # a time zone's exemplar city (Asia/Tashkent: az Daşkənd)
# Sources whose names are exonyms only when no scheme spells them (classify_exonyms).
SPELLED_OR_EXONYM = (CLDR_SUBDIVISION, ISO_SUBDIVISION, CLDR_CITY)


def load_sources(plugin):
    """Hand-curated rows for a plugin as entity dicts (with a 'code' key)."""
    rows = []
    for kind in ("people", "places"):
        path = os.path.join(HERE, "sources", "%s_%s.tsv" % (kind, plugin))
        for fields in nl.read_tsv(path):
            fields += [""] * (8 - len(fields))
            typ, native, ru, en, fr, variants, exonyms, code = fields[:8]
            if typ == "place" and exonyms:
                sys.exit("%s: %s: a place's exonyms go to sources/exonyms.tsv, with a reason"
                         % (path, en))
            rows.append({"type": typ, "native": native, "ru": ru or (native if plugin == "ru" else ""),
                         "en": en, "fr": fr, "variants": variants, "exonyms": exonyms,
                         "exonym_source": {x: HAND for x in nl.split_list(exonyms)},
                         "code": code, "plugin": plugin})
    return rows


def load_contested():
    """Rows of sources/contested.tsv as dicts: plugin, place (en column), code, name (the
    competing name), rival ((plugin, en) of the competing place, or None), langs (the
    languages whose CLDR/ISO name of the place is the competing name), reason."""
    out = []
    for number, fields in enumerate(nl.read_tsv(CONTESTED), 1):
        if len(fields) != 7 or not all(fields):
            sys.exit("%s: row %d: expected plugin, place, cldr_code, competing name, competing "
                     "place, languages and reason" % (CONTESTED, number))
        plugin, en, code, name, rival, langs, reason = fields
        out.append({"plugin": plugin, "place": en, "code": None if code == "-" else code,
                    "name": name, "rival": None if rival == "-" else tuple(rival.split(":", 1)),
                    "langs": set() if langs == "-" else set(langs.split()), "reason": reason})
    return out


# Politically contested places: CLDR languages whose name for them is the competing name.
POLITICAL_CODES = {c["code"]: c["langs"] for c in load_contested() if c["code"] and c["langs"]}


def check_contested(result):
    """Fail when a contested place is missing, or when one side's forms list the other's name
    (each side is rewritten only to its own canonical form, never to the competing name)."""
    def place(plugin, en):
        found = [r for r in result.get(plugin, []) if r["type"] == "place" and r["en"] == en]
        if len(found) != 1:
            sys.exit("%s: %d places of plugin %s have the en column %r"
                     % (CONTESTED, len(found), plugin, en))
        return found[0]

    def name_keys(row):  # the place's own names, in English, its own script and Russian
        return {nl.match_key(f) for f in (row["en"], row["native"], row["ru"]) if f}

    def form_keys(row):
        forms = [row["fr"]] + nl.split_list(row["variants"])
        forms += [x.split(":", 1)[1] for x in nl.split_list(row["exonyms"])]
        return name_keys(row) | {nl.match_key(f) for f in forms if f}

    for c in load_contested():
        if c["plugin"] not in result:
            continue
        row = place(c["plugin"], c["place"])
        rival = place(*c["rival"]) if c["rival"] and c["rival"][0] in result else None
        if nl.match_key(c["name"]) in form_keys(row):
            sys.exit("%s: %s lists the competing name %s" % (CONTESTED, c["place"], c["name"]))
        if rival is not None and (name_keys(rival) & form_keys(row) or
                                  name_keys(row) & form_keys(rival)):
            sys.exit("%s: %s and %s list each other's name" % (CONTESTED, c["place"], rival["en"]))


def load_hand_exonyms():
    """{plugin: [(en, 'lang:Form', line number)]} from sources/exonyms.tsv."""
    path = os.path.join(HERE, "sources", "exonyms.tsv")
    out = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 5 or not all(fields) or ":" in fields[2] or "|" in fields[3]:
                sys.exit("%s:%d: expected plugin, place, lang, exonym and reason" % (path, number))
            plugin, en, lang, form, _ = fields
            out.setdefault(plugin, []).append((en, "%s:%s" % (lang, form), number))
    return out


def add_hand_exonyms(plugin, rows, hand):
    """Put the place's hand-curated exonyms first, in the file's order (the first French one
    is the place's French canonical form)."""
    for en, value, number in reversed(hand.get(plugin, [])):
        places = [r for r in rows if r["type"] == "place" and r["en"] == en]
        if len(places) != 1:
            sys.exit("sources/exonyms.tsv:%d: %d places of plugin %s have the en column %r"
                     % (number, len(places), plugin, en))
        row = places[0]
        others = [x for x in nl.split_list(row["exonyms"]) if x != value]
        row["exonyms"] = "|".join([value] + others)
        row["exonym_source"][value] = HAND


def classify_exonyms(row):
    """Drop the subdivision names that are spellings of the place: those whose key a scheme,
    the fr column or a listed variant gives, once the established exonyms are set apart."""
    exonyms = nl.split_list(row["exonyms"])
    subdivision = SPELLED_OR_EXONYM
    established = [x for x in exonyms if row["exonym_source"][x] not in subdivision]
    variants = nl.latin_variants(dict(row, exonyms="|".join(established)))
    spellings = {nl.match_key(v) for v in variants}
    kept = [x for x in exonyms
            if row["exonym_source"][x] not in subdivision
            or nl.script_of(x.split(":", 1)[1]) != "Latin"
            or nl.match_key(x.split(":", 1)[1]) not in spellings]
    row["exonyms"] = "|".join(kept)


def cldr_subdivisions():
    """{code: {lang: name}} from CLDR subdivision files."""
    out = {}
    for lang in LANGS:
        path = os.path.join(CLDR_SUBDIV, lang + ".xml")
        if not os.path.exists(path):
            continue
        for el in ET.parse(path).getroot().iter("subdivision"):
            out.setdefault(el.get("type"), {})[lang] = (el.text or "").strip()
    return out


def cldr_cities():
    """{English name: {lang: name}} of the exemplar cities of CLDR's European and Asian time
    zones (the English name is the zone id's city when en.xml gives none: Asia/Tashkent)."""
    def exemplars(lang):
        root = ET.parse(os.path.join(CLDR_MAIN, lang + ".xml")).getroot()
        return {z.get("type"): z.findtext("exemplarCity") for z in root.iter("zone")
                if z.findtext("exemplarCity")}
    english = exemplars("en")
    out = {}
    for lang in LANGS:
        if lang == "en":
            continue
        for zone, name in exemplars(lang).items():
            if zone.startswith(("Europe/", "Asia/")):
                en = english.get(zone, zone.split("/")[-1].replace("_", " "))
                out.setdefault(en, {})[lang] = name
    return out


# The languages whose CLDR city names are taken: the schemes and the hand list cover French and
# German (a CLDR name there is mostly a spelling: Oulianovsk, Nowosibirsk), not these.
CITY_LANGS = ("hy", "az")


def merge_cities(plugin, rows, cities):
    """Add the Armenian and Azerbaijani CLDR city names of the plugin's places (by the place's
    English name) as exonyms; classify_exonyms keeps the Latin ones that no scheme spells."""
    lang = PLUGIN_LANG[plugin]
    for row in rows:
        names = cities.get(row["en"]) if row["type"] == "place" else None
        for other, name in sorted((names or {}).items()):
            if other == lang or other not in CITY_LANGS or name == row["en"]:
                continue
            if row.get("code") in POLITICAL_CODES and other in POLITICAL_CODES[row["code"]]:
                continue
            add_item(row, "exonyms", "%s:%s" % (other, name), CLDR_CITY)


def iso_subdivisions():
    """{cldr-style code: {lang: name}} from iso-codes (local name, ru and fr translations)."""
    out = {}
    with open(ISO_JSON, encoding="utf-8") as f:
        entries = json.load(f)["3166-2"]
    trans = {}
    for lang in ("ru", "fr"):
        try:
            trans[lang] = gettext.translation("iso_3166-2", "/usr/share/locale", [lang])
        except OSError:
            continue
    for e in entries:
        code = e["code"].replace("-", "").lower()
        names = {"local": e["name"]}
        for lang, t in trans.items():
            tr = t.gettext(e["name"])
            if tr != e["name"]:
                names[lang] = tr
        out[code] = names
    return out


def iso_country_names(cc):
    """ISO 3166-1 name and official name of a country, and their fr/az/ru translations."""
    path = "/usr/share/iso-codes/json/iso_3166-1.json"
    with open(path, encoding="utf-8") as f:
        entry = next(e for e in json.load(f)["3166-1"] if e["alpha_2"] == cc)
    names = {entry["name"], entry.get("official_name", entry["name"])}
    out = []
    for lang in ("fr", "az", "ru"):
        try:
            t = gettext.translation("iso_3166-1", "/usr/share/locale", [lang])
        except OSError:
            continue
        out += ["%s:%s" % (lang, t.gettext(n)) for n in sorted(names) if t.gettext(n) != n]
    return out


def country_rows(plugin):
    """Country entities for a plugin from ICU's CLDR display names."""
    rows = []
    for cc in COUNTRIES[plugin]:
        loc = icu.Locale("und", cc)
        names = {lang: loc.getDisplayCountry(icu.Locale(lang)) for lang in LANGS}
        native = names[PLUGIN_LANG[plugin]]
        exonyms = ["%s:%s" % (lang, names[lang]) for lang in ("fr", "de", "ru", "hy", "az")
                   if lang != PLUGIN_LANG[plugin] and names[lang] not in (names["en"], native)]
        source = {x: CLDR for x in exonyms}
        for x in iso_country_names(cc):
            if x not in exonyms and x.split(":", 1)[1] not in (native, names["ru"]):
                exonyms.append(x)
                source[x] = ISO_COUNTRY
        rows.append({"type": "place", "native": native, "ru": names["ru"], "en": names["en"],
                     "fr": "", "variants": "", "exonyms": "|".join(exonyms),
                     "exonym_source": source, "code": "country:" + cc.lower(), "plugin": plugin})
    return rows


def add_item(row, column, value, source=None):
    """Append value to a '|' column unless it is already a form of the entity; an exonym's
    source goes to row['exonym_source']."""
    if not value:
        return
    known = {row["native"], row["ru"], row["en"], row["fr"]} | set(nl.split_list(row["variants"]))
    known |= {x.split(":", 1)[1] for x in nl.split_list(row["exonyms"]) if ":" in x}
    if value in known or value in nl.split_list(row[column]):
        return
    if ":" in value and value.split(":", 1)[1] in known:
        return
    row[column] = "|".join(nl.split_list(row[column]) + [value])
    if source:
        row["exonym_source"][value] = source


def find_match(rows, code, names):
    """Hand row matching a subdivision by code, then by Russian name, then by English name."""
    for r in rows:
        if r.get("code") == code:
            return r
    for r in rows:
        if names.get("ru") and names["ru"] in (r["native"], r["ru"]):
            return r
    for r in rows:
        if names.get("en") and r["en"].lower() == names["en"].lower() and r["type"] == "place":
            return r
    return None


def merge_subdivisions(plugin, rows, cldr, iso):
    """Merge CLDR and iso-codes subdivisions into rows; add the ones not curated by hand."""
    lang = PLUGIN_LANG[plugin]
    for code in sorted(cldr):
        if not any(code.startswith(p) and len(code) > 2 for p in SUBDIVISION_PREFIXES[plugin]):
            continue
        if code in SKIP_CODES:
            continue
        names = dict(cldr[code])
        if code in EN_OVERRIDES:
            names["en"] = EN_OVERRIDES[code]
        if names.get("en", "").endswith(" District"):
            names["en"] = names["en"][: -len(" District")]
        iso_names = iso.get(code, {})
        row = find_match(rows, code, names)
        if code in POLITICAL_CODES:
            names = {k: v for k, v in names.items() if k not in POLITICAL_CODES[code]}
        if row is None:
            if not names.get("en"):
                continue
            native = names.get(lang) or names.get("ru", "")
            row = {"type": "place", "native": native, "ru": names.get("ru", ""),
                   "en": names["en"], "fr": "", "variants": "", "exonyms": "",
                   "exonym_source": {}, "code": code, "plugin": plugin}
            rows.append(row)
        for admin in (names.get(lang), names.get("ru"), iso_names.get("ru"), iso_names.get("local")):
            if admin and nl.script_of(admin) != "Latin" or (admin and plugin == "az" and admin == iso_names.get("local")):
                add_item(row, "variants", admin)
        for other in ("fr", "de", "hy", "az", "ru"):
            if other != lang and names.get(other) and names[other] != names.get("en"):
                if nl.script_of(names[other]) == "Latin" or other != "ru":
                    add_item(row, "exonyms", "%s:%s" % (other, names[other]), CLDR_SUBDIVISION)
        if iso_names.get("fr"):
            add_item(row, "exonyms", "fr:" + iso_names["fr"], ISO_SUBDIVISION)


def fill_fr(plugin, row):
    """Fill an empty fr column with the plugin's French scheme (ru form for hy/az persons)."""
    if row["fr"] or row["type"] == "org" or row.get("code", "").startswith("country:"):
        return
    if plugin == "ru":
        src, scheme = row["native"], "ru/fr"
    elif plugin == "hy":
        src, scheme = row["native"], "hy/fr"
    else:
        src, scheme = row["native"], "az/fr"
    if src and nl.script_of(src) != "Latin" or plugin == "az":
        row["fr"] = nl.translit(scheme, src) if src else ""


def drop_foreign_variants(all_rows):
    """Remove a variant that is another entity's own native, Russian or English name."""
    owner = {}
    for row in all_rows:
        for name in (row["native"], row["ru"], row["en"]):
            if name:
                owner.setdefault(name.lower(), set()).add(id(row))
        if row["fr"]:
            owner.setdefault(row["fr"].lower(), set()).add(id(row))
    for row in all_rows:
        kept = [v for v in nl.split_list(row["variants"])
                if owner.get(v.lower(), {id(row)}) <= {id(row)}]
        row["variants"] = "|".join(kept)
        kept = [x for x in nl.split_list(row["exonyms"])
                if owner.get(x.split(":", 1)[-1].lower(), {id(row)}) <= {id(row)}]
        row["exonyms"] = "|".join(kept)


def assign_ids(all_rows):
    """Stable ids type.slug(en), with a plugin suffix where two plugins share a name."""
    seen = {}
    for row in all_rows:
        base = "%s.%s" % (row["type"], nl.slug(row["en"]))
        rid = base
        if rid in seen:
            rid = "%s_%s" % (base, row["plugin"])
        n = 2
        while rid in seen:
            rid = "%s_%d" % (base, n)
            n += 1
        seen[rid] = row
        row["id"] = rid


def build(plugins):
    """Build and return {plugin: rows}."""
    cldr = cldr_subdivisions()
    iso = iso_subdivisions()
    cities = cldr_cities()
    hand = load_hand_exonyms()
    result = {}
    for plugin in plugins:
        rows = load_sources(plugin)
        rows += [c for c in country_rows(plugin)
                 if not any(r["en"] == c["en"] for r in rows)]
        merge_subdivisions(plugin, rows, cldr, iso)
        merge_cities(plugin, rows, cities)
        add_hand_exonyms(plugin, rows, hand)
        for row in rows:
            fill_fr(plugin, row)
            classify_exonyms(row)
        result[plugin] = rows
    check_contested(result)
    drop_foreign_variants([r for p in plugins for r in result[p]])
    assign_ids([r for p in plugins for r in result[p]])
    for rows in result.values():
        for row in rows:
            row["exonym_sources"] = "|".join(row["exonym_source"][x]
                                             for x in nl.split_list(row["exonyms"]))
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--plugins", nargs="*", default=list(nl.PLUGINS))
    parser.add_argument("--dry-run", action="store_true", help="print counts, write nothing")
    args = parser.parse_args(argv)
    result = build(args.plugins)
    header = [
        "GENERATED by plugins/names-tools/build_entities.py; do not edit, edit the sources:",
        "plugins/names-tools/sources/{people,places}_<lang>.tsv, CLDR country and subdivision",
        "names (ICU, unicode-cldr-core) and ISO 3166-2 names (iso-codes). Columns below;",
        "variants and exonyms are '|'-separated, exonyms as lang:Form; exonym_sources gives",
        "each exonym's source: hand (sources/exonyms.tsv or the row), cldr (territory name),",
        "iso-3166-1, cldr-subdivision or iso-3166-2 (a subdivision name no scheme spells),",
        "cldr-city (a time zone's exemplar city that no scheme spells).",
    ]
    for plugin, rows in result.items():
        path = os.path.join(nl.ROOT, "plugins", plugin, "data", "entities.tsv")
        counts = {t: sum(1 for r in rows if r["type"] == t) for t in ("person", "place", "org")}
        print("%s: %d entities %s" % (plugin, len(rows), counts))
        if not args.dry_run:
            nl.write_tsv(path, header, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
