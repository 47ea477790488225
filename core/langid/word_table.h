// A read-only map from words to row numbers, laid out for fast lookups.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace textnorm::detail {

// Open addressing over one array of (hash, row) slots, the keys packed in one string: a lookup
// touches one slot and, on a hash match, one key. Built once, then safe to read from threads.
class WordTable {
 public:
  static constexpr std::uint32_t kMissing = 0xFFFFFFFFu;

  // Adds `word` if new; returns its row (rows count up from 0 in order of first insertion).
  std::uint32_t insert(std::string_view word);
  std::uint32_t find(std::string_view word) const;
  std::size_t size() const { return entries_.size(); }

 private:
  struct Slot {
    std::uint32_t hash;
    std::uint32_t row;  // kMissing when empty
  };
  struct Entry {
    std::uint32_t offset;
    std::uint32_t length;
  };

  static std::uint32_t hash_of(std::string_view word);
  void grow();

  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
  std::string keys_;
};

}  // namespace textnorm::detail
