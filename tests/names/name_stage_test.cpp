// The names stage on a small hand-made lexicon: modes, case, ambiguity, user lexicons.
#include "names/name_stage.hpp"
#include "names/variant_finder.hpp"
#include "names_support.hpp"

#include <textnorm/error.hpp>

#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>

using namespace names_support;
using textnorm::NamesMode;

namespace {

std::vector<NameEntry> sample() {
  return {
      {"p.pashinyan", "Pashinyan", TEXTNORM_NAME_CANONICAL, "en", "hy"},
      {"p.pashinyan", "Pachinian", TEXTNORM_NAME_CANONICAL, "fr", "hy"},
      {"p.pashinyan", "Pachinian", TEXTNORM_NAME_VARIANT, "fr", "hy"},
      {"p.pashinyan", "Pashinian", TEXTNORM_NAME_VARIANT, "und", "hy"},
      {"p.pashinyan", "Пашинян", TEXTNORM_NAME_NATIVE, "ru", "hy"},
      {"c.moscow", "Moscow", TEXTNORM_NAME_CANONICAL, "en", "ru"},
      {"c.moscow", "Moscou", TEXTNORM_NAME_CANONICAL, "fr", "ru"},
      {"c.moscow", "Moscou", TEXTNORM_NAME_EXONYM, "fr", "ru"},
      {"c.moscow", "Moskva", TEXTNORM_NAME_VARIANT, "und", "ru"},
      {"s.a", "Aliyev", TEXTNORM_NAME_CANONICAL, "en", "az"},
      {"s.a", "Aliev", TEXTNORM_NAME_VARIANT, "und", "az"},
      {"s.b", "Aliyeva", TEXTNORM_NAME_CANONICAL, "en", "az"},
      {"s.b", "Aliev", TEXTNORM_NAME_VARIANT, "und", "az"},  // ambiguous with s.a
  };
}

std::string run(NamesMode mode, std::string_view text, std::string_view lang = "en",
                bool translit = false) {
  const NameStage stage(sample(), mode, translit);
  return rewrite(stage, text, lang);
}

}  // namespace

TEST_CASE("canonical mode: spellings change, translations do not") {
  CHECK(run(NamesMode::CANONICAL, "Pashinian and Pachinian in Moskva") ==
        "Pashinyan and Pashinyan in Moscow");
  CHECK(run(NamesMode::CANONICAL, "Moscou", "fr") == "Moscou");
  CHECK(run(NamesMode::CANONICAL, "Пашинян") == "Пашинян");
}

TEST_CASE("exonyms and by-language modes") {
  CHECK(run(NamesMode::EXONYMS, "Moscou", "fr") == "Moscow");
  CHECK(run(NamesMode::BY_LANGUAGE, "Moscow et Pashinian", "fr") == "Moscou et Pachinian");
  CHECK(run(NamesMode::BY_LANGUAGE, "Moscou and Pachinian", "en") == "Moscow and Pashinyan");
  CHECK(run(NamesMode::OFF, "Pashinian") == "Pashinian");
}

TEST_CASE("case is kept, ambiguous spellings are left alone") {
  CHECK(run(NamesMode::CANONICAL, "PASHINIAN") == "PASHINYAN");
  CHECK(run(NamesMode::CANONICAL, "Aliev") == "Aliev");
}

TEST_CASE("edits carry the rule, the plugin and the offset") {
  const NameStage stage(sample(), NamesMode::CANONICAL, false);
  std::vector<StageEdit> edits;
  stage.rewrite("x Pashinian", "en", 100, edits);
  REQUIRE(edits.size() == 1);
  CHECK(edits[0].begin == 102);
  CHECK(edits[0].end == 111);
  CHECK(std::string(edits[0].rule.id) == "names.variant");
  CHECK(std::string(edits[0].rule.plugin) == "hy");
}

TEST_CASE("--transliterate: known names first, then BGN for the other words") {
  CHECK(run(NamesMode::CANONICAL, "Пашинян и Ереван", "ru", true) == "Pashinyan i Yerevan");
  CHECK(run(NamesMode::CANONICAL, "Փաշինյան", "hy", true) == "Pashinyan");
}

TEST_CASE("user lexicon: merged, wins over plugins, errors name file and line") {
  const std::string path = "/tmp/textnorm_names_test_lexicon.tsv";
  {
    std::ofstream out(path);
    out << "# a comment\n\nAliyev\tAliev\nZelensky\tЗеленский\n";
  }
  std::vector<NameEntry> entries = sample();
  for (NameEntry& e : textnorm::detail::load_user_lexicon(path)) entries.push_back(e);
  const NameStage stage(entries, NamesMode::CANONICAL, true);
    // the BGN romanization of a native-script user entry is generated
  CHECK(rewrite(stage, "Aliev and Зеленский and Zelenskiy", "en") == "Aliyev and Zelensky and Zelensky");
  {
    std::ofstream out(path);
    out << "Aliyev\tAliev\nno tab here\n";
  }
  try {
    textnorm::detail::load_user_lexicon(path);
    FAIL("no error");
  } catch (const textnorm::Error& e) {
    CHECK(e.kind() == textnorm::ErrorKind::USAGE);
    CHECK(std::string(e.what()).find(path + ":2:") == 0);
  }
  CHECK_THROWS_AS(textnorm::detail::load_user_lexicon("/nonexistent/lexicon.tsv"), textnorm::Error);
  std::remove(path.c_str());
}

TEST_CASE("variant finder: folded collisions, and unknown spellings of known names") {
  CHECK(NameStage::folded_key("Pachinian") == NameStage::folded_key("Pashinyan"));
  CHECK(NameStage::folded_key("Choïgou") == NameStage::folded_key("Shoigu"));
  const NameStage stage(sample(), NamesMode::CANONICAL, false);
  const std::vector<std::string> lines = {"Pachinyan said.", "Pashinyan and Pachinyan.",
                                          "Kocharian met Kotcharian and Kocharyan.", "the less, Less"};
  const auto groups = textnorm::detail::find_variant_groups(lines, stage);
  bool kocharyan = false, pashinyan = false;
  for (const auto& g : groups) {
    const std::string text = textnorm::detail::format_group(g, &stage);
    if (text.find("Kotcharian") != std::string::npos) kocharyan = true;
    if (g.known && g.canonical == "Pashinyan" && text.find("Pashinyan\tPachinyan") != std::string::npos)
      pashinyan = true;
    CHECK(text.find("Less") == std::string::npos);
  }
  CHECK(kocharyan);
  CHECK(pashinyan);
}
