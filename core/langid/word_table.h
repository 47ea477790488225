// A read-only map from words to row numbers, laid out for fast lookups.
#pragma once

#include <cstddef>
#include <cstdint>
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

  // Adds `word` if new; returns its row (rows count up from 0 in order of first insertion).
  std::uint32_t insert(std::string_view word);
  std::uint32_t find(std::string_view word) const;
  std::size_t size() const { return offsets_.size(); }

 private:
  struct Slot {
    std::uint64_t prefix;  // the key's first 8 bytes, zero-padded
    std::uint32_t length;
    std::uint32_t row;  // kMissing when empty
  };

  static std::uint64_t hash_of(std::string_view word);
  static std::uint64_t prefix_of(std::string_view word);
  bool matches(const Slot& slot, std::string_view word, std::uint64_t prefix) const;
  void place(Slot slot, std::string_view word);
  void grow();

  std::vector<Slot> slots_;
  std::vector<std::uint32_t> offsets_;  // per row, where its key starts in keys_
  std::string keys_;
};

}  // namespace textnorm::detail
