// What each word says about each candidate language.
#ifndef TEXTNORM_CORE_LANGID_WORD_EVIDENCE_HPP
#define TEXTNORM_CORE_LANGID_WORD_EVIDENCE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "langid/language_profile.hpp"
#include "text/word_table.hpp"
#include "langid/word_tokenizer.hpp"

namespace textnorm::detail {

// The profiles' words merged into one table: per word and language, the log-probability
// relative to the likeliest language (0 there, negative elsewhere, never below
// -kMaxWordEvidence). Rows are numbered from the most probable word down, so the common words
// that make up most text share a few cache lines.
class WordEvidence {
 public:
  static constexpr std::uint32_t kUnknown = WordTable::kMissing;
  // One word never weighs more than this many nats: a dictionary gap must not decide alone.
  static constexpr float kMaxWordEvidence = 6.0f;
  // A word this many nats likelier in one language than in every other is confident evidence.
  static constexpr float kConfidentWord = 3.0f;
  static constexpr std::uint8_t kNoLanguage = 0xFF;

  explicit WordEvidence(const std::vector<LanguageProfile>& profiles);

  // The row of every piece of `words`, or kUnknown for a word no profile lists, into `rows`.
  void rows(const WordPieces& words, std::vector<std::uint32_t>& rows) const;
  // languages() values, one per profile in order.
  const float* evidence(std::uint32_t row) const { return &evidence_[row * languages_]; }
  // The word's log-probability in the language where it is likeliest.
  float best_log_probability(std::uint32_t row) const { return best_log_probability_[row]; }
  // The language the word is confident evidence for, or kNoLanguage.
  std::uint8_t confident_language(std::uint32_t row) const { return confident_language_[row]; }
  std::size_t languages() const { return languages_; }

 private:
  // The most probable words, small enough to stay in cache; rows as in table_.
  static constexpr std::size_t kHotWords = 16384;

  std::size_t languages_;
  WordTable hot_;
  WordTable table_;
  std::vector<float> evidence_;
  std::vector<float> best_log_probability_;
  std::vector<std::uint8_t> confident_language_;
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_LANGID_WORD_EVIDENCE_HPP
