#include "text/word_table.hpp"


namespace textnorm::detail {

void WordTable::reserve(std::size_t words) {
  std::size_t slots = slots_.empty() ? 64 : slots_.size();
  // Keep the load under one half so that probes stay short.
  while (slots < 2 * words) slots *= 2;
  if (slots != slots_.size()) rehash(slots);
  offsets_.reserve(words);
}

std::uint32_t WordTable::insert(std::string_view word, std::uint64_t hash) {
  const std::uint32_t existing = find(word, hash);
  if (existing != kMissing) return existing;
  if (2 * (offsets_.size() + 1) > slots_.size()) reserve(offsets_.size() + 1);
  const auto row = static_cast<std::uint32_t>(offsets_.size());
  offsets_.push_back(static_cast<std::uint32_t>(keys_.size()));
  keys_.append(word);
  place({prefix_of(word), static_cast<std::uint32_t>(word.size()), row}, hash);
  return row;
}

std::vector<std::uint32_t> WordTable::insert_all(const std::vector<std::string_view>& words) {
  constexpr std::size_t kAhead = 16;  // about the misses a core keeps in flight
  reserve(size() + words.size());
  std::vector<std::uint64_t> hashes(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) hashes[i] = hash_of(words[i]);
  std::vector<std::uint32_t> rows(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i + kAhead < words.size()) prefetch(hashes[i + kAhead]);
    rows[i] = insert(words[i], hashes[i]);
  }
  return rows;
}

void WordTable::place(Slot slot, std::uint64_t hash) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  while (slots_[i].row != kMissing) i = (i + 1) & mask;
  slots_[i] = slot;
}

void WordTable::rehash(std::size_t slots) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(slots, Slot{0, 0, kMissing});
  for (const Slot& slot : old) {
    if (slot.row == kMissing) continue;
    place(slot, hash_of(std::string_view(keys_).substr(offsets_[slot.row], slot.length)));
  }
}

}  // namespace textnorm::detail
