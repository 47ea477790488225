#include "langid/word_evidence.hpp"

#include <algorithm>
#include <numeric>

namespace textnorm::detail {

WordEvidence::WordEvidence(const std::vector<LanguageProfile>& profiles)
    : languages_(profiles.size()) {
  const std::size_t n = languages_;
  // Every profile's words, then each distinct word once with its weight in each language.
  std::vector<std::string_view> listed;
  for (const LanguageProfile& profile : profiles)
    for (const auto& entry : profile.words) listed.push_back(entry.first);
  WordTable first_seen;
  const std::vector<std::uint32_t> listed_rows = first_seen.insert_all(listed);
  std::vector<std::string_view> words(first_seen.size());
  std::vector<float> weights(first_seen.size() * n);
  for (std::size_t row = 0; row < first_seen.size(); ++row)
    for (std::size_t l = 0; l < n; ++l) weights[row * n + l] = profiles[l].unknown_word_weight;
  std::size_t k = 0;
  for (std::size_t l = 0; l < n; ++l) {
    for (const auto& [word, weight] : profiles[l].words) {
      words[listed_rows[k]] = word;
      weights[listed_rows[k] * n + l] = weight;
      ++k;
    }
  }
  std::vector<float> best(words.size());
  for (std::size_t row = 0; row < words.size(); ++row) {
    best[row] = *std::max_element(&weights[row * n], &weights[row * n] + n);
  }
  std::vector<std::uint32_t> order(words.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return best[a] > best[b]; });
  std::vector<std::string_view> by_probability;
  by_probability.reserve(words.size());
  for (const std::uint32_t old_row : order) by_probability.push_back(words[old_row]);
  table_.insert_all(by_probability);
  by_probability.resize(std::min(by_probability.size(), kHotWords));
  hot_.insert_all(by_probability);
  evidence_.reserve(weights.size());
  best_log_probability_.reserve(words.size());
  for (const std::uint32_t old_row : order) {
    best_log_probability_.push_back(best[old_row]);
    std::uint8_t confident = kNoLanguage;
    for (std::size_t l = 0; l < n; ++l) {
      const float relative = weights[old_row * n + l] - best[old_row];
      evidence_.push_back(std::max(relative, -kMaxWordEvidence));
      if (relative == 0.0f) {
        confident = confident == kNoLanguage ? static_cast<std::uint8_t>(l) : kNoLanguage - 1;
      } else if (relative > -kConfidentWord) {
        confident = kNoLanguage - 1;  // another language comes too close
      }
    }
    confident_language_.push_back(confident >= n ? kNoLanguage : confident);
  }
}

void WordEvidence::rows(const WordPieces& words, std::vector<std::uint32_t>& rows) const {
  const std::size_t n = words.pieces.size();
  rows.assign(n, kUnknown);
  thread_local std::vector<std::uint64_t> hashes;
  hashes.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    hashes[i] = WordTable::hash_of(words.key(words.pieces[i]));
    hot_.prefetch(hashes[i]);
  }
  bool missed = false;
  for (std::size_t i = 0; i < n; ++i) {
    rows[i] = hot_.find(words.key(words.pieces[i]), hashes[i]);
    if (rows[i] == kUnknown) {
      table_.prefetch(hashes[i]);
      missed = true;
    }
  }
  if (!missed) return;
  for (std::size_t i = 0; i < n; ++i)
    if (rows[i] == kUnknown) rows[i] = table_.find(words.key(words.pieces[i]), hashes[i]);
}

}  // namespace textnorm::detail
