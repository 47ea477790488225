// The word pieces language detection looks up: apostrophes, clitics from the plugins, case.
#include <doctest/doctest.h>

#include <cctype>
#include <cstdint>
#include <string>
#include <vector>

#include "langid/word_tokenizer.hpp"

namespace {

using textnorm::detail::Clitics;
using textnorm::detail::WordPieces;

std::vector<std::string> keys(std::string_view text, const Clitics& clitics) {
  WordPieces words;
  textnorm::detail::tokenize_words(text, clitics, words);
  std::vector<std::string> out;
  for (const auto& piece : words.pieces) out.emplace_back(words.key(piece));
  return out;
}

}  // namespace

TEST_CASE("an elision keeps its apostrophe on the left piece") {
  CHECK(keys("L'amour d’Arménie", Clitics()) ==
        std::vector<std::string>{"l'", "amour", "d'", "arménie"});
}

TEST_CASE("only the clitics the plugins give are cut with the apostrophe on the right") {
  const Clitics english({"'t", "'ll", "’s"});
  CHECK(keys("Don't, we'll, it's", english) ==
        std::vector<std::string>{"don", "'t", "we", "'ll", "it", "'s"});
  CHECK(keys("Don't", Clitics()) == std::vector<std::string>{"don'", "t"});
  CHECK(english.contains("s"));
  CHECK_FALSE(english.contains("re"));
}

TEST_CASE("hyphens, digits and punctuation separate words; case is folded") {
  CHECK(keys("Jean-Pierre a 30 ans (VRAI).", Clitics()) ==
        std::vector<std::string>{"jean", "pierre", "a", "ans", "vrai"});
}

namespace {

// The reference for ASCII text: maximal runs of letters, lowercased, with their case flags.
struct AsciiWord {
  std::string key;
  bool capitalized;
  bool all_caps;
  friend bool operator==(const AsciiWord&, const AsciiWord&) = default;
};

std::vector<AsciiWord> reference_words(const std::string& text) {
  std::vector<AsciiWord> words;
  for (std::size_t i = 0; i < text.size();) {
    if (!std::isalpha(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    AsciiWord word{"", std::isupper(static_cast<unsigned char>(text[i])) != 0, true};
    for (; i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])); ++i) {
      word.key += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
      word.all_caps = word.all_caps && std::isupper(static_cast<unsigned char>(text[i]));
    }
    word.all_caps = word.all_caps && word.key.size() >= 2;
    words.push_back(word);
  }
  return words;
}

}  // namespace

TEST_CASE("ASCII words, eight bytes at a time, match a byte-by-byte reference") {
  // Letters of both cases, the bytes next to the letter ranges (@ [ ` {) and separators, in
  // words of every length around the 8-byte steps.
  const std::string alphabet = "aAzZmMqQ@[`{ -.,0";
  std::uint64_t state = 42;
  auto next = [&state](std::size_t bound) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>((state >> 33) % bound);
  };
  WordPieces words;
  for (int round = 0; round < 20000; ++round) {
    std::string text(next(40), ' ');
    for (char& c : text) c = next(3) == 0 ? alphabet[next(alphabet.size())] : alphabet[next(8)];
    textnorm::detail::tokenize_words(text, Clitics(), words);
    std::vector<AsciiWord> got;
    for (const auto& piece : words.pieces)
      got.push_back({std::string(words.key(piece)), piece.capitalized, piece.all_caps});
    REQUIRE_MESSAGE(got == reference_words(text), text);
  }
}
