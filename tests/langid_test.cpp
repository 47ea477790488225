#include <doctest/doctest.h>

#include <cstdint>
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

namespace {

// en and fr from their plugins, and a small German profile whose plugin says a capital marks a
// noun (`capital_marks_noun`) or, as English and French do, a name.
LanguageDetector detector_with_german(bool capital_marks_noun) {
  std::vector<LanguageProfile> profiles;
  for (const char* lang : {"en", "fr"})
    profiles.push_back(
        textnorm::detail::load_language_profile(plugin_data(lang, "language_profile.tsv"), lang));
  LanguageProfile german{"de", {}, -18.8f};
  for (const char* word : {"der", "die", "das", "und", "mit", "dem", "im", "hat", "sind", "nicht"})
    german.words.emplace_back(word, -4.0f);
  for (const char* word : {"hund", "katze", "garten", "nachbar", "kinder", "ball", "wiese",
                           "wohnung", "bahnhof", "zug", "verspätung", "stunde"})
    german.words.emplace_back(word, -8.0f);
  profiles.push_back(german);
  return LanguageDetector(profiles, {}, {}, {true, true, !capital_marks_noun});
}

Segments segments_of(const LanguageDetector& detector, std::string_view line) {
  Segments out;
  for (const auto& span : detector.detect(line)) {
    std::string_view text = line.substr(span.begin, span.end - span.begin);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    out.emplace_back(std::string(text), span.lang);
  }
  return out;
}

}  // namespace

TEST_CASE("where a capital marks a noun, capitalised words are that language's evidence") {
  const std::string_view line = "Der Hund und die Katze sind im Garten. Der Zug hat eine Stunde Verspätung.";
  const LanguageDetector nouns = detector_with_german(true);
  CHECK(segments_of(nouns, line) == Segments{{std::string(line), "de"}});
  // A German noun inside an English sentence is one German word among English ones.
  CHECK(segments_of(nouns, "We waited for our friends at the Bahnhof until the evening.") ==
        Segments{{"We waited for our friends at the Bahnhof until the evening.", "en"}});
}

TEST_CASE("a capital marks a noun only for words of a language whose plugin says so") {
  using textnorm::detail::WordEvidence;
  LanguageProfile english{"en", {{"the", -3.0f}, {"paris", -11.0f}, {"see", -11.5f}}, -18.8f};
  LanguageProfile german{"de", {{"der", -3.0f}, {"hund", -9.0f}, {"see", -12.0f}}, -18.8f};
  textnorm::detail::WordPieces words;
  textnorm::detail::tokenize_words("Der Hund sah Paris und See", {}, words);
  REQUIRE(words.pieces.size() == 6);
  for (const bool german_nouns : {true, false}) {
    CAPTURE(german_nouns);
    const WordEvidence evidence({textnorm::detail::ProfileTable(english),
                                 textnorm::detail::ProfileTable(german)},
                                {true, !german_nouns});
    std::vector<textnorm::detail::WordScore> scores;
    std::vector<std::uint64_t> hashes;
    evidence.score(words, scores, hashes);
    CHECK(scores[1].capital_marks_noun == german_nouns);    // Hund: confident German
    CHECK(scores[1].may_be_name(words.pieces[1]) == !german_nouns);
    CHECK_FALSE(scores[3].capital_marks_noun);               // Paris: English evidence
    CHECK(scores[3].may_be_name(words.pieces[3]));
    CHECK_FALSE(scores[5].capital_marks_noun);               // See: too close to call
  }
}
