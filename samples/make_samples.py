#!/usr/bin/env python3
"""Writes the bundled sample texts (news_en_fr.txt, news_fr.txt, messy_web.txt) beside itself.

The texts are invented news prose about the South Caucasus; they hold invisible and control
characters, so they are kept here as Python escapes and the .txt files are generated from them.
usage: samples/make_samples.py   (rewrites the three files; commit them with this script)
"""
from pathlib import Path

NBSP = "\u00A0"    # no-break space
NNBSP = "\u202F"   # narrow no-break space
THIN = "\u2009"    # thin space
EM_SPACE = "\u2003"
ZWSP = "\u200B"    # zero-width space
WJ = "\u2060"      # word joiner
SHY = "\u00AD"     # soft hyphen
BOM = "\uFEFF"
ACUTE = "\u0301"   # combining accents, for text that needs NFC
GRAVE = "\u0300"
DIAERESIS = "\u0308"
CIRCUMFLEX = "\u0302"

# English news with French passages and captions: every phenomenon of a real article at least
# once, so that `textnorm normalize samples/news_en_fr.txt` shows what the tool does.
NEWS_EN_FR = [
    # A BOM and a CRLF, as when a paragraph comes from a Windows editor.
    BOM + "Armenia and Azerbaijan trade blame after night of shelling on the border\r",
    "",
    "(Yerevan) Armenia on Wednesday accused Azerbaijan of shelling its positions near the village"
    " of Sotk , a charge Baku dismissed within hours as \u201c pure fabrication \u201d.",
    "",
    "Prime Minister Nikol Pashinian told parliament that Yerevan was \u201c not seeking"
    " escalation \u201d but would \u201cdefend every metre\u201d of its territory. Le Premier"
    " ministre a ajout\u00e9" + NBSP + ": \u00ab Nous ne c\u00e9derons pas \u00e0 la pression \u00bb. ",
    "",
    "Le Premier ministre arm\u00e9nien, Nikol Pachinian, devant le Parlement, \u00e0 Erevan,"
    " le 13" + NBSP + "mars 2024.",
    "",
    "In Moscow, Kremlin spokesman Dmitri Peskov said Russia\u2019s peacekeepers in Nagorny"
    " Karabakh were \u201c doing everything possible \u201d to avoid casualties\u2026 Asked whether"
    " the Russian mediation had failed, he replied : \u201cCertainly not.\u201d",
    "",
    "Foreign Minister Sergue\u00ef Lavrov " + "\u2015" + " speaking in Minsk " + "\u2015" +
    " called the incident \u201c deeply regrettable \u201d and urged both sides to respect the"
    " 2020 agreement ( signed under Russian auspices ) .",
    "",
    "Dmitry Peskov later added that the Kremlin had \u201cno information [\u2026] about troop"
    " movements\u201d on either side of the line of contact.",
    "",
    "Baku\u2019s Foreign Ministry said the Armenian side had fired \u201cmore than 1,200"
    " rounds\u201d at Azerbaijani positions in 2023\u20132024 \u2012 a figure Yerevan disputes"
    " \u2010 and that 30 % of them hit farmland.",
    "",
    "Selon le minist\u00e8re arm\u00e9nien de la D\u00e9fense, \u00ab" + NBSP + "la situation"
    " reste tendue mais sous contr\u00f4le" + NBSP + "\u00bb" + NBSP + "; un soldat a \u00e9t\u00e9"
    " bless\u00e9. Yerevan says its losses are limited to one wounded conscript.",
    "",
    "Le ministre russe des Affaires \u00e9trang\u00e8res, Sergue\u00ef Lavrov, lors d\u2019une"
    " conf\u00e9rence de presse \u00e0 Moscou, le 12" + NBSP + "avril 2024.",
    "",
    "Sergei Lavrov told reporters that the question of Nagorno-" + WJ + "Karabakh was \u201cclosed\u201d ;"
    " Russia\u2019s role, he said, was now to help \u201cthe neighbours live in peace\u201d .",
    "",
    "Interrog\u00e9 sur l\u2019avenir de la mission russe, le porte-parole du Kremlin a"
    " r\u00e9pondu" + NNBSP + ": \u00ab" + NNBSP + "Pourquoi partirions-nous" + NNBSP + "?" +
    NNBSP + "\u00bb Selon Moscou, 1" + NBSP + "960 soldats russes sont toujours"
    " d\u00e9ploy\u00e9s" + NNBSP + "!",
    "",
    "The European Union, which keeps\t about 200 civilian monitors along the border, said it"
    " was \u201cdeeply concerned\u201d and called for nego" + SHY + "tiations \u201cwithout"
    " preconditions\u201d.",
    "",
    "Villagers in Sotk spent the night in basements as temperatures fell to \u22125" + NBSP +
    "\u00b0C\u00a0; a local official, Ana" + ZWSP + "hit Grigoryan, said the school would stay"
    " closed until Monday.",
    "",
    "Azerbaijan\u0092s President Ilham Aliyev accused Armenia of \u0093provocations\u0094 and"
    " said Baku was ready to sign a peace deal \u0096 but only on its own terms.",
    "",
    "Le pr\u00e9sident azerba\u00efdjanais, Ilham Aliyev, \u00e0 Bakou, le 20" + NBSP +
    "septembre 2023, deux jours apre" + GRAVE + "s l\u2019offensive e" + ACUTE + "clair"
    " dans le Haut-Karabakh.",
    "",
    "With\tAFP ",
]

# Mostly French: guillemets, the spaces French puts before ; : ! ? and %, numbers grouped with
# NBSP or U+202F, decimal commas, and one English quotation.
NEWS_FR = [
    "Haut-Karabakh" + NNBSP + ": Moscou appelle Bakou et Erevan \u00e0 la retenue",
    "",
    "Le Kremlin a jug\u00e9 mardi \u00ab" + NBSP + "pr\u00e9occupante" + NBSP + "\u00bb la"
    " reprise des tirs \u00e0 la fronti\u00e8re entre l\u2019Arm\u00e9nie et"
    " l\u2019Azerba\u00efdjan" + NNBSP + "; selon Erevan, plus de 1" + NBSP + "000 obus sont"
    " tomb\u00e9s en une nuit.",
    "",
    "\u00ab Nous attendons des deux parties qu\u2019elles respectent l\u2019accord de"
    " 2020 \u00bb, a d\u00e9clar\u00e9 le porte-parole Dmitri Peskov, avant d\u2019ajouter" +
    NBSP + ": \u00ab" + NNBSP + "La situation n\u2019est pas simple" + NNBSP + "!" + NNBSP +
    "\u00bb",
    "",
    "Le ministre des Affaires \u00e9trang\u00e8res, Sergue\u00ef Lavrov, s\u2019est dit"
    " \u00ab pr\u00eat \u00e0 recevoir \u00bb ses homologues \u00e0 Moscou. Pourquoi"
    " maintenant? Parce que la m\u00e9diation europ\u00e9enne progresse, estiment les"
    " diplomates.",
    "",
    "Selon les chiffres officiels, l\u2019inflation a atteint 30,5 % sur un an en"
    " Azerba\u00efdjan, et le budget militaire 3" + NNBSP + "100" + NNBSP + "000" + NNBSP +
    "000 de manats (soit 30,5%).",
    "",
    "Le Premier ministre Nikol Pachinian a r\u00e9pondu sur X \u00e0 10:30, en anglais" +
    NBSP + ": \u201cArmenia will not be dragged into a new war.\u201d Le texte a \u00e9t\u00e9"
    " repris par le site https://www.gov.am/fr/ sans commentaire.",
    "",
    "Au total, 6" + NBSP + "500 personnes ont \u00e9t\u00e9 tu\u00e9es en 2020" + NBSP +
    "; la guerre des ann\u00e9es 1990 avait fait quelque 30" + THIN + "000 morts.",
    "",
    "La diplomatie russe d\u00e9nonce \u00ab" + NBSP + "une provocation" + NBSP + "\u00bb" + NBSP +
    "! Bakou parle, elle, d\u2019une \u00ab" + NBSP + "op\u00e9ration antiterroriste" + NBSP +
    "\u00bb et affirme n\u2019avoir vis\u00e9 que des \u00ab cibles militaires l\u00e9gitimes \u00bb.",
    "",
    "Le porte-parole du Kremlin, Dmitri Peskov, \u00e0 Moscou, le 19" + NBSP + "septembre 2023.",
    "",
    "Que peut encore faire Moscou ? Pas grand-chose, r\u00e9pond un chercheur de"
    " l\u2019Institut fran\u00e7ais des relations internationales : la Russie \u00ab n\u2019a"
    " plus les moyens de ses ambitions \u00bb dans le Caucase\u2026",
]

CRLF = "\r\n"

# Web debris: what text scraped from web pages and old CMS exports looks like. Each element is
# one line with its own ending, so CRLF, lone CR and a missing final line break all occur.
MESSY_WEB = [
    (BOM + "Breaking:\tArmenia\u2013Azerbaijan talks   resume in Brussels  ", CRLF),
    ("Posted by web" + NBSP + "desk" + THIN + "|" + EM_SPACE + "updated 12:40" + NNBSP + "GMT"
     + "\t", CRLF),
    ("", CRLF),
    ("\u201c We want peace \u201d, said Nikol Pashinyan ; \u201c but not at any price \u201d .",
     CRLF),
    ("A Berlin daily headlined \u201eFrieden in weiter Ferne\u201c on Friday.", CRLF),
    ("Officials called the deal \u2018historic\u2019 and, in the same breath, \u2018fragile\u2019.",
     CRLF),
    ("Russia\u0092s envoy said \u0093talks are on track\u0094 \u0096 but gave no date\u0085",
     CRLF),
    ("\u0091Enough\u0092, he wrote \u0097 then deleted the post. \u0095 Related: "
     "\u0084Karabach-Krise\u0093, \u0082Kaukasus\u0091, \u008bwatch\u009b", CRLF),
    ("    ", CRLF),
    ("Control debris:\x07 bell,\x1b escape,\x7f delete,\u0081 and\u008d C1\u009f codes,\x0b"
     " vertical tab\x0c form feed.", "\r"),
    ("Nagorno" + ZWSP + "-" + ZWSP + "Karabakh, the Lachin" + WJ + " corridor and"
     " nego" + SHY + "tia" + SHY + "tions" + BOM + " again.", CRLF),
    ("Moscow\u2019s line, l\u2019Arm\u00e9nie selon Paris, and Sergue\u00ef\u2019s reply.", CRLF),
    ("A Russia\u2010brokered, non\u2011aligned 2020\u20122023 truce; pages 4\u20136; \u22123"
     " degrees.", CRLF),
    ("Two dashes \u2014 the em dash \u2015 and the horizontal bar.", CRLF),
    ("He paused\u2026 then said: \u201cthe process [\u2026] is irreversible\u201d.", CRLF),
    ("Decomposed: Sergue" + "i" + DIAERESIS + " Lavrov, le ministe" + GRAVE + "re, E" + ACUTE +
     "revan, Ba" + CIRCUMFLEX + "le.", CRLF),
    ("", "\n"),
    ("", CRLF),
    ("Spaces:" + NBSP + NBSP + "no-break," + NNBSP + "narrow," + THIN + "thin," + EM_SPACE +
     "em,\u3000ideographic,\u00a0\t mixed   runs.   ", CRLF),
    ("\u201e Aufruf zur Ruhe \u201c, titrait un quotidien allemand ; \u00ab Appel au"
     " calme \u00bb, r\u00e9sumait Le Monde.", CRLF),
    ("\t\tIndented with tabs, ending with a lone CR", "\r"),
    ("Last line without a line break \u2026", ""),
]


def write(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8"))


def main() -> None:
    here = Path(__file__).resolve().parent
    write(here / "news_en_fr.txt", "\n".join(NEWS_EN_FR) + "\n")
    write(here / "news_fr.txt", "\n".join(NEWS_FR) + "\n")
    write(here / "messy_web.txt", "".join(line + end for line, end in MESSY_WEB))


if __name__ == "__main__":
    main()
