// Fuzzes language detection (textnorm detect) with every bundled plugin: the first input byte
// picks --lang auto or a forced language, the rest is a line (cut at each LF into lines).
// Properties: only invalid UTF-8 is an error, Error(INVALID_INPUT); with a forced language, one
// segment, the whole line in that language; with --lang auto, the segments cover the line in
// order without gaps (none when the line normalizes to nothing), each a non-empty span that
// starts and ends on a character boundary, a language is a loaded plugin's or "und", a
// confidence is in [0, 1], and detecting again gives the same segments.
#include "fuzz_checks.hpp"

#include <textnorm/normalizer.hpp>

#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <vector>

namespace {

// --lang auto, or a language plugin's language (ru, hy and az are entities plugins).
constexpr std::array<const char*, 3> kLanguages = {"auto", "en", "fr"};

const textnorm::Normalizer& normalizer(std::size_t index) {
  static std::array<std::unique_ptr<textnorm::Normalizer>, kLanguages.size()> cache;
  if (!cache[index]) {
    textnorm::Options o;
    o.plugin_path = {TEXTNORM_FUZZ_PLUGIN_DIR};
    o.default_plugin_path = false;
    o.lang = kLanguages[index];
    cache[index] = std::make_unique<textnorm::Normalizer>(o);
  }
  return *cache[index];
}

bool is_boundary(std::string_view line, std::size_t i) {
  return i == line.size() || (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
}

bool known_language(const textnorm::Normalizer& n, const std::string& lang) {
  if (lang == "und") return true;
  for (const auto& plugin : n.plugins().plugins)
    if (std::find(plugin.languages.begin(), plugin.languages.end(), lang) != plugin.languages.end())
      return true;
  return false;
}

void check_line(const textnorm::Normalizer& n, std::string_view forced, std::string_view line) {
  std::vector<textnorm::LanguageSegment> segments;
  try {
    segments = n.detect(line);
  } catch (const textnorm::Error& e) {
    FUZZ_CHECK(e.kind() == textnorm::ErrorKind::INVALID_INPUT, e.what());
    FUZZ_CHECK(!fuzz::is_valid_utf8(line), std::string(e.what()) + " on " + fuzz::escaped(line));
    return;
  }
  const std::string context = " in " + fuzz::escaped(line);
  if (forced != "auto") {  // one segment: the whole line, even an empty one
    FUZZ_CHECK(segments.size() == 1 && segments[0].begin == 0 && segments[0].end == line.size() &&
                   segments[0].lang == forced,
               "not one segment in the forced language" + context);
    return;
  }
  // No segment only when nothing is left to detect (a line of spaces the core passes remove).
  std::string normalized;
  n.normalize_line(line, normalized);
  FUZZ_CHECK(!segments.empty() || normalized.empty(), "no segment" + context);
  if (segments.empty()) return;
  std::size_t at = 0;
  for (const auto& s : segments) {
    const std::string where =
        std::to_string(s.begin) + ".." + std::to_string(s.end) + " " + s.lang + context;
    FUZZ_CHECK(s.begin == at && s.end > s.begin && s.end <= line.size(), "span " + where);
    FUZZ_CHECK(is_boundary(line, s.begin) && is_boundary(line, s.end), "cuts a character " + where);
    FUZZ_CHECK(known_language(n, s.lang), "language " + where);
    FUZZ_CHECK(s.confidence >= 0 && s.confidence <= 1, "confidence " + std::to_string(s.confidence) + " " + where);
    at = s.end;
  }
  FUZZ_CHECK(at == line.size(), "segments end at " + std::to_string(at) + context);
  const auto again = n.detect(line);
  FUZZ_CHECK(again.size() == segments.size(), "two runs, two cuts" + context);
  for (std::size_t i = 0; i < again.size(); ++i)
    FUZZ_CHECK(again[i].begin == segments[i].begin && again[i].end == segments[i].end &&
                   again[i].lang == segments[i].lang,
               "two runs, two answers" + context);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t index = data[0] % kLanguages.size();
  const textnorm::Normalizer& n = normalizer(index);
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    check_line(n, kLanguages[index], text.substr(start, end - start));
    start = end + 1;
  }
  return 0;
}
