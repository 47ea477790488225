// Fuzzes normalization end to end, with every bundled plugin: the first input byte picks a
// configuration (profile, names mode, --transliterate, invalid UTF-8 rejected or replaced, and
// --lang auto or one plugin language), the rest is the text.
// Properties: no crash or hang; only invalid UTF-8 (when rejected) is an error, and then
// Error(INVALID_INPUT); the output is valid NFC UTF-8 with one line per input line; the line
// API gives the same lines as the text API; with a forced language the output is a fixed point.
// (With --lang auto a second run may detect junk differently: issue 13's item 4 owns that case,
// tests/golden/known_bugs.txt; here it is not asserted.)
#include "fuzz_checks.hpp"

#include <textnorm/normalizer.hpp>

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace {

// --lang auto, or a language plugin's language (ru, hy and az are entities plugins).
constexpr std::array<const char*, 3> kLanguages = {"auto", "en", "fr"};
constexpr std::array<textnorm::NamesMode, 4> kNames = {
    textnorm::NamesMode::OFF, textnorm::NamesMode::CANONICAL, textnorm::NamesMode::EXONYMS,
    textnorm::NamesMode::BY_LANGUAGE};
constexpr std::size_t kConfigurations = kLanguages.size() * kNames.size() * 2 * 2 * 2;

struct Configuration {
  textnorm::Options options;
  bool forced_language;
};

Configuration configuration(std::size_t index) {
  Configuration c;
  textnorm::Options& o = c.options;
  o.plugin_path = {TEXTNORM_FUZZ_PLUGIN_DIR};
  o.default_plugin_path = false;
  o.lang = kLanguages[index % kLanguages.size()];
  index /= kLanguages.size();
  o.names = kNames[index % kNames.size()];
  index /= kNames.size();
  o.profile = index % 2 ? textnorm::Profile::TYPOGRAPHIC : textnorm::Profile::DEFAULT;
  index /= 2;
  o.transliterate = index % 2 == 1;
  index /= 2;
  o.invalid = index % 2 ? textnorm::InvalidUtf8::REPLACE : textnorm::InvalidUtf8::REJECT;
  c.forced_language = o.lang != "auto";
  return c;
}

// Normalizers are built on first use and kept: building one loads every plugin's data.
const textnorm::Normalizer& normalizer(std::size_t index) {
  static std::array<std::unique_ptr<textnorm::Normalizer>, kConfigurations> cache;
  if (!cache[index]) cache[index] = std::make_unique<textnorm::Normalizer>(configuration(index).options);
  return *cache[index];
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t index = data[0] % kConfigurations;
  const Configuration config = configuration(index);
  const textnorm::Normalizer& n = normalizer(index);
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);

  std::string out;
  try {
    out = n.normalize(text);
  } catch (const textnorm::Error& e) {
    FUZZ_CHECK(e.kind() == textnorm::ErrorKind::INVALID_INPUT, e.what());
    FUZZ_CHECK(config.options.invalid == textnorm::InvalidUtf8::REJECT &&
                   !fuzz::is_valid_utf8(text),
               std::string(e.what()) + " on " + fuzz::escaped(text));
    FUZZ_CHECK(e.position().line >= 1, e.what());
    return 0;
  }
  fuzz::check_output(text, out);

  // The line API, line by line, gives the same lines.
  std::string joined;
  std::string line_out;
  for (const std::string_view line : fuzz::lines_of(text)) {
    line_out.clear();
    n.normalize_line(line, line_out);
    FUZZ_CHECK(line_out.find_first_of("\r\n") == std::string::npos,
               fuzz::escaped(line) + " -> " + fuzz::escaped(line_out));
    joined += line_out;
    joined += '\n';
  }
  // normalize() leaves a missing final line break missing.
  FUZZ_CHECK(joined == out || joined == out + "\n",
             fuzz::escaped(text) + ": text API " + fuzz::escaped(out) + ", line API " +
                 fuzz::escaped(joined));

  if (config.forced_language) {
    const std::string again = n.normalize(out);
    FUZZ_CHECK(again == out, "not idempotent (config " + std::to_string(index) + "): " +
                                 fuzz::escaped(text) + " -> " + fuzz::escaped(out) + " -> " +
                                 fuzz::escaped(again));
  }
  return 0;
}
