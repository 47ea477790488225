// What must hold for every golden input and sample, in both profiles and both languages:
// normalizing twice changes nothing, and the output is valid NFC UTF-8 with LF line ends, no
// BOM, and as many lines as the input.
#include "text_checks.hpp"

#include <textnorm/textnorm.hpp>

#include <doctest/doctest.h>

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

// Checks every property on `input` with every profile and language.
void check_properties(const fs::path& path) {
  const std::string input = golden::read_file(path);
  for (const textnorm::Profile profile : {textnorm::Profile::DEFAULT, textnorm::Profile::TYPOGRAPHIC}) {
    for (const std::string lang : {"en", "fr"}) {
      const textnorm::Normalizer& normalizer = normalizer_for(profile, lang);
      const std::string profile_name =
          profile == textnorm::Profile::DEFAULT ? "default" : "typographic";
      INFO(path.filename().string(), " profile ", profile_name, " lang ", lang);
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

}  // namespace

TEST_CASE("golden inputs and samples: idempotent, valid NFC UTF-8, LF, no BOM, same lines") {
  const std::vector<fs::path> inputs = golden_inputs();
  REQUIRE(inputs.size() >= 3);
  for (const fs::path& path : inputs) {
    CAPTURE(path.string());
    check_properties(path);
  }
}

// Reproductions of known bugs (see tests/golden/known_bugs.txt): reported, not failing the run,
// until they are fixed and move to tests/golden/inputs/.
TEST_CASE("open issues: the same properties" * doctest::may_fail()) {
  const std::vector<fs::path> inputs =
      golden::text_files(fs::path(TEXTNORM_SOURCE_DIR) / "tests/golden/open_issues");
  for (const fs::path& path : inputs) check_properties(path);
}
