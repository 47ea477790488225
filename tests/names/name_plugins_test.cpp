// What the ru, hy and az plugins generate at start.
#include "names_support.hpp"
#include "plugin/descriptor_check.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <utility>

using namespace names_support;

namespace {

bool has(const std::string& entity, const std::string& form, textnorm_name_form kind) {
  const auto& entries = plugin_entries(TEXTNORM_PLUGIN_DIR);
  return std::any_of(entries.begin(), entries.end(), [&](const NameEntry& e) {
    return e.entity == entity && e.form == form && e.kind == kind;
  });
}

}  // namespace

TEST_CASE("every plugin reports a lexicon") {
  const auto& entries = plugin_entries(TEXTNORM_PLUGIN_DIR);
  for (const char* plugin : {"ru", "hy", "az"})
    CHECK(std::count_if(entries.begin(), entries.end(),
                        [&](const NameEntry& e) { return e.plugin == plugin; }) > 1000);
}

TEST_CASE("canonical forms: the en column, and for French the French exonym or the fr column") {
  CHECK(has("person.nikol_pashinyan", "Nikol Pashinyan", TEXTNORM_NAME_CANONICAL));
  CHECK(has("person.nikol_pashinyan", "Nikol Pachinian", TEXTNORM_NAME_CANONICAL));
  CHECK(has("place.moscow", "Moscou", TEXTNORM_NAME_CANONICAL));
  CHECK(has("place.moscow", "Moscou", TEXTNORM_NAME_EXONYM));
  CHECK(has("place.nagorno_karabakh", "Haut-Karabakh", TEXTNORM_NAME_EXONYM));
}

TEST_CASE("an established name is an exonym only; a spelling of the sound is a variant") {
  // CLDR's French country names, though the French scheme spells Азербайджан Azerbaïdjan
  // and Таджикистан Tadjikistan: never a variant, with or without accents.
  // No structured binding: clang 14 cannot capture one in CAPTURE's lambda.
  for (const auto& entry : {std::pair{"place.azerbaijan", "Azerbaïdjan"},
                            {"place.uzbekistan", "Ouzbékistan"},
                            {"place.tajikistan", "Tadjikistan"}}) {
    const char* entity = entry.first;
    const char* form = entry.second;
    CAPTURE(form);
    CHECK(has(entity, form, TEXTNORM_NAME_EXONYM));
    CHECK_FALSE(has(entity, form, TEXTNORM_NAME_VARIANT));
  }
  CHECK_FALSE(has("place.azerbaijan", "Azerbaidjan", TEXTNORM_NAME_VARIANT));
  CHECK_FALSE(has("place.uzbekistan", "Ouzbekistan", TEXTNORM_NAME_VARIANT));
  // sources/exonyms.tsv: the fr column of these places is a translation, no variant.
  CHECK(has("place.chechnya", "Tchétchénie", TEXTNORM_NAME_EXONYM));
  CHECK_FALSE(has("place.chechnya", "Tchétchénie", TEXTNORM_NAME_VARIANT));
  CHECK(has("place.saint_petersburg", "Saint-Pétersbourg", TEXTNORM_NAME_EXONYM));
  CHECK_FALSE(has("place.saint_petersburg", "Saint-Pétersbourg", TEXTNORM_NAME_VARIANT));
  // French spellings of the sound, CLDR's subdivision name Daguestan too.
  CHECK(has("place.baku", "Bakou", TEXTNORM_NAME_VARIANT));
  CHECK(has("place.tbilisi", "Tbilissi", TEXTNORM_NAME_VARIANT));
  CHECK(has("place.dagestan", "Daguestan", TEXTNORM_NAME_VARIANT));
  CHECK_FALSE(has("place.dagestan", "Daguestan", TEXTNORM_NAME_EXONYM));
  CHECK_FALSE(has("place.baku", "Bakou", TEXTNORM_NAME_EXONYM));
}

TEST_CASE("romanizations generated from the native forms, scheme by scheme") {
  // Пашинян: French scheme (ch, -ian), German (sch, -jan), English press (-yan)
  CHECK(has("surname.Pashinyan", "Pachinian", TEXTNORM_NAME_VARIANT));
  CHECK(has("surname.Pashinyan", "Paschinjan", TEXTNORM_NAME_VARIANT));
  // Шойгу: French (ch, ï, ou), German (sch), alternation (oy)
  CHECK(has("surname.Shoigu", "Choïgou", TEXTNORM_NAME_VARIANT));
  CHECK(has("surname.Shoigu", "Choigou", TEXTNORM_NAME_VARIANT));
  CHECK(has("surname.Shoigu", "Schojgu", TEXTNORM_NAME_VARIANT));
  CHECK(has("surname.Shoigu", "Shoygu", TEXTNORM_NAME_VARIANT));
  // Дмитрий Песков: -ий as -y, -i, -iy
  CHECK(has("person.dmitry_peskov", "Dmitri Peskov", TEXTNORM_NAME_VARIANT));
  CHECK(has("person.dmitry_peskov", "Dmitriy Peskov", TEXTNORM_NAME_VARIANT));
  // Əliyev: Azerbaijani Latin, English, Russian-era
  CHECK(has("surname.Aliyev", "Əliyev", TEXTNORM_NAME_VARIANT));
  CHECK(has("surname.Aliyev", "Aliev", TEXTNORM_NAME_VARIANT));
  CHECK(has("place.baku", "Bakı", TEXTNORM_NAME_VARIANT));
  CHECK(has("place.yerevan", "Erevan", TEXTNORM_NAME_VARIANT));
}

TEST_CASE("native forms with Russian and Armenian inflection") {
  CHECK(has("surname.Pashinyan", "Пашиняну", TEXTNORM_NAME_NATIVE));
  CHECK(has("surname.Lavrov", "Лавровым", TEXTNORM_NAME_NATIVE));
  CHECK(has("person.sergei_lavrov", "Сергеем Лавровым", TEXTNORM_NAME_NATIVE));
  CHECK(has("place.yerevan", "Ереване", TEXTNORM_NAME_NATIVE));
  CHECK(has("surname.Pashinyan", "Փաշինյանը", TEXTNORM_NAME_NATIVE));
}

TEST_CASE("given names: spellings alone, cognates only before the surname") {
  CHECK(has("given.Sergei", "Sergey", TEXTNORM_NAME_VARIANT));
  CHECK(has("given.Sergei", "Sergueï", TEXTNORM_NAME_VARIANT));
  CHECK_FALSE(has("given.Sergei", "Serge", TEXTNORM_NAME_VARIANT));
  CHECK_FALSE(has("given.Alexander", "Alexandre", TEXTNORM_NAME_VARIANT));
  CHECK(has("person.sergei_lavrov", "Serge Lavrov", TEXTNORM_NAME_VARIANT));
}

TEST_CASE("excluded forms are not reported") {
  CHECK_FALSE(has("surname.Bout", "But", TEXTNORM_NAME_VARIANT));
}

TEST_CASE("a lexicon-only entities plugin has no process callback, and only ABI 1.4 allows it") {
  for (const char* name : {"ru", "hy", "az"}) {
    std::string reason;
    const auto loaded = textnorm::detail::load_plugin(
        std::string(TEXTNORM_PLUGIN_DIR) + "/textnorm-" + name + ".so", reason);
    REQUIRE(loaded);
    textnorm_plugin_descriptor d = *loaded->descriptor;
    // The host leaves a plugin without process out of the per-segment stages (normalizer.cpp).
    CHECK((d.process == nullptr));
    CHECK(d.phase == TEXTNORM_PHASE_ENTITIES);
    CHECK(textnorm::detail::check_descriptor(&d, name).empty());
    d.abi_minor = 3;
    CHECK(textnorm::detail::check_descriptor(&d, name) == "descriptor lacks its process callback");
    d.abi_minor = TEXTNORM_ABI_MINOR;
    d.phase = TEXTNORM_PHASE_LANGUAGE;
    CHECK(textnorm::detail::check_descriptor(&d, name) == "descriptor lacks its process callback");
  }
}
