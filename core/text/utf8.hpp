// UTF-8 decoding, validation and encoding, with an ASCII fast path.
#ifndef TEXTNORM_CORE_TEXT_UTF8_HPP
#define TEXTNORM_CORE_TEXT_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace textnorm::detail {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// Decodes the code point starting at text[i], which must be valid UTF-8; sets `length`.
inline char32_t decode_utf8(std::string_view text, std::size_t i, std::size_t& length) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + i;
  if (s[0] < 0x80) {
    length = 1;
    return s[0];
  }
  if (s[0] < 0xE0) {
    length = 2;
    return (char32_t(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
  }
  if (s[0] < 0xF0) {
    length = 3;
    return (char32_t(s[0] & 0x0F) << 12) | (char32_t(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
  }
  length = 4;
  return (char32_t(s[0] & 0x07) << 18) | (char32_t(s[1] & 0x3F) << 12) |
         (char32_t(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

// Decodes the code point that ends just before byte `i` (0 < i <= text.size()) of valid UTF-8.
inline char32_t decode_utf8_before(std::string_view text, std::size_t i) {
  std::size_t start = i - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  std::size_t length;
  return decode_utf8(text, start, length);
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

// Length of the valid sequence at text[i], or 0 when it is invalid; for an invalid sequence,
// `invalid_length` is the length of its maximal subpart (what one U+FFFD replaces).
std::size_t valid_sequence_length(std::string_view text, std::size_t i,
                                  std::size_t& invalid_length);

// Byte offset of the first invalid sequence, or npos when `text` is valid UTF-8.
std::size_t find_invalid_utf8(std::string_view text);

// `text` made fit for one line of a message: controls (a line break) become spaces and each byte
// of invalid UTF-8 becomes '?'.
std::string printable_line(std::string_view text);

// True when `text` holds only ASCII bytes.
bool is_ascii(std::string_view text);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_TEXT_UTF8_HPP
