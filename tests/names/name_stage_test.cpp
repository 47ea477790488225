// The names stage on a small hand-made lexicon: modes, case, ambiguity, user lexicons.
#include "names/name_stage.hpp"
#include "names/variant_finder.hpp"
#include "text/nfc.hpp"
#include "names_support.hpp"

#include <textnorm/error.hpp>

#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>

using namespace names_support;
using textnorm::NamesMode;
using textnorm::detail::ScriptRules;
using textnorm::detail::ScriptTransliterator;

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

// Script transliterations as plugins declare them: ICU's BGN rules, without the apostrophes.
std::shared_ptr<const ScriptTransliterator> bgn() {
  static const auto scripts = std::make_shared<const ScriptTransliterator>(std::vector<ScriptRules>{
      {"Cyrl", ":: Russian-Latin/BGN ; [ʼ ʹ ʺ ’] > ;", "ru"},
      {"Armn", ":: Armenian-Latin/BGN ; [ʼ ’] > ;", "hy"}});
  return scripts;
}

std::string run(NamesMode mode, std::string_view text, std::string_view lang = "en",
                bool translit = false) {
  const NameStage stage(sample(), mode, translit ? bgn() : nullptr);
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

TEST_CASE("default mode keeps an exonym, even where it is also a spelling") {
  const std::vector<NameEntry> entries = {
      {"c.tm", "Turkmenistan", TEXTNORM_NAME_CANONICAL, "en", "ru"},
      {"c.tm", "Turkménistan", TEXTNORM_NAME_EXONYM, "fr", "ru"},  // the English key but for é
      {"c.tj", "Tajikistan", TEXTNORM_NAME_CANONICAL, "en", "ru"},
      {"c.tj", "Tadjikistan", TEXTNORM_NAME_EXONYM, "fr", "ru"},
      {"c.tj", "Tadjikistan", TEXTNORM_NAME_VARIANT, "und", "ru"},  // a scheme's output
      {"c.tj", "Tadjikistane", TEXTNORM_NAME_VARIANT, "und", "ru"},
  };
  const NameStage canonical(entries, NamesMode::CANONICAL, nullptr);
  for (const char* lang : {"fr", "en"}) {
    CHECK(rewrite(canonical, "Turkménistan, Tadjikistan, Tadjikistane", lang) ==
          "Turkménistan, Tadjikistan, Tajikistan");
  }
  const NameStage exonyms(entries, NamesMode::EXONYMS, nullptr);
  CHECK(rewrite(exonyms, "Turkménistan, Tadjikistan", "fr") == "Turkmenistan, Tajikistan");
  // A user's lexicon says what it wants.
  std::vector<NameEntry> with_user = entries;
  with_user.push_back({"lexicon:Tajikistan", "Tajikistan", TEXTNORM_NAME_CANONICAL, "en", "lexicon"});
  with_user.push_back({"lexicon:Tajikistan", "Tadjikistan", TEXTNORM_NAME_VARIANT, "und", "lexicon"});
  const NameStage user(with_user, NamesMode::CANONICAL, nullptr);
  CHECK(rewrite(user, "Tadjikistan", "fr") == "Tajikistan");
}

TEST_CASE("case is kept, ambiguous spellings are left alone") {
  CHECK(run(NamesMode::CANONICAL, "PASHINIAN") == "PASHINYAN");
  CHECK(run(NamesMode::CANONICAL, "Aliev") == "Aliev");
}

TEST_CASE("edits carry the rule, the plugin and the offset") {
  const NameStage stage(sample(), NamesMode::CANONICAL, nullptr);
  std::vector<StageEdit> edits;
  NameStage::Workspace workspace;
  stage.rewrite("x Pashinian", "en", 100, edits, workspace);
  REQUIRE(edits.size() == 1);
  CHECK(edits[0].begin == 102);
  CHECK(edits[0].end == 111);
  CHECK(std::string(edits[0].rule.id) == "names.variant");
  CHECK(std::string(edits[0].rule.plugin) == "hy");
}

TEST_CASE("--transliterate: known names first, then the declared rules for the other words") {
  CHECK(run(NamesMode::CANONICAL, "Пашинян и Ереван", "ru", true) == "Pashinyan i Yerevan");
  CHECK(run(NamesMode::CANONICAL, "Փաշինյան", "hy", true) == "Pashinyan");
  // The rules as declared, nothing more: these drop the soft sign's prime but keep ë.
  CHECK(run(NamesMode::CANONICAL, "Обьём", "ru", true) == "Obyëm");
  // Greek is no declared script: its words stay.
  CHECK(run(NamesMode::CANONICAL, "Αθήνα и Ереван", "ru", true) == "Αθήνα i Yerevan");
}

TEST_CASE("--transliterate: a word mixing declared scripts gets the rules of each") {
  // Found by fuzz_normalize: baԾсква took only the Armenian rules of its first such letter,
  // and a second run the Russian ones.
  const std::string once = run(NamesMode::CANONICAL, "ba\xD4\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "en", true);
  CHECK(once == "baTSskva");
  CHECK(run(NamesMode::CANONICAL, once, "en", true) == once);
}

TEST_CASE("--transliterate: a word the rules write as nothing stays as it is") {
  // Found by fuzz_normalize: these rules drop a lone hard sign, which left two spaces that a
  // second run collapsed.
  CHECK(run(NamesMode::CANONICAL, "x \xD0\xAA y", "en", true) == "x \xD0\xAA y");
}

TEST_CASE("--transliterate: a capitalised word whose Latin form is a known spelling") {
  // Москва is no listed form; its BGN form Moskva is a spelling of Moscow.
  CHECK(run(NamesMode::CANONICAL, "Москва, МОСКВА и москва", "ru", true) ==
        "Moscow, MOSCOW i moskva");
  CHECK(run(NamesMode::BY_LANGUAGE, "Москва", "fr", true) == "Moscou");
  CHECK(run(NamesMode::OFF, "Москва", "ru", true) == "Moskva");
}

TEST_CASE("--transliterate: a form two entities claim is still transliterated") {
  std::vector<NameEntry> entries = sample();
  entries.push_back({"p.a", "Шушинский", TEXTNORM_NAME_NATIVE, "ru", "az"});
  entries.push_back({"p.a", "Shusha", TEXTNORM_NAME_CANONICAL, "en", "az"});
  entries.push_back({"p.b", "Шушинский", TEXTNORM_NAME_NATIVE, "ru", "hy"});
  entries.push_back({"p.b", "Shushi", TEXTNORM_NAME_CANONICAL, "en", "hy"});
  const NameStage stage(entries, NamesMode::CANONICAL, bgn());
  CHECK(rewrite(stage, "Шушинский район и Пашинян", "ru") ==
        "Shushinskiy rayon i Pashinyan");
}

TEST_CASE("script transliterations: ISO 15924 codes, rules ICU rejects name the plugin") {
  CHECK(ScriptTransliterator::known_script("Cyrl"));
  CHECK(ScriptTransliterator::known_script("Armn"));
  CHECK_FALSE(ScriptTransliterator::known_script("Zzzz"));
  CHECK_FALSE(ScriptTransliterator::known_script("Cyrillique"));
  try {
    ScriptTransliterator({{"Cyrl", ":: No-Such/Transform ;", "xx"}});
    FAIL("no error");
  } catch (const textnorm::Error& e) {
    CHECK(e.kind() == textnorm::ErrorKind::PLUGIN_FAILED);
    CHECK(std::string(e.what()).find("plugin 'xx' gave transliteration rules for Cyrl") == 0);
  }
  const ScriptTransliterator later({{"Cyrl", "а > x ;", "a"}, {"Cyrl", "а > y ;", "b"}});
  CHECK(later.transliterate("а") == "y");
  CHECK(later.handles_any("да"));
  CHECK_FALSE(later.handles_any("Yerevan, Érevan"));
}

TEST_CASE("user lexicon: merged, wins over plugins, errors name file and line") {
  const std::string path = "/tmp/textnorm_names_test_lexicon.tsv";
  {
    std::ofstream out(path);
    out << "# a comment\n\nAliyev\tAliev\nZelensky\tЗеленский\n";
  }
  std::vector<NameEntry> entries = sample();
  for (NameEntry& e : textnorm::detail::load_user_lexicon(path, bgn().get())) entries.push_back(e);
  const NameStage stage(entries, NamesMode::CANONICAL, bgn());
    // the BGN romanization of a native-script user entry is generated
  CHECK(rewrite(stage, "Aliev and Зеленский and Zelenskiy", "en") == "Aliyev and Zelensky and Zelensky");
  {
    std::ofstream out(path);
    out << "Aliyev\tAliev\nno tab here\n";
  }
  try {
    textnorm::detail::load_user_lexicon(path, nullptr);
    FAIL("no error");
  } catch (const textnorm::Error& e) {
    CHECK(e.kind() == textnorm::ErrorKind::USAGE);
    CHECK(std::string(e.what()).find(path + ":2:") == 0);
  }
  // Found by fuzz_user_lexicon: the Latin form made of a native one with a combining accent was
  // out of NFC.
  {
    std::ofstream out(path);
    out << "Moskva\t\xD0\x9C\xD0\xBE\xCC\x81\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0\n";  // Мо́сква
  }
  const std::vector<NameEntry> accented = textnorm::detail::load_user_lexicon(path, bgn().get());
  REQUIRE(accented.size() == 3);
  for (const NameEntry& e : accented) CHECK(textnorm::detail::is_nfc(e.form));
  CHECK(accented[2].form.find("\xCC\x81") == std::string::npos);  // no lone U+0301 left
  // Found by fuzz_user_lexicon: a CR in a canonical form would have cut the output line in two.
  for (const char* line : {"Jean\rLuc\tJean Luc\n", "Jean Luc\tJean\x01Luc\n", "A\x7F\tB\n"}) {
    {
      std::ofstream out(path, std::ios::binary);
      out << "Aliyev\tAliev\n" << line;
    }
    try {
      textnorm::detail::load_user_lexicon(path, nullptr);
      FAIL("no error for a control character");
    } catch (const textnorm::Error& e) {
      CHECK(std::string(e.what()) ==
            path + ":2: control character in the canonical or the variant");
    }
  }
  CHECK_THROWS_AS(textnorm::detail::load_user_lexicon("/nonexistent/lexicon.tsv", nullptr), textnorm::Error);
  std::remove(path.c_str());
}

TEST_CASE("variant finder: folded collisions, and unknown spellings of known names") {
  // The name plugins' variant fold, as they declare it.
  std::ifstream file(TEXTNORM_SOURCE_DIR "/plugins/common/names/data/variant_fold.txt");
  REQUIRE(file);
  const std::string rules((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  const textnorm::detail::SpellingFold fold(rules);
  std::string a, b, scratch;
  fold.fold("Pachinian", a, scratch);
  fold.fold("Pashinyan", b, scratch);
  CHECK(a == b);
  fold.fold("Choïgou", a, scratch);
  fold.fold("Shoigu", b, scratch);
  CHECK(a == b);
  const NameStage stage(sample(), NamesMode::CANONICAL, nullptr);
  const std::vector<std::string> lines = {"Pachinyan said.", "Pashinyan and Pachinyan.",
                                          "Kocharian met Kotcharian and Kocharyan.", "the less, Less"};
  const auto groups = textnorm::detail::find_variant_groups(lines, stage, fold);
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
