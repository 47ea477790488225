// A language profile compiled into one block of bytes that is read in place: a plugin embeds
// it (textnorm-compile-profile makes it at build time) and hands it to the host through the
// evidence sink (ABI 1.4), so that start-up neither parses nor hashes the profile's words.
//
// Format 1, little-endian, every array 8-byte aligned from the block's start:
//   header     "textnorm" "prof" u32 format(=1) u32 words u32 slots f32 unknown u32 keys_size
//              (32 bytes)
//   slots      `slots` WordTable::Slot (16 bytes each: u64 prefix, u32 length, u32 row)
//   offsets    `words` + 1 u32: where each row's key starts in keys, then keys_size
//   weights    `words` f32: natural log of each word's probability, rows from the likeliest
//   keys       `keys_size` bytes: the words, lowercase NFC, as word_tokenizer.hpp cuts them
// The slots are WordTable's open addressing over WordTable::hash_of, so the hash function is
// part of the format: changing it needs a new format number, and the host reads every format
// it ever accepted.
#ifndef TEXTNORM_CORE_LANGID_PROFILE_TABLE_HPP
#define TEXTNORM_CORE_LANGID_PROFILE_TABLE_HPP

#include "langid/language_profile.hpp"
#include "text/word_table.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace textnorm::detail {

class ProfileTable {
 public:
  // The format-1 bytes of `profile`, its rows ordered from the likeliest word down (ties in
  // the profile's order).
  static std::string compile(const LanguageProfile& profile);

  // Reads `bytes` in place; they must outlive the table. Throws std::runtime_error saying what
  // is wrong when the header or the sizes are not those of a format-1 table. The arrays are
  // not checked one by one (that would read megabytes at every start): like the plugin's code,
  // they are trusted to be what textnorm-compile-profile wrote.
  explicit ProfileTable(std::string_view bytes);
  // Compiles `profile` and owns the bytes (a profile a plugin reported word by word).
  explicit ProfileTable(const LanguageProfile& profile);

  std::size_t size() const { return words_; }
  float unknown_weight() const { return unknown_; }
  // The row of `word`, whose WordTable::hash_of is `hash`, or WordTable::kMissing.
  std::uint32_t find(std::string_view word, std::uint64_t hash) const {
    return WordTable::find(layout_, word, hash);
  }
  void prefetch(std::uint64_t hash) const {
    __builtin_prefetch(&layout_.slots[hash & (layout_.slot_count - 1)]);
  }
  float weight(std::uint32_t row) const { return weights_[row]; }
  std::string_view key(std::uint32_t row) const {
    return {layout_.keys + layout_.offsets[row], layout_.offsets[row + 1] - layout_.offsets[row]};
  }

 private:
  void read(std::string_view bytes);

  std::shared_ptr<const std::string> owned_;
  std::uint32_t words_ = 0;
  float unknown_ = 0;
  WordTable::Layout layout_;
  const float* weights_ = nullptr;
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_LANGID_PROFILE_TABLE_HPP
