#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "langid/language_detector.hpp"

#ifndef TEXTNORM_PLUGINS_DIR
#define TEXTNORM_PLUGINS_DIR "plugins"
#endif

namespace {

using textnorm::detail::DocumentPrior;
using textnorm::detail::LanguageDetector;
using textnorm::detail::LanguageProfile;

std::string plugin_data(const char* lang, const char* file) {
  return std::string(TEXTNORM_PLUGINS_DIR) + "/" + lang + "/data/" + file;
}

const LanguageDetector& detector() {
  static const LanguageDetector instance = [] {
    std::vector<LanguageProfile> profiles;
    std::vector<std::string> abbreviations;
    for (const char* lang : {"en", "fr"}) {
      profiles.push_back(
          textnorm::detail::load_language_profile(plugin_data(lang, "language_profile.tsv"), lang));
      for (auto& a : textnorm::detail::load_word_list(plugin_data(lang, "abbreviations.txt"))) {
        abbreviations.push_back(std::move(a));
      }
    }
    return LanguageDetector(std::move(profiles), std::move(abbreviations),
                            textnorm::detail::load_word_list(plugin_data("en", "clitics.txt")));
  }();
  return instance;
}

using Segments = std::vector<std::pair<std::string, std::string>>;

// (text with surrounding spaces trimmed, language) of each segment.
Segments segments(std::string_view line, const DocumentPrior& prior = {}) {
  Segments out;
  for (const auto& span : detector().detect(line, prior)) {
    std::string_view text = line.substr(span.begin, span.end - span.begin);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    out.emplace_back(std::string(text), span.lang);
  }
  return out;
}

bool covers(std::string_view line) {
  std::size_t position = 0;
  for (const auto& span : detector().detect(line)) {
    if (span.begin != position || span.end < span.begin) return false;
    position = span.end;
  }
  return position == line.size();
}

}  // namespace

TEST_CASE("plain sentences of each language") {
  CHECK(segments("We missed the last train home.") ==
        Segments{{"We missed the last train home.", "en"}});
  CHECK(segments("Nous avons raté le dernier train.") ==
        Segments{{"Nous avons raté le dernier train.", "fr"}});
}

TEST_CASE("sentences in alternating languages become segments") {
  CHECK(segments("Where did you park? Je ne sais plus. It was near the bakery.") ==
        Segments{{"Where did you park?", "en"},
                 {"Je ne sais plus.", "fr"},
                 {"It was near the bakery.", "en"}});
}

TEST_CASE("a short headline takes the language of its neighbours") {
  CHECK(segments("Bravo! The audience stood and applauded the musicians for ten minutes.") ==
        Segments{{"Bravo! The audience stood and applauded the musicians for ten minutes.", "en"}});
  CHECK(
      segments("Bravo ! Le public s'est levé pour applaudir les musiciens pendant dix minutes.") ==
      Segments{{"Bravo ! Le public s'est levé pour applaudir les musiciens pendant dix minutes.",
                "fr"}});
}

TEST_CASE("a line without evidence takes the document's language, or none") {
  CHECK(segments("Nagorno-Karabakh 2023") == Segments{{"Nagorno-Karabakh 2023", "und"}});
  CHECK(segments("Nagorno-Karabakh 2023", DocumentPrior{"fr", 1.0f}) ==
        Segments{{"Nagorno-Karabakh 2023", "fr"}});
}

TEST_CASE("a headline run into the next sentence is cut where the language changes") {
  CHECK(segments("Un pont fermé à Lyon The bridge will stay closed until the repairs end.") ==
        Segments{{"Un pont fermé à Lyon", "fr"},
                 {"The bridge will stay closed until the repairs end.", "en"}});
}

TEST_CASE("a quotation in the other language becomes its own segment") {
  CHECK(segments("The spokesman insisted that « la sécurité des habitants reste notre priorité "
                 "absolue » before leaving the room.") ==
        Segments{{"The spokesman insisted that", "en"},
                 {"« la sécurité des habitants reste notre priorité absolue »", "fr"},
                 {"before leaving the room.", "en"}});
}

TEST_CASE("a quotation in the same language, or a quoted title, stays in its sentence") {
  CHECK(segments("Elle a répondu « bien sûr que nous viendrons demain » sans hésiter.") ==
        Segments{{"Elle a répondu « bien sûr que nous viendrons demain » sans hésiter.", "fr"}});
  CHECK(segments("Last year she published \"Le Chant des Pierres\" with a small press.") ==
        Segments{{"Last year she published \"Le Chant des Pierres\" with a small press.", "en"}});
}

TEST_CASE("names are not evidence") {
  CHECK(segments("Sergueï Lavrov met Nikol Pashinyan.") ==
        Segments{{"Sergueï Lavrov met Nikol Pashinyan.", "en"}});
  CHECK(segments("Jean-Pierre Dumont and Marie-Claire Lefèvre live in Montréal.") ==
        Segments{{"Jean-Pierre Dumont and Marie-Claire Lefèvre live in Montréal.", "en"}});
}

TEST_CASE("with a single profile everything is that language") {
  const LanguageDetector only_french(
      {textnorm::detail::load_language_profile(plugin_data("fr", "language_profile.tsv"), "fr")},
      {}, {});
  const auto spans = only_french.detect("The weather is fine. 42");
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].lang == "fr");
  CHECK(spans[0].end == 23);
}

TEST_CASE("segments cover the line") {
  for (std::string_view line :
       {"", "   ", "12 345", "« »", "Oui. Yes. Oui. Yes.", "He said \"non\" twice. C'est ça.",
        "Mr. Smith arrived. M. Dupont est parti.  ", "…", "\"\"\"", "a\u00A0b"}) {
    CAPTURE(line);
    CHECK(covers(line));
  }
}

TEST_CASE("confidence is a probability") {
  for (const auto& span : detector().detect("Il pleut. It is raining.")) {
    CHECK(span.confidence >= 0.5f);
    CHECK(span.confidence <= 1.0f);
  }
}

TEST_CASE("detection from several threads agrees with detection from one") {
  const std::string line =
      "Il pleuvait depuis l'aube. The match was postponed until Sunday. Personne n'a protesté.";
  const Segments expected = segments(line);
  std::vector<Segments> results(4);
  std::vector<std::thread> threads;
  for (Segments& result : results) {
    threads.emplace_back([&line, &result] {
      for (int i = 0; i < 50; ++i) result = segments(line);
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const Segments& result : results) CHECK(result == expected);
}
