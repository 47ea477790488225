#include "text/word_table.hpp"

#include <cstring>

namespace textnorm::detail {
namespace {

// The n <= 8 bytes at `bytes` as one integer, reading only those bytes: two overlapping loads
// from 4 bytes on, three single bytes below. Different bytes of one length give different
// integers, which is all that hashing and comparing keys of equal length need.
std::uint64_t load_partial(const char* bytes, std::size_t n) {
  if (n >= 4) {
    std::uint32_t low, high;
    std::memcpy(&low, bytes, 4);
    std::memcpy(&high, bytes + n - 4, 4);
    return (std::uint64_t(high) << 32) | low;
  }
  if (n == 0) return 0;
  const auto byte = [&](std::size_t i) {
    return std::uint64_t(static_cast<unsigned char>(bytes[i]));
  };
  return byte(0) | (byte(n / 2) << 8) | (byte(n - 1) << 16);
}

// A 64-bit multiply-xorshift finish (from splitmix64): spreads every input bit.
std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 31;
  x *= 0x7fb5d329728ea185ull;
  x ^= x >> 27;
  x *= 0x81dadef4bc2dd44dull;
  return x ^ (x >> 33);
}

}  // namespace

// Eight bytes at a time: most words are one load and one mix.
std::uint64_t WordTable::hash_of(std::string_view word) {
  std::uint64_t hash = word.size() * 0x9e3779b97f4a7c15ull;
  std::size_t i = 0;
  for (; i + 8 <= word.size(); i += 8) hash = mix(hash ^ load_partial(word.data() + i, 8));
  if (i < word.size()) hash = mix(hash ^ load_partial(word.data() + i, word.size() - i));
  return hash;
}

std::uint64_t WordTable::prefix_of(std::string_view word) {
  return load_partial(word.data(), word.size() < 8 ? word.size() : 8);
}

namespace {

bool matches(const WordTable::Layout& layout, const WordTable::Slot& slot, std::string_view word,
             std::uint64_t prefix) {
  if (slot.length != word.size() || slot.prefix != prefix) return false;
  // The rest eight bytes at a time, inline: a library memcmp call costs more than short words.
  const char* key = layout.keys + layout.offsets[slot.row];
  for (std::size_t i = 8; i < word.size(); i += 8) {
    const std::size_t n = word.size() - i < 8 ? word.size() - i : 8;
    if (load_partial(key + i, n) != load_partial(word.data() + i, n)) return false;
  }
  return true;
}

}  // namespace

std::uint32_t WordTable::find(const Layout& layout, std::string_view word, std::uint64_t hash) {
  if (layout.slot_count == 0) return kMissing;
  const std::uint64_t prefix = prefix_of(word);
  const std::size_t mask = layout.slot_count - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = layout.slots[i];
    if (slot.row == kMissing) return kMissing;
    if (matches(layout, slot, word, prefix)) return slot.row;
  }
}

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
