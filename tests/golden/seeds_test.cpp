// The real articles of ../shared/corpus/seeds (absent from a user's clone: exits 77, which CTest
// reports as skipped): valid NFC UTF-8, no curly quotes or guillemets left in the default
// profile, as many lines as the input, idempotent.
#include "text_checks.hpp"

#include <textnorm/textnorm.hpp>

#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <string>

namespace {

namespace fs = std::filesystem;

const fs::path kSeeds = fs::path(TEXTNORM_SHARED_DIR) / "corpus" / "seeds";

// The quotation marks the default profile never leaves: “ ” ‘ ’ « » „
constexpr const char* kQuotes[] = {"\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB",
                                   "\u201E"};

}  // namespace

TEST_CASE("seed articles, default profile") {
  textnorm::Options options;
  options.lang = "en";
  options.plugin_path = {TEXTNORM_PLUGIN_DIR};
  options.default_plugin_path = false;
  const textnorm::Normalizer normalizer(options);
  const auto seeds = golden::text_files(kSeeds);
  REQUIRE_FALSE(seeds.empty());
  for (const fs::path& path : seeds) {
    CAPTURE(path.filename().string());
    const std::string input = golden::read_file(path);
    const std::string once = normalizer.normalize(input);
    CHECK(golden::is_valid_utf8(once));
    CHECK(golden::is_nfc(once));
    CHECK(golden::count_lines(once) == golden::count_lines(input));
    for (const char* quote : kQuotes) {
      CAPTURE(quote);
      CHECK(once.find(quote) == std::string::npos);
    }
    CHECK(normalizer.normalize(once) == once);
  }
}

int main(int argc, char** argv) {
  if (!fs::is_directory(kSeeds)) {
    std::printf("skipped: %s is absent\n", kSeeds.c_str());
    return 77;
  }
  doctest::Context context(argc, argv);
  return context.run();
}
