// A map from words to row numbers, built once and then read, laid out for fast lookups.
#ifndef TEXTNORM_CORE_TEXT_WORD_TABLE_HPP
#define TEXTNORM_CORE_TEXT_WORD_TABLE_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace textnorm::detail {

// Open addressing over one array of slots that hold each key's length and first 8 bytes, so a
// lookup of a word of up to 8 bytes (most running words) touches one slot per probe; longer
// keys are confirmed in one packed string. Keys must not contain NUL. Built once, then safe
// to read from several threads.
class WordTable {
 public:
  static constexpr std::uint32_t kMissing = 0xFFFFFFFFu;

  struct Slot {
    std::uint64_t prefix;  // the key's first 8 bytes as one integer (see load_partial)
    std::uint32_t length;
    std::uint32_t row;  // kMissing when empty
  };
  // The arrays a lookup reads, wherever they are kept: a WordTable's own, or a compiled table
  // read in place (ProfileTable).
  struct Layout {
    const Slot* slots = nullptr;
    std::size_t slot_count = 0;  // a power of two, or 0
    const std::uint32_t* offsets = nullptr;  // per row, where its key starts in keys
    const char* keys = nullptr;
  };
  // The row of `word` (whose hash_of is `hash`) in `layout`, or kMissing.
  static std::uint32_t find(const Layout& layout, std::string_view word, std::uint64_t hash);

  // Makes room for `words` keys in all, so that inserting them never rehashes.
  void reserve(std::size_t words);
  // Adds `word` if new; returns its row (rows count up from 0 in order of first insertion).
  std::uint32_t insert(std::string_view word) { return insert(word, hash_of(word)); }
  std::uint32_t insert(std::string_view word, std::uint64_t hash);
  // insert() of each word in order, their rows in order: faster for many words, as the slots
  // of the words ahead are loaded while the current one goes in.
  std::vector<std::uint32_t> insert_all(const std::vector<std::string_view>& words);
  std::uint32_t find(std::string_view word) const { return find(word, hash_of(word)); }
  // The same with hash_of(word) computed by the caller, once for several tables.
  std::uint32_t find(std::string_view word, std::uint64_t hash) const {
    return find(layout(), word, hash);
  }
  std::size_t size() const { return offsets_.size(); }
  Layout layout() const { return {slots_.data(), slots_.size(), offsets_.data(), keys_.data()}; }
  const std::string& keys() const { return keys_; }
  // The key of `row`.
  std::string_view key(std::uint32_t row) const {
    const std::size_t end = row + 1 < offsets_.size() ? offsets_[row + 1] : keys_.size();
    return std::string_view(keys_).substr(offsets_[row], end - offsets_[row]);
  }
  // Starts loading the slot where a lookup of `hash` begins: lookups of a line's words, each
  // prefetched first, wait for memory together instead of one after another.
  void prefetch(std::uint64_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }

  static std::uint64_t hash_of(std::string_view word);

 private:
  static std::uint64_t prefix_of(std::string_view word);
  static bool matches(const Layout& layout, const Slot& slot, std::string_view word,
                      std::uint64_t prefix);
  void place(Slot slot, std::uint64_t hash);
  void rehash(std::size_t slots);

  std::vector<Slot> slots_;
  std::vector<std::uint32_t> offsets_;  // per row, where its key starts in keys_
  std::string keys_;
};

// Defined here, not in word_table.cpp, so that the per-word lookups of language detection and
// the names stage inline them.
namespace word_table_bits {

// The n <= 8 bytes at `bytes` as one integer, reading only those bytes: two overlapping loads
// from 4 bytes on, three single bytes below. Different bytes of one length give different
// integers, which is all that hashing and comparing keys of equal length need.
inline std::uint64_t load_partial(const char* bytes, std::size_t n) {
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
inline std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 31;
  x *= 0x7fb5d329728ea185ull;
  x ^= x >> 27;
  x *= 0x81dadef4bc2dd44dull;
  return x ^ (x >> 33);
}

}  // namespace word_table_bits

// Eight bytes at a time: most words are one load and one mix. Compiled profiles store slots
// placed by this hash: changing it changes their format.
inline std::uint64_t WordTable::hash_of(std::string_view word) {
  using word_table_bits::load_partial, word_table_bits::mix;
  std::uint64_t hash = word.size() * 0x9e3779b97f4a7c15ull;
  std::size_t i = 0;
  for (; i + 8 <= word.size(); i += 8) hash = mix(hash ^ load_partial(word.data() + i, 8));
  if (i < word.size()) hash = mix(hash ^ load_partial(word.data() + i, word.size() - i));
  return hash;
}

inline std::uint64_t WordTable::prefix_of(std::string_view word) {
  return word_table_bits::load_partial(word.data(), word.size() < 8 ? word.size() : 8);
}

inline bool WordTable::matches(const Layout& layout, const Slot& slot, std::string_view word,
                               std::uint64_t prefix) {
  if (slot.length != word.size() || slot.prefix != prefix) return false;
  // The rest eight bytes at a time, inline: a library memcmp call costs more than short words.
  using word_table_bits::load_partial;
  const char* key = layout.keys + layout.offsets[slot.row];
  for (std::size_t i = 8; i < word.size(); i += 8) {
    const std::size_t n = word.size() - i < 8 ? word.size() - i : 8;
    if (load_partial(key + i, n) != load_partial(word.data() + i, n)) return false;
  }
  return true;
}

inline std::uint32_t WordTable::find(const Layout& layout, std::string_view word,
                                     std::uint64_t hash) {
  if (layout.slot_count == 0) return kMissing;
  const std::uint64_t prefix = prefix_of(word);
  const std::size_t mask = layout.slot_count - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = layout.slots[i];
    if (slot.row == kMissing) return kMissing;
    if (matches(layout, slot, word, prefix)) return slot.row;
  }
}

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_TEXT_WORD_TABLE_HPP
