#include "segment/sentence_splitter.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

namespace {

using textnorm::detail::SentenceSplitter;

const SentenceSplitter& splitter() {
  static const SentenceSplitter instance({"Mr.", "Dr.", "Mme.", "Mrs.", "nov.", "No."});
  return instance;
}

std::vector<std::string> sentences(std::string_view line) {
  std::vector<std::string> out;
  for (const auto& span : splitter().split(line)) {
    out.emplace_back(line.substr(span.begin, span.end - span.begin));
  }
  return out;
}

bool covers(std::string_view line) {
  std::size_t position = 0;
  for (const auto& span : splitter().split(line)) {
    if (span.begin != position || span.end <= span.begin) return false;
    position = span.end;
  }
  return position == line.size();
}

}  // namespace

TEST_CASE("a line without an inner terminator is one sentence") {
  CHECK(sentences("A quiet afternoon at the harbour") ==
        std::vector<std::string>{"A quiet afternoon at the harbour"});
  CHECK(sentences("").empty());
}

TEST_CASE("sentences keep the spaces that follow them") {
  CHECK(sentences("The kettle boiled.  We drank tea. ") ==
        std::vector<std::string>{"The kettle boiled.  ", "We drank tea. "});
}

TEST_CASE("listed abbreviations do not end a sentence") {
  CHECK(sentences("Mr. Okafor and Dr. Lindqvist arrived late. The talk began.") ==
        std::vector<std::string>{"Mr. Okafor and Dr. Lindqvist arrived late. ", "The talk began."});
  CHECK(sentences("Mme. Fabre est partie. Elle reviendra.") ==
        std::vector<std::string>{"Mme. Fabre est partie. ", "Elle reviendra."});
}

TEST_CASE("initials do not end a sentence") {
  CHECK(sentences("She quoted J. R. R. Tolkien at length. Nobody minded.") ==
        std::vector<std::string>{"She quoted J. R. R. Tolkien at length. ", "Nobody minded."});
  CHECK(sentences("The U.S. Senate voted. M. Girard a voté.") ==
        std::vector<std::string>{"The U.S. Senate voted. ", "M. Girard a voté."});
}

TEST_CASE("numbers with dots and commas stay whole") {
  CHECK(sentences("Shares fell 12.75% to 3,410 points. Le stock atteint 8.250 tonnes.") ==
        std::vector<std::string>{"Shares fell 12.75% to 3,410 points. ",
                                 "Le stock atteint 8.250 tonnes."});
}

TEST_CASE("a sentence may end with a number before a sentence starting with one") {
  CHECK(sentences("The bridge opened in 1998. 40 cars crossed it that day.") ==
        std::vector<std::string>{"The bridge opened in 1998. ", "40 cars crossed it that day."});
  CHECK(sentences("Le 3 nov. 2021 il pleuvait.") ==
        std::vector<std::string>{"Le 3 nov. 2021 il pleuvait."});
}

TEST_CASE("an ellipsis ends a sentence only before a capital") {
  CHECK(sentences("He waited... and waited. Then he left.") ==
        std::vector<std::string>{"He waited... and waited. ", "Then he left."});
  CHECK(sentences("Elle hésita… Puis elle sortit.") ==
        std::vector<std::string>{"Elle hésita… ", "Puis elle sortit."});
}

TEST_CASE("a closing quote after a terminator stays with its sentence") {
  CHECK(sentences("Il cria « Au feu ! » puis il courut. Personne ne bougea.") ==
        std::vector<std::string>{"Il cria « Au feu ! » puis il courut. ", "Personne ne bougea."});
  CHECK(sentences("\"Run!\" she shouted. We ran.") ==
        std::vector<std::string>{"\"Run!\" she shouted. ", "We ran."});
}

TEST_CASE("French spacing before ? and ! still ends the sentence") {
  CHECK(sentences("Tu viens ? Oui ! I am coming.") ==
        std::vector<std::string>{"Tu viens ? ", "Oui ! ", "I am coming."});
}

TEST_CASE("spans cover the line") {
  for (std::string_view line : {"One. Two? Three!", "  leading spaces. Trailing spaces.   ", "...",
                                "« Oui. » Non.", "Dr. No. 5 was. 7 more.", "x", "3.14. 2.71."}) {
    CAPTURE(line);
    CHECK(covers(line));
  }
}
