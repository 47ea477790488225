// What must hold for every golden input and sample, in both profiles and both languages:
// normalizing twice changes nothing, and the output is valid NFC UTF-8 with LF line ends, no
// BOM, and as many lines as the input.
#include "text_checks.hpp"

#include <textnorm/textnorm.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> golden_inputs() {
  std::vector<fs::path> files = golden::text_files(fs::path(TEXTNORM_SOURCE_DIR) / "samples");
  for (const fs::path& f : golden::text_files(fs::path(TEXTNORM_SOURCE_DIR) / "tests/golden/inputs"))
    files.push_back(f);
  return files;
}

// One normalizer per profile and language, built once: loading the plugins is the slow part.
const textnorm::Normalizer& normalizer_for(textnorm::Profile profile, const std::string& lang) {
  static std::map<std::pair<textnorm::Profile, std::string>, textnorm::Normalizer> cache;
  auto found = cache.find({profile, lang});
  if (found != cache.end()) return found->second;
  textnorm::Options options;
  options.profile = profile;
  options.lang = lang;
  options.plugin_path = {TEXTNORM_PLUGIN_DIR};
  options.default_plugin_path = false;  // the plugins of this build, whatever the environment says
  return cache.emplace(std::make_pair(profile, lang), textnorm::Normalizer(options)).first->second;
}

// Checks every property on `input` (named `name` in reports) with both profiles and `langs`.
void check_properties(const std::string& input, const std::string& name,
                      const std::vector<std::string>& langs) {
  for (const textnorm::Profile profile : {textnorm::Profile::DEFAULT, textnorm::Profile::TYPOGRAPHIC}) {
    for (const std::string& lang : langs) {
      const textnorm::Normalizer& normalizer = normalizer_for(profile, lang);
      const std::string profile_name =
          profile == textnorm::Profile::DEFAULT ? "default" : "typographic";
      INFO(name, " profile ", profile_name, " lang ", lang);
      const std::string once = normalizer.normalize(input);
      CHECK(golden::is_valid_utf8(once));
      CHECK(golden::is_nfc(once));
      CHECK(once.find('\r') == std::string::npos);
      CHECK_FALSE(golden::has_bom(once));
      CHECK(golden::count_lines(once) == golden::count_lines(input));
      CHECK(golden::count_line_ends(once) == golden::count_line_ends(input));
      const std::string twice = normalizer.normalize(once);
      const bool idempotent = twice == once;
      CHECK(idempotent);
      if (!idempotent) {
        // Name the first line that changed: the whole text is too long to read in a report.
        std::size_t begin = 0;
        while (begin < once.size() && begin < twice.size() && once[begin] == twice[begin]) ++begin;
        while (begin > 0 && once[begin - 1] != '\n') --begin;
        MESSAGE("first change in line: ", once.substr(begin, once.find('\n', begin) - begin),
                "\n                 becomes: ", twice.substr(begin, twice.find('\n', begin) - begin));
      }
    }
  }
}

void check_properties(const fs::path& path) {
  check_properties(golden::read_file(path), path.filename().string(), {"en", "fr"});
}

// Lines of hostile text: fragments that stress every rule (quotes of all kinds with and without
// spaces, punctuation spacing, controls, invisible and combining characters, names in three
// scripts and in spellings only their folded keys know) glued at random, from a fixed seed so
// that a failure reproduces.
std::string hostile_lines(std::uint32_t seed, std::size_t count) {
  static const char* const kFragments[] = {
      "Le", "président", "a", "dit", ":", "«", "»", " ", "  ", "\u00A0", "\u202F", "\u201C",
      "\u201D", "\u2018", "\u2019", "'", "\"", "\u2014", "\u2013", "-", "\u2026", "...", "!", "?",
      ";", ",", ".", "(", ")", "%", "1 000", "30.45%", "Pashinian",
      "\u041F\u0430\u0448\u0438\u043D\u044F\u043D",
      "Nagorny-Karabakh", "d'Aliev", "l\u2019Arm\u00E9nie", "Moscou", "Serge", "Dmitri", "\u0096",
      "\u0093", "\u200B", "\u00AD", "\uFEFF", "\t", "e\u0301", "don't", "aujourd'hui", "M.",
      "U.S.", "\u00AB la priorit\u00E9 \u00BB", "\u201C serious concern \u201D", "[\u2026]",
      "Sergue\u00EF", "x", "\u0301", "''", "``", " ,", " .", " !", " ?", " :", " ;", "( ", " )",
      "Jevgenij", "Petrossyan", "Vjat\u0161eslav", "Mikha'il", "Aliev\u0301", "SERGIJ"};
  constexpr std::size_t kCount = sizeof kFragments / sizeof kFragments[0];
  std::uint32_t state = seed;
  const auto next = [&state](std::uint32_t bound) {
    state = state * 1664525u + 1013904223u;  // a fixed LCG: the same lines on every platform
    return (state >> 8) % bound;
  };
  std::string text;
  for (std::size_t line = 0; line < count; ++line) {
    const std::uint32_t fragments = next(26);
    for (std::uint32_t f = 0; f < fragments; ++f) {
      text += kFragments[next(kCount)];
      if (next(3) == 0) text += ' ';
    }
    text += '\n';
  }
  return text;
}

}  // namespace

TEST_CASE("golden inputs and samples: idempotent, valid NFC UTF-8, LF, no BOM, same lines") {
  const std::vector<fs::path> inputs = golden_inputs();
  REQUIRE(inputs.size() >= 3);
  for (const fs::path& path : inputs) {
    CAPTURE(path.string());
    check_properties(path);
  }
}

TEST_CASE("hostile lines with a forced language: the same properties") {
  for (std::uint32_t seed = 1; seed <= 20; ++seed)
    check_properties(hostile_lines(seed, 200), "hostile lines, seed " + std::to_string(seed),
                     {"en", "fr"});
}

// With --lang auto a few junk lines take another language on a second run (the spacing and
// quotes the first run changed move the detector's weak evidence; tests/golden/known_bugs.txt),
// so idempotence is not promised there line by line. What holds, and is asserted: every other
// property; a third run changes nothing (the output of a second run is a fixed point); and
// fewer than 1 line in 200 changes on a second run (measured: 5 in 4,000 in the default
// profile, 10 in the typographic one).
TEST_CASE("hostile lines with --lang auto: a fixed point after two runs, and rare changes") {
  for (const textnorm::Profile profile : {textnorm::Profile::DEFAULT, textnorm::Profile::TYPOGRAPHIC}) {
    std::size_t lines = 0;
    std::size_t changed = 0;
    const textnorm::Normalizer& normalizer = normalizer_for(profile, "auto");
    for (std::uint32_t seed = 1; seed <= 20; ++seed) {
      const std::string input = hostile_lines(seed, 200);
      CAPTURE(seed);
      const std::string once = normalizer.normalize(input);
      CHECK(golden::is_valid_utf8(once));
      CHECK(golden::is_nfc(once));
      CHECK(golden::count_lines(once) == golden::count_lines(input));
      const std::string twice = normalizer.normalize(once);
      CHECK(normalizer.normalize(twice) == twice);
      std::size_t a = 0, b = 0;
      while (a < once.size() && b < twice.size()) {
        const std::size_t a_end = once.find('\n', a), b_end = twice.find('\n', b);
        changed += once.compare(a, a_end - a, twice, b, b_end - b) != 0;
        ++lines;
        a = a_end + 1;
        b = b_end + 1;
      }
    }
    CAPTURE(changed);
    CHECK(changed * 200 < lines);
  }
}

// Cases that were open issues (tests/golden/open_issues/): they now hold every property.
TEST_CASE("open issues: the same properties") {
  const std::vector<fs::path> inputs =
      golden::text_files(fs::path(TEXTNORM_SOURCE_DIR) / "tests/golden/open_issues");
  REQUIRE_FALSE(inputs.empty());
  for (const fs::path& path : inputs) check_properties(path);
}
