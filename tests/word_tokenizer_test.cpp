// The word pieces language detection looks up: apostrophes, clitics from the plugins, case.
#include <doctest/doctest.h>

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
