#include "langid/word_evidence.hpp"

#include <algorithm>

namespace textnorm::detail {

WordEvidence::WordEvidence(std::vector<ProfileTable> profiles, std::vector<bool> capitals_mark_names)
    : profiles_(std::move(profiles)), capitals_mark_names_(std::move(capitals_mark_names)) {
  capitals_mark_names_.resize(profiles_.size(), true);
  for (const ProfileTable& profile : profiles_) {
    const std::size_t hot = std::min<std::size_t>(profile.size(), kHotWordsPerProfile);
    hot_.reserve(hot_.size() + hot);
    for (std::uint32_t row = 0; row < hot; ++row) {
      const std::string_view word = profile.key(row);
      const std::uint64_t hash = WordTable::hash_of(word);
      if (hot_.insert(word, hash) == hot_scores_.size()) hot_scores_.push_back(score_of(word, hash));
    }
  }
}

WordScore WordEvidence::score_of(std::string_view word, std::uint64_t hash) const {
  const std::size_t n = profiles_.size();
  WordScore score;
  std::array<float, kMaxLanguages> weight{};
  for (std::size_t l = 0; l < n; ++l) {
    const std::uint32_t row = profiles_[l].find(word, hash);
    score.known = score.known || row != WordTable::kMissing;
    weight[l] = row == WordTable::kMissing ? profiles_[l].unknown_weight() : profiles_[l].weight(row);
  }
  if (!score.known) return score;
  const float best = *std::max_element(weight.begin(), weight.begin() + std::ptrdiff_t(n));
  score.best_log_probability = best;
  std::uint8_t confident = kNoLanguage;
  for (std::size_t l = 0; l < n; ++l) {
    const float relative = weight[l] - best;
    score.evidence[l] = std::max(relative, -kMaxWordEvidence);
    if (relative == 0.0f) {
      confident = confident == kNoLanguage ? static_cast<std::uint8_t>(l) : kNoLanguage - 1;
    } else if (relative > -kConfidentWord) {
      confident = kNoLanguage - 1;  // another language comes too close
    }
  }
  score.confident_language = confident >= n ? kNoLanguage : confident;
  score.capital_marks_noun = confident < n && !capitals_mark_names_[confident];
  return score;
}

void WordEvidence::score(const WordPieces& words, std::vector<WordScore>& scores,
                         std::vector<std::uint64_t>& hashes) const {
  const std::size_t n = words.pieces.size();
  scores.resize(n);
  hashes.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    hashes[i] = WordTable::hash_of(words.key(words.pieces[i]));
    hot_.prefetch(hashes[i]);
  }
  bool missed = false;
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint32_t row = hot_.find(words.key(words.pieces[i]), hashes[i]);
    if (row != WordTable::kMissing) {
      scores[i] = hot_scores_[row];
      continue;
    }
    scores[i].known = false;
    for (const ProfileTable& profile : profiles_) profile.prefetch(hashes[i]);
    missed = true;
  }
  if (!missed) return;
  for (std::size_t i = 0; i < n; ++i)
    if (!scores[i].known) scores[i] = score_of(words.key(words.pieces[i]), hashes[i]);
}

}  // namespace textnorm::detail
