#include "core/langid/word_table.h"

#include <cstring>

namespace textnorm::detail {

std::uint64_t WordTable::hash_of(std::string_view word) {
  std::uint64_t hash = 0xcbf29ce484222325ull;  // FNV-1a
  for (const char c : word) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return hash ^ (hash >> 29);
}

std::uint64_t WordTable::prefix_of(std::string_view word) {
  std::uint64_t prefix = 0;
  std::memcpy(&prefix, word.data(), word.size() < 8 ? word.size() : 8);
  return prefix;
}

bool WordTable::matches(const Slot& slot, std::string_view word, std::uint64_t prefix) const {
  if (slot.length != word.size() || slot.prefix != prefix) return false;
  return word.size() <= 8 ||
         std::memcmp(keys_.data() + offsets_[slot.row] + 8, word.data() + 8, word.size() - 8) == 0;
}

std::uint32_t WordTable::find(std::string_view word) const {
  if (slots_.empty()) return kMissing;
  const std::uint64_t prefix = prefix_of(word);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash_of(word) & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.row == kMissing) return kMissing;
    if (matches(slot, word, prefix)) return slot.row;
  }
}

std::uint32_t WordTable::insert(std::string_view word) {
  const std::uint32_t existing = find(word);
  if (existing != kMissing) return existing;
  // Keep the load under one half so that probes stay short.
  if (2 * (offsets_.size() + 1) > slots_.size()) grow();
  const auto row = static_cast<std::uint32_t>(offsets_.size());
  offsets_.push_back(static_cast<std::uint32_t>(keys_.size()));
  keys_.append(word);
  place({prefix_of(word), static_cast<std::uint32_t>(word.size()), row}, word);
  return row;
}

void WordTable::place(Slot slot, std::string_view word) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash_of(word) & mask;
  while (slots_[i].row != kMissing) i = (i + 1) & mask;
  slots_[i] = slot;
}

void WordTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{0, 0, kMissing});
  for (const Slot& slot : old) {
    if (slot.row == kMissing) continue;
    place(slot, std::string_view(keys_).substr(offsets_[slot.row], slot.length));
  }
}

}  // namespace textnorm::detail
