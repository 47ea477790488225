// The multi-pattern name matcher: keys, whole words, longest match, separators.
#include "names/name_matcher.hpp"
#include "text/utf8.hpp"

#include <doctest/doctest.h>
#include <unicode/uchar.h>

#include <string>
#include <vector>

using textnorm::detail::NameMatcher;
using textnorm::detail::name_key;

namespace {

std::vector<std::string> matches(const NameMatcher& m, std::string_view text) {
  std::vector<std::string> out;
  m.scan(text, [&](const NameMatcher::Match& x) {
    out.push_back(std::string(text.substr(x.begin, x.end - x.begin)) + "=" + std::to_string(x.value));
  });
  return out;
}

NameMatcher sample() {
  NameMatcher m;
  m.add("Pashinian", 1);
  m.add("Nagorny Karabakh", 2);
  m.add("Karabakh", 3);
  m.add("Aliev", 4);
  m.add("Bakı", 5);
  m.add("Пашиняну", 6);
  m.add("St. Petersburg", 7);
  return m;
}

}  // namespace

TEST_CASE("name keys: lowercase, no diacritics, space and hyphen alike") {
  std::string key;
  CHECK((name_key("Nagorny-Karabakh", key) && key == "nagorny karabakh"));
  CHECK((name_key("Nagorny Karabakh", key) && key == "nagorny karabakh"));
  CHECK((name_key("Sergueï", key) && key == "serguei"));
  CHECK((name_key("Bakı", key) && key == "baki"));
  CHECK((name_key("Michał Đorđević-Søren", key) && key == "michal dordevic soren"));
  CHECK((name_key("ПАШИНЯН", key) && key == "пашинян"));
  CHECK((name_key("Step'anavan", key) && key == "step'anavan"));
  CHECK_FALSE(name_key("Russie, Fédération de", key));
  CHECK_FALSE(name_key("", key));
}

TEST_CASE("every ASCII byte is lowered like tolower, at every place of a word and around marks") {
  std::size_t wrong = 0;
  for (int b = 1; b < 0x80; ++b) {
    for (std::size_t at = 0; at < 19; ++at) {
      std::string word(19, 'X');
      word[at] = char(b);
      std::string expected(19, 'x');
      expected[at] = char(b >= 'A' && b <= 'Z' ? b + 32 : b);
      for (const std::string& tail : {std::string(), std::string("\xC3\x89Z")}) {  // ÉZ: éz
        std::string key = "K";
        textnorm::detail::name_text::append_lower_with_marks(word + tail, key);
        if (key != "K" + expected + (tail.empty() ? "" : "\xC3\xA9z")) ++wrong;
      }
    }
  }
  CHECK(wrong == 0);
}

TEST_CASE("long words that mix scripts are lowered whole, across the copy's chunks") {
  // ASCII runs longer than one chunk of the copy, ended by É at every offset around 64 and 128.
  for (std::size_t run = 60; run < 140; ++run) {
    std::string word, expected;
    for (int part = 0; part < 3; ++part) {
      word += std::string(run, 'Q') + "\xC3\x89";  // É
      expected += std::string(run, 'q') + "\xC3\xA9";
    }
    std::string key;
    textnorm::detail::name_text::append_lower_with_marks(word, key);
    CAPTURE(run);
    CHECK(key == expected);
  }
}

TEST_CASE("every two-byte letter is lowered like u_tolower, and bad bytes become U+FFFD") {
  std::size_t wrong = 0;
  for (char32_t c = 0x80; c < 0x800; ++c) {
    std::string letter;
    textnorm::detail::append_utf8(letter, c);
    std::string expected = "k";
    const UChar32 lower = u_tolower(static_cast<UChar32>(c));
    textnorm::detail::append_utf8(expected, static_cast<char32_t>(lower));
    std::string key = "k";
    textnorm::detail::name_text::append_lower_with_marks(letter, key);
    if (key != expected) ++wrong;
  }
  CHECK(wrong == 0);
  std::string key;
  textnorm::detail::name_text::append_lower_with_marks("\xC2" "A\xC1\xBF\xD0", key);
  CHECK(key == "\xEF\xBF\xBD" "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("whole words only, longest match, any case of the first capital") {
  const NameMatcher m = sample();
  CHECK(matches(m, "Pashinian said") == std::vector<std::string>{"Pashinian=1"});
  CHECK(matches(m, "PASHINIAN said") == std::vector<std::string>{"PASHINIAN=1"});
  CHECK(matches(m, "Pashinians said").empty());
  CHECK(matches(m, "MacPashinian").empty());
  // A capital inside a word, after an ASCII or a non-ASCII letter or a digit, starts no name.
  CHECK(matches(m, "cafÉAliev, caféAliev, 3Aliev, Aliev") == std::vector<std::string>{"Aliev=4"});
  CHECK(matches(m, "pashinian said").empty());  // a name starts with a capital
  CHECK(matches(m, "in Nagorny Karabakh.") == std::vector<std::string>{"Nagorny Karabakh=2"});
  CHECK(matches(m, "in Nagorny-Karabakh.") == std::vector<std::string>{"Nagorny-Karabakh=2"});
  CHECK(matches(m, "in Nagorny  Karabakh") == std::vector<std::string>{"Karabakh=3"});
  CHECK(matches(m, "the Karabakh war") == std::vector<std::string>{"Karabakh=3"});
  CHECK(matches(m, "St. Petersburg") == std::vector<std::string>{"St. Petersburg=7"});
}

TEST_CASE("possessives and French elision around a name") {
  const NameMatcher m = sample();
  CHECK(matches(m, "Pashinian's party") == std::vector<std::string>{"Pashinian=1"});
  CHECK(matches(m, "Pashinian\u2019s party") == std::vector<std::string>{"Pashinian=1"});
  CHECK(matches(m, "le gouvernement d'Aliev") == std::vector<std::string>{"Aliev=4"});
  CHECK(matches(m, "l\u2019Aliev") == std::vector<std::string>{"Aliev=4"});
  CHECK(matches(m, "«Aliev»") == std::vector<std::string>{"Aliev=4"});
}

TEST_CASE("non-Latin scripts and diacritics") {
  const NameMatcher m = sample();
  CHECK(matches(m, "Bakı, Baki, BAKI") ==
        std::vector<std::string>{"Bakı=5", "Baki=5", "BAKI=5"});
  CHECK(matches(m, "сказал Пашиняну.") == std::vector<std::string>{"Пашиняну=6"});
  CHECK(matches(m, "Пашиняну́").size() == 1);
}

TEST_CASE("negatives: words that merely start like a name") {
  const NameMatcher m = sample();
  for (const char* text : {"Armenian", "Armenia", "Armenians", "alive", "Serge", "Lavrova",
                           "poutine", "Baker", "Bakery", "Alievs", "Karabakhi"})
    CHECK_MESSAGE(matches(m, text).empty(), text);
}

TEST_CASE("time does not depend on the number of names: one lookup per capital word") {
  NameMatcher m;
  for (uint32_t i = 0; i < 50000; ++i) m.add("Zq" + std::to_string(i) + "x Name", i);
  CHECK(m.size() == 50000);
  CHECK(matches(m, "Zq77x Name and Zq77x") == std::vector<std::string>{"Zq77x Name=77"});
}
