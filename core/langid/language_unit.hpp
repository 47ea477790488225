// The pieces of a line between which its language may change.
#ifndef TEXTNORM_CORE_LANGID_LANGUAGE_UNIT_HPP
#define TEXTNORM_CORE_LANGID_LANGUAGE_UNIT_HPP

#include <array>
#include <cstddef>

namespace textnorm::detail {

inline constexpr std::size_t kMaxLanguages = 8;

// What starts a unit, from the cheapest place for a change of language to the dearest.
enum class Boundary { kSentence, kQuotation, kCapital };

struct LanguageUnit {
  std::size_t begin;
  std::size_t end;
  Boundary before;
  bool has_evidence = false;
  bool only_names = true;                     // every word is capitalised inside the sentence
  bool opens_with_frequent_word = false;      // its first word is common ("The"), not rare
  bool closes_with_frequent_word = false;     // its last word is common ("de")
  std::array<float, kMaxLanguages> scores{};  // per language: summed word evidence, in nats
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_LANGID_LANGUAGE_UNIT_HPP
