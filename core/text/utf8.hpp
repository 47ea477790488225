// UTF-8 decoding, validation and encoding, with an ASCII fast path.
#ifndef TEXTNORM_CORE_TEXT_UTF8_HPP
#define TEXTNORM_CORE_TEXT_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include <textnorm/utf8.hpp>

namespace textnorm::detail {

// The one UTF-8 decoder, shared with the plugins (include/textnorm/utf8.hpp).
using sdk::decode_utf8;
using sdk::decode_utf8_before;
using sdk::kReplacementCharacter;

// Length of the valid sequence at text[i], or 0 when it is invalid; for an invalid sequence,
// `invalid_length` is the length of its maximal subpart (what one U+FFFD replaces).
inline std::size_t valid_sequence_length(std::string_view text, std::size_t i,
                                         std::size_t& invalid_length) {
  char32_t value = 0;
  return sdk::decode_sequence(text, i, value, invalid_length);
}

// Index of the first byte at or after `i` that is not ASCII, or text.size(); eight bytes at a
// time.
inline std::size_t skip_ascii(std::string_view text, std::size_t i) {
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    if ((word & 0x8080808080808080ULL) != 0) break;
  }
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
}

// Appends the UTF-8 encoding of `cp` (a Unicode scalar value).
void append_utf8(std::string& out, char32_t cp);

// Byte offset of the first invalid sequence, or npos when `text` is valid UTF-8.
std::size_t find_invalid_utf8(std::string_view text);

// `text` made fit for one line of a message: controls (a line break) become spaces and each byte
// of invalid UTF-8 becomes '?'.
std::string printable_line(std::string_view text);

// True when `text` holds only ASCII bytes.
bool is_ascii(std::string_view text);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_TEXT_UTF8_HPP
