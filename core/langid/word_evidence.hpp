// What each word says about each candidate language.
#ifndef TEXTNORM_CORE_LANGID_WORD_EVIDENCE_HPP
#define TEXTNORM_CORE_LANGID_WORD_EVIDENCE_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "langid/language_unit.hpp"
#include "langid/profile_table.hpp"
#include "langid/word_tokenizer.hpp"
#include "text/word_table.hpp"

namespace textnorm::detail {

// One word's evidence: per language, its log-probability relative to the likeliest language
// (0 there, negative elsewhere, never below -WordEvidence::kMaxWordEvidence).
struct WordScore {
  std::array<float, kMaxLanguages> evidence{};
  float best_log_probability = 0;  // in the language where it is likeliest
  std::uint8_t confident_language = 0xFF;  // the language it is confident evidence for, or 0xFF
  bool known = false;                      // some profile lists it; else it is no evidence
  // It is confident evidence for a language where a capital marks any noun (German), so a
  // capital on it inside a sentence is no sign of a name.
  bool capital_marks_noun = false;

  // Whether `piece`, scored so, may be a name: capitalised (not as a noun), or an acronym.
  bool may_be_name(const WordPiece& piece) const {
    return (piece.capitalized && !capital_marks_noun) || piece.all_caps;
  }
};

// The candidate languages' profiles, read in place (see ProfileTable), with the likeliest words
// of every profile merged into one small table, so that the running words of a text cost one
// lookup in cache; a rarer word is looked up in each profile.
class WordEvidence {
 public:
  // One word never weighs more than this many nats: a dictionary gap must not decide alone.
  static constexpr float kMaxWordEvidence = 6.0f;
  // A word this many nats likelier in one language than in every other is confident evidence.
  static constexpr float kConfidentWord = 3.0f;
  static constexpr std::uint8_t kNoLanguage = 0xFF;

  // One profile per candidate language, in the languages' order, and per language whether a
  // capital inside a sentence marks a name (en, fr) rather than any noun (de); empty: names in
  // every language.
  explicit WordEvidence(std::vector<ProfileTable> profiles,
                        std::vector<bool> capitals_mark_names = {});

  // The score of every piece of `words`, in order, into `scores`; `hashes` is scratch. Both
  // keep their capacity from line to line.
  void score(const WordPieces& words, std::vector<WordScore>& scores,
             std::vector<std::uint64_t>& hashes) const;
  std::size_t languages() const { return profiles_.size(); }

 private:
  // Words of each profile in the hot table: the likeliest, small enough to stay in cache.
  static constexpr std::size_t kHotWordsPerProfile = 8192;

  // The score of `word` from the profiles.
  WordScore score_of(std::string_view word, std::uint64_t hash) const;

  std::vector<ProfileTable> profiles_;
  std::vector<bool> capitals_mark_names_;  // per profile
  WordTable hot_;
  std::vector<WordScore> hot_scores_;  // per row of hot_
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_LANGID_WORD_EVIDENCE_HPP
