#include "core/langid/word_table.h"

namespace textnorm::detail {

std::uint32_t WordTable::hash_of(std::string_view word) {
  std::uint64_t hash = 0xcbf29ce484222325ull;  // FNV-1a, then a final mix of the high bits
  for (const char c : word) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return static_cast<std::uint32_t>(hash ^ (hash >> 32));
}

std::uint32_t WordTable::find(std::string_view word) const {
  if (slots_.empty()) return kMissing;
  const std::uint32_t hash = hash_of(word);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.row == kMissing) return kMissing;
    if (slot.hash != hash) continue;
    const Entry& entry = entries_[slot.row];
    if (entry.length == word.size() &&
        std::char_traits<char>::compare(keys_.data() + entry.offset, word.data(), word.size()) == 0) {
      return slot.row;
    }
  }
}

std::uint32_t WordTable::insert(std::string_view word) {
  const std::uint32_t existing = find(word);
  if (existing != kMissing) return existing;
  // Keep the load under one half so that probes stay short.
  if (2 * (entries_.size() + 1) > slots_.size()) grow();
  const auto row = static_cast<std::uint32_t>(entries_.size());
  entries_.push_back({static_cast<std::uint32_t>(keys_.size()),
                      static_cast<std::uint32_t>(word.size())});
  keys_.append(word);
  const std::uint32_t hash = hash_of(word);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  while (slots_[i].row != kMissing) i = (i + 1) & mask;
  slots_[i] = {hash, row};
  return row;
}

void WordTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{0, kMissing});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.row == kMissing) continue;
    std::size_t i = slot.hash & mask;
    while (slots_[i].row != kMissing) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

}  // namespace textnorm::detail
