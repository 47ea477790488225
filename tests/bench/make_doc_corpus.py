#!/usr/bin/env python3
"""Builds a real-text benchmark corpus of English and French documentation prose.

usage: tests/bench/make_doc_corpus.py [--size MB] [--output PATH]

Sources (Debian packages; installed with apt-get when missing and run as root, otherwise the
apt-get command is printed and the script exits with status 2):

  English  debian-reference-en (HTML), debian-handbook en-US (HTML), the man pages of
           manpages and manpages-dev, and the English originals of the pages that
           manpages-fr and manpages-fr-dev translate, when the package owning them is installed
  French   debian-reference-fr (HTML), debian-handbook fr-FR (HTML), manpages-fr, manpages-fr-dev

HTML becomes text with tags, scripts and styles stripped and entities unescaped; every
<p>/<li>/<dd>/<pre>/heading/... block becomes one line (navigation bars are left out). Man
pages are rendered with `man -l` to UTF-8, 200 columns wide, without hyphenation (overstrikes
and SGR sequences removed); each paragraph (lines of one indentation between blank lines)
becomes one line, and the horizontal rules tbl draws around tables are left out (layout, not
text). Only runs of ASCII white space are collapsed: NBSP, U+202F, curly quotes, guillemets,
U+FFFD and every other character are kept as the sources have them; nothing is normalized.
Empty lines are dropped. A page that is not valid UTF-8 (or that man cannot render) is dropped
and named on stderr. The output is valid UTF-8 by construction.

The six streams (English and French of the reference, the handbook and the man pages, each in
sorted path order) are interleaved in blocks of about 16 KB, English and French alternating,
until the target size is reached (it stops at the first line boundary at or past it). When
every source is used up first, the sources are repeated and stderr says so. There is no
randomness: the same package versions give the same bytes.
"""

import argparse
import concurrent.futures
import gzip
import html.parser
import os
import re
import shutil
import subprocess
import sys

PROJECT_ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_OUTPUT = os.path.join(PROJECT_ROOT, "build-bench", "corpus", "doc_en_fr.txt")

# Packages the script reads, plus what renders man pages.
PACKAGES = [
    "debian-reference-en",
    "debian-reference-fr",
    "debian-handbook",
    "manpages",
    "manpages-dev",
    "manpages-fr",
    "manpages-fr-dev",
    "man-db",
    "groff-base",
]

REFERENCE_DIR = "/usr/share/debian-reference"
HANDBOOK_DIR = "/usr/share/doc/debian-handbook/html"
BLOCK_BYTES = 16 * 1024

# Runs of ASCII white space only: str.split() and \s would also eat NBSP and U+202F.
ASCII_SPACE = re.compile(r"[ \t\n\r\f\v]+")


def log(message):
    print(f"make_doc_corpus: {message}", file=sys.stderr, flush=True)


def collapse(text):
    return ASCII_SPACE.sub(" ", text).strip(" ")


# ---------------------------------------------------------------------------------------------
# Packages


def installed_version(package):
    result = subprocess.run(["dpkg-query", "-W", "-f=${Status}\t${Version}", package],
                            capture_output=True, text=True)
    if result.returncode != 0:
        return None
    status, _, version = result.stdout.partition("\t")
    return version if status == "install ok installed" else None


def ensure_packages():
    missing = [p for p in PACKAGES if installed_version(p) is None]
    if not missing:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends"] + missing
    if os.geteuid() != 0:
        log("missing packages; install them with:")
        print("  sudo " + " ".join(command), file=sys.stderr)
        sys.exit(2)
    log("installing: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive", DEBCONF_NOWARNINGS="yes")
    quiet = dict(stdout=subprocess.DEVNULL, env=env)
    if subprocess.run(command, **quiet).returncode != 0:
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(command, check=True, **quiet)
    still = [p for p in PACKAGES if installed_version(p) is None]
    if still:
        log("still missing after apt-get: " + " ".join(still))
        sys.exit(2)


def package_files(package):
    result = subprocess.run(["dpkg-query", "-L", package], capture_output=True, text=True,
                            check=True)
    return result.stdout.split("\n")


# ---------------------------------------------------------------------------------------------
# HTML


class HtmlProse(html.parser.HTMLParser):
    """Text of an HTML page, one line per block element."""

    BLOCKS = {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul",
    }
    SKIPPED_TAGS = {"head", "script", "style", "noscript", "template"}
    # Navigation repeated on every page (DocBook and Publican): not prose.
    SKIPPED_CLASSES = {"navheader", "navfooter", "docnav"}
    SKIPPED_IDS = {"banner"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
            "source", "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = []
        self._text = []
        self._skip_tag = None  # tag whose element is being skipped, and its nesting depth
        self._skip_depth = 0

    def _flush(self):
        line = collapse("".join(self._text))
        self._text = []
        if line:
            self.lines.append(line)

    def _skips(self, tag, attrs):
        if tag in self.SKIPPED_TAGS:
            return True
        attributes = dict(attrs)
        classes = set((attributes.get("class") or "").split())
        return bool(classes & self.SKIPPED_CLASSES) or attributes.get("id") in self.SKIPPED_IDS

    def handle_starttag(self, tag, attrs):
        if self._skip_tag is not None:
            if tag == self._skip_tag:
                self._skip_depth += 1
            return
        if tag not in self.VOID and self._skips(tag, attrs):
            self._flush()
            self._skip_tag, self._skip_depth = tag, 1
            return
        if tag in self.BLOCKS:
            self._flush()
        elif tag == "br":
            self._text.append(" ")

    def handle_startendtag(self, tag, attrs):
        if self._skip_tag is None and (tag in self.BLOCKS or tag == "br"):
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if self._skip_tag is not None:
            if tag == self._skip_tag:
                self._skip_depth -= 1
                if self._skip_depth == 0:
                    self._skip_tag = None
            return
        if tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data):
        if self._skip_tag is None:
            self._text.append(data)

    def close(self):
        super().close()
        self._flush()


def html_lines(path):
    with open(path, "rb") as f:
        raw = f.read()
    if path.endswith(".gz"):
        raw = gzip.decompress(raw)
    text = raw.decode("utf-8")  # UnicodeDecodeError: the caller drops the page
    parser = HtmlProse()
    parser.feed(text)
    parser.close()
    return parser.lines


# ---------------------------------------------------------------------------------------------
# Man pages

MAN_ENV = {
    "PATH": "/usr/bin:/bin",
    "LC_ALL": "C.UTF-8",
    # Wide enough that few paragraphs wrap, narrow enough that tbl's expanded tables and their
    # box-drawing rules keep a plausible width.
    "MANWIDTH": "200",
    "MANROFFOPT": "-rHY=0",   # no hyphenation: a wrapped line only breaks at spaces and hyphens
    "MANPAGER": "cat",
    "PAGER": "cat",
    "GROFF_NO_SGR": "1",
    "MAN_DISABLE_SECCOMP": "1",
}
OVERSTRIKE = re.compile(r".\x08")
# A table's horizontal rules, drawn by tbl: layout, not text.
TABLE_RULE = re.compile(r"[\u2500-\u257f +|=-]*[\u2500-\u257f][\u2500-\u257f +|=-]*")
SGR = re.compile(r"\x1b\[[0-9;]*m")


def render_man(path):
    """(path, lines, error) of one man page rendered to text."""
    result = subprocess.run(["man", "--encoding=UTF-8", "-l", path], capture_output=True,
                            env=MAN_ENV)
    if result.returncode != 0 or not result.stdout:
        return path, None, f"man exited with {result.returncode}"
    try:
        text = result.stdout.decode("utf-8")
    except UnicodeDecodeError as e:
        return path, None, f"not UTF-8 ({e.reason} at byte {e.start})"
    text = SGR.sub("", OVERSTRIKE.sub("", text))
    lines, paragraph, indent = [], [], None
    for raw in text.split("\n"):
        stripped = raw.strip(" \t\r\f\v")
        if TABLE_RULE.fullmatch(stripped):
            continue
        if not stripped:
            paragraph, indent = flush_paragraph(paragraph, lines), None
            continue
        this_indent = len(raw) - len(raw.lstrip(" "))
        if indent is not None and this_indent != indent:
            paragraph = flush_paragraph(paragraph, lines)
        paragraph.append(stripped)
        indent = this_indent
    flush_paragraph(paragraph, lines)
    return path, lines, None


# A line that groff broke after a word's own hyphen joins the next one without a space.
BROKEN_AFTER_HYPHEN = re.compile(r"\w[-\u2010]$")


def flush_paragraph(paragraph, lines):
    joined = []
    for part in paragraph:
        if joined and BROKEN_AFTER_HYPHEN.search(joined[-1]) and part[:1].isalpha():
            joined[-1] += part
        else:
            joined.append(part)
    line = collapse(" ".join(joined))
    if line:
        lines.append(line)
    return []


def real_man_pages(files):
    """Man page files among `files` that are not symlinks nor `.so` aliases, sorted."""
    pages = []
    for path in sorted(set(files)):
        if not re.search(r"/man/([a-z_A-Z]+/)?man[1-9][^/]*/[^/]+$", path):
            continue
        if os.path.islink(path) or not os.path.isfile(path):
            continue
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rb") as f:
            head = f.read(512)
        if re.match(rb"(\.\\\".*\n|'\\\".*\n|\s*\n)*\.so\s", head):
            continue
        pages.append(path)
    return pages


def english_originals(french_pages):
    """English man pages with the names of the French ones, from installed packages."""
    pages = []
    for path in french_pages:
        english = path.replace("/usr/share/man/fr/", "/usr/share/man/", 1)
        if english != path and os.path.isfile(english) and not os.path.islink(english):
            pages.append(english)
    return pages


# ---------------------------------------------------------------------------------------------
# Sources


class Source:
    """One stream of lines: documents read lazily in sorted path order."""

    def __init__(self, name, lang, kind, paths, jobs):
        self.name, self.lang, self.kind, self.paths, self.jobs = name, lang, kind, paths, jobs
        self.used_files = 0
        self.dropped = []
        self.bytes = 0
        self._cache = None  # every line, once the first pass has read them all

    def documents(self):
        if self.kind == "html":
            for path in self.paths:
                try:
                    lines = html_lines(path)
                except UnicodeDecodeError as e:
                    self.dropped.append(f"{path}: not UTF-8 ({e.reason} at byte {e.start})")
                    continue
                yield path, lines
        else:
            batch = 4 * self.jobs
            with concurrent.futures.ThreadPoolExecutor(self.jobs) as pool:
                for start in range(0, len(self.paths), batch):
                    for path, lines, error in pool.map(render_man, self.paths[start:start + batch]):
                        if error:
                            self.dropped.append(f"{path}: {error}")
                            continue
                        yield path, lines

    def lines(self):
        """The source's lines; a second pass replays them from memory."""
        if self._cache is not None:
            yield from self._cache
            return
        seen = []
        for _, lines in self.documents():
            self.used_files += 1
            seen.extend(lines)
            yield from lines
        self._cache = seen


def sources(jobs):
    def html_files(directory, pattern):
        return sorted(os.path.join(directory, name) for name in os.listdir(directory)
                      if re.fullmatch(pattern, name))

    french_man = real_man_pages(package_files("manpages-fr") + package_files("manpages-fr-dev"))
    english_man = real_man_pages(package_files("manpages") + package_files("manpages-dev")
                                 + english_originals(french_man))
    # English and French alternate: reference, handbook, man pages.
    return [
        Source("debian-reference-en", "en", "html", html_files(REFERENCE_DIR, r".*\.en\.html"), jobs),
        Source("debian-reference-fr", "fr", "html", html_files(REFERENCE_DIR, r".*\.fr\.html"), jobs),
        Source("debian-handbook en-US", "en", "html",
               html_files(os.path.join(HANDBOOK_DIR, "en-US"), r".*\.html"), jobs),
        Source("debian-handbook fr-FR", "fr", "html",
               html_files(os.path.join(HANDBOOK_DIR, "fr-FR"), r".*\.html"), jobs),
        Source("man pages en", "en", "man", english_man, jobs),
        Source("man pages fr", "fr", "man", french_man, jobs),
    ]


def owners(paths):
    """Package name -> version of the packages owning `paths`."""
    found = {}
    for start in range(0, len(paths), 500):
        result = subprocess.run(["dpkg-query", "-S"] + paths[start:start + 500],
                                capture_output=True, text=True)
        for line in result.stdout.split("\n"):
            if ": " in line:
                for package in line.split(": ", 1)[0].split(", "):
                    found.setdefault(package, None)
    return {p: installed_version(p) or installed_version(p.split(":")[0]) for p in sorted(found)}


# ---------------------------------------------------------------------------------------------


def build(target_bytes, output, jobs):
    streams = sources(jobs)
    passes = 0
    written = 0
    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    temporary = output + ".tmp"
    with open(temporary, "wb") as out:
        while written < target_bytes:
            passes += 1
            if passes == 2:
                log(f"the sources give only {written} bytes; repeating them to reach {target_bytes}")
            iterators = [s.lines() for s in streams]
            live = list(range(len(streams)))
            wrote_this_pass = 0
            while live and written < target_bytes:
                for index in list(live):
                    block = 0
                    for line in iterators[index]:
                        data = line.encode("utf-8") + b"\n"
                        out.write(data)
                        block += len(data)
                        if passes == 1:
                            streams[index].bytes += len(data)
                        if block >= BLOCK_BYTES or written + block >= target_bytes:
                            break
                    else:
                        live.remove(index)
                    written += block
                    wrote_this_pass += block
                    if written >= target_bytes:
                        break
            if wrote_this_pass == 0:
                log("the sources gave no text")
                sys.exit(1)
    os.replace(temporary, output)
    return streams, written, passes


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=float, default=36,
                        help="target size in MB (10^6 bytes); default 36")
    parser.add_argument("--output", default=DEFAULT_OUTPUT,
                        help="corpus file to write; default build-bench/corpus/doc_en_fr.txt")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="man pages rendered in parallel (the output does not depend on it)")
    args = parser.parse_args()
    if args.size <= 0 or args.jobs < 1:
        parser.error("--size and --jobs must be positive")

    ensure_packages()
    for tool in ("man", "dpkg-query"):
        if shutil.which(tool) is None:
            log(f"{tool} not found")
            sys.exit(2)

    streams, written, passes = build(int(args.size * 1e6), args.output, args.jobs)

    log(f"wrote {args.output}: {written} bytes ({written / 1e6:.1f} MB)"
        + (f", sources repeated ({passes} passes)" if passes > 1 else ""))
    by_lang = {}
    for s in streams:
        by_lang[s.lang] = by_lang.get(s.lang, 0) + s.bytes
        log(f"  {s.name:22} {s.lang}  {s.used_files:5} of {len(s.paths):5} files  "
            f"{s.bytes / 1e6:7.2f} MB")
        for dropped in s.dropped:
            log(f"    dropped {dropped}")
    log("  by language: " + ", ".join(f"{lang} {n / 1e6:.2f} MB" for lang, n in by_lang.items()))
    named = {p: installed_version(p) for p in PACKAGES}
    log("  packages: " + ", ".join(f"{p} {v}" for p, v in named.items()))
    english_man = next(s for s in streams if s.name == "man pages en")
    extra = {p: v for p, v in owners(english_man.paths).items() if p not in named}
    if extra:
        log("  English man page originals also from: "
            + ", ".join(f"{p} {v}" for p, v in extra.items()))


if __name__ == "__main__":
    main()
