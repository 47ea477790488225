// Normalizer::detect reports the segments normalize runs the language plugins on, in the bytes of
// the original line. The fixture plugin segment_marker, loaded after en and fr, writes "⟦LANG⟧"
// at the start of every segment it is given: the markers in normalize's output say which
// segments were routed, in which language and where, independently of detect. Checked on
// crafted lines, the samples and the golden inputs (and, in the dev build of this test, on every
// line of the mixed en/fr dev corpora of ../shared), in several profiles and names modes.
#include "../golden/text_checks.hpp"
#include "dev_corpus.hpp"

#include <textnorm/textnorm.hpp>

#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kOpen = "\u27E6";
constexpr std::string_view kClose = "\u27E7";

struct Mode {
  const char* name;
  textnorm::Profile profile;
  textnorm::NamesMode names;
};

constexpr Mode kModes[] = {
    {"default, names canonical", textnorm::Profile::DEFAULT, textnorm::NamesMode::CANONICAL},
    {"default, names off", textnorm::Profile::DEFAULT, textnorm::NamesMode::OFF},
    {"typographic, names exonyms", textnorm::Profile::TYPOGRAPHIC, textnorm::NamesMode::EXONYMS},
    {"typographic, names by-language", textnorm::Profile::TYPOGRAPHIC, textnorm::NamesMode::BY_LANGUAGE},
};

std::unique_ptr<textnorm::Normalizer> make_normalizer(const Mode& mode, bool with_marker) {
  textnorm::Options options;
  options.profile = mode.profile;
  options.names = mode.names;
  options.plugin_path = {TEXTNORM_PLUGIN_DIR};
  // After the bundled plugins, so that en and fr keep the evidence of their own plugins.
  if (with_marker) options.plugin_path.push_back(TEXTNORM_FIXTURES_DIR "/segment_marker");
  options.default_plugin_path = false;
  return std::make_unique<textnorm::Normalizer>(options);
}

// A marker in normalize's output: where it starts and the language it names.
struct Marker {
  std::size_t at;
  std::string lang;
};

std::vector<Marker> markers_in(std::string_view out) {
  std::vector<Marker> found;
  for (std::size_t at = out.find(kOpen); at != std::string_view::npos; at = out.find(kOpen, at + 1)) {
    const std::size_t lang = at + kOpen.size();
    const std::size_t close = out.find(kClose, lang);
    REQUIRE(close != std::string_view::npos);
    found.push_back({at, std::string(out.substr(lang, close - lang))});
  }
  return found;
}

// The composed edit whose output text holds output byte `at`, with its output start.
const textnorm::Edit* edit_holding(const std::vector<textnorm::Edit>& edits, std::size_t at) {
  std::ptrdiff_t growth = 0;  // output offset minus original offset after the previous edit
  for (const textnorm::Edit& e : edits) {
    const std::size_t out_begin = std::size_t(std::ptrdiff_t(e.begin) + growth);
    if (at >= out_begin && at < out_begin + e.replacement.size()) return &e;
    growth += std::ptrdiff_t(e.replacement.size()) - std::ptrdiff_t(e.end - e.begin);
  }
  return nullptr;
}

struct Tally {
  std::size_t lines = 0;
  std::size_t segments = 0;
  std::size_t exact = 0;  // markers inserted alone: detect's start is their original offset
};

// detect(line) tiles the line, and equals the segments the marker plugin was run on: same count,
// same languages in order, and each start inside the original span of the edit that inserted
// that segment's marker (exactly its offset when the marker is an edit of its own).
void check_line(const textnorm::Normalizer& plain, const textnorm::Normalizer& marked,
                const std::string& line, Tally& tally) {
  CAPTURE(line);
  const std::vector<textnorm::LanguageSegment> segments = marked.detect(line);
  const std::vector<textnorm::LanguageSegment> real = plain.detect(line);
  REQUIRE(segments.size() == real.size());
  std::size_t at = 0;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    CHECK(segments[i].begin == real[i].begin);
    CHECK(segments[i].end == real[i].end);
    CHECK(segments[i].lang == real[i].lang);
    CHECK(segments[i].begin == at);
    CHECK(segments[i].end > segments[i].begin);
    at = segments[i].end;
  }
  CHECK(at == (segments.empty() ? 0 : line.size()));

  std::string out;
  std::vector<textnorm::Edit> edits;
  marked.normalize_line(line, out, &edits);
  const std::vector<Marker> markers = markers_in(out);
  std::vector<std::string> routed, detected;
  for (const Marker& m : markers) routed.push_back(m.lang);
  for (const textnorm::LanguageSegment& s : segments)
    if (s.lang != "und") detected.push_back(s.lang);
  REQUIRE(routed == detected);
  std::size_t k = 0;
  for (const textnorm::LanguageSegment& s : segments) {
    if (s.lang == "und") continue;  // no plugin serves it: no marker
    const textnorm::Edit* e = edit_holding(edits, markers[k++].at);
    REQUIRE(e != nullptr);
    CAPTURE(s.begin);
    CAPTURE(e->begin);
    CAPTURE(e->end);
    CHECK(e->begin <= s.begin);
    CHECK(s.begin <= e->end);
    if (e->begin == e->end) {
      CHECK(s.begin == e->begin);
      ++tally.exact;
    }
    ++tally.segments;
  }
  ++tally.lines;
}

Tally check_lines(const std::vector<std::string>& lines) {
  REQUIRE_FALSE(lines.empty());
  Tally tally;
  for (const Mode& mode : kModes) {
    CAPTURE(mode.name);
    const auto plain = make_normalizer(mode, false);
    const auto marked = make_normalizer(mode, true);
    for (const std::string& line : lines) check_line(*plain, *marked, line, tally);
  }
  // Most markers are edits of their own, so most starts are checked to the byte.
  CHECK(tally.exact * 2 > tally.segments);
  std::printf("%zu lines in %zu modes: %zu segments, %zu starts checked to the byte\n",
              lines.size(), std::size(kModes), tally.segments, tally.exact);
  return tally;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

#ifdef TEXTNORM_DEV_CORPORA
const fs::path& kDev = dev_corpus::kDir;

// The text column of a dev corpus table (header row skipped).
std::vector<std::string> tsv_texts(const fs::path& path) {
  std::vector<std::string> texts;
  const std::vector<std::string> rows = lines_of(golden::read_file(path));
  for (std::size_t i = 1; i < rows.size(); ++i) {
    std::vector<std::string> columns;
    std::istringstream row(rows[i]);
    for (std::string column; std::getline(row, column, '\t');) columns.push_back(column);
    REQUIRE(columns.size() > 2);
    texts.push_back(columns[2]);
  }
  return texts;
}
#else
const fs::path kSource = TEXTNORM_SOURCE_DIR;
#endif

}  // namespace

#ifdef TEXTNORM_DEV_CORPORA
TEST_CASE("mixed en/fr dev corpora: detect reports the segments normalize routed, on every line") {
  for (const char* name : {"mixed.tsv", "mixed_news.tsv"}) {
    CAPTURE(name);
    const std::vector<std::string> texts = tsv_texts(kDev / name);
    const Tally tally = check_lines(texts);
    CHECK(tally.segments > texts.size());  // mixed lines: more than one segment a line
  }
}

int main(int argc, char** argv) { return dev_corpus::run_tests(argc, argv); }
#else
TEST_CASE("offsets are the original line's when the core passes and names change lengths first") {
  // Names (exonyms) and the core passes change the English sentence's length, so the French
  // sentence starts elsewhere in the text the detector reads than in the line.
  const std::string line =
      "Leaders of Haut-Karabakh \xE2\x80\x9C met \xE2\x80\x9D  again\xE2\x80\xA6 today . "
      "La r\xC3\xA9union a eu lieu \xC3\xA0 Erevan et les ministres sont rentr\xC3\xA9s chez eux.";
  const std::size_t french = line.find("La r");
  const auto normalizer = make_normalizer(kModes[2], false);
  std::string out;
  normalizer->normalize_line(line, out, nullptr);
  REQUIRE(out.find("La r") != french);  // the mapping has work to do
  const std::vector<textnorm::LanguageSegment> segments = normalizer->detect(line);
  REQUIRE(segments.size() == 2);
  CHECK(segments[0].lang == "en");
  CHECK(segments[0].begin == 0);
  CHECK(segments[1].lang == "fr");
  CHECK(segments[1].begin == segments[0].end);
  CHECK(line.substr(segments[1].begin).find("La r") <= 1);  // at most the space before it
  CHECK(segments[1].end == line.size());

  // normalize_line gives the same segments from the same run.
  std::vector<textnorm::LanguageSegment> routed;
  out.clear();
  normalizer->normalize_line(line, out, nullptr, &routed);
  REQUIRE(routed.size() == segments.size());
  for (std::size_t i = 0; i < routed.size(); ++i) {
    CHECK(routed[i].begin == segments[i].begin);
    CHECK(routed[i].end == segments[i].end);
    CHECK(routed[i].lang == segments[i].lang);
  }
  check_lines({line});
}

TEST_CASE("invalid UTF-8 replaced: the segments cover the original bytes") {
  textnorm::Options options;
  options.plugin_path = {TEXTNORM_PLUGIN_DIR};
  options.default_plugin_path = false;
  options.invalid = textnorm::InvalidUtf8::REPLACE;
  const textnorm::Normalizer normalizer(options);
  const std::string line = "The \xFF\xFE weather is fine today. Il fait beau aujourd'hui \xC3.";
  const std::vector<textnorm::LanguageSegment> segments = normalizer.detect(line);
  REQUIRE_FALSE(segments.empty());
  CHECK(segments.front().begin == 0);
  CHECK(segments.back().end == line.size());
  options.invalid = textnorm::InvalidUtf8::REJECT;
  CHECK_THROWS_AS(textnorm::Normalizer(options).detect(line), textnorm::Error);
}

TEST_CASE("an empty line has no segment; a forced language one") {
  textnorm::Options options;
  options.plugin_path = {TEXTNORM_PLUGIN_DIR};
  options.default_plugin_path = false;
  CHECK(textnorm::Normalizer(options).detect("").empty());
  options.lang = "fr";
  const std::string line = "The weather \xE2\x80\x9C is \xE2\x80\x9D fine.";
  const std::vector<textnorm::LanguageSegment> segments = textnorm::Normalizer(options).detect(line);
  REQUIRE(segments.size() == 1);
  CHECK(segments[0].begin == 0);
  CHECK(segments[0].end == line.size());
  CHECK(segments[0].lang == "fr");
}

TEST_CASE("samples and golden inputs: detect reports the segments normalize routed") {
  std::vector<std::string> lines;
  for (const fs::path& dir : {kSource / "samples", kSource / "tests/golden/inputs"})
    for (const fs::path& file : golden::text_files(dir))
      for (std::string& line : lines_of(golden::read_file(file)))
        if (golden::is_valid_utf8(line)) lines.push_back(std::move(line));
  check_lines(lines);
}

int main(int argc, char** argv) {
  doctest::Context context(argc, argv);
  return context.run();
}
#endif
