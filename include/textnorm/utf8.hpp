// UTF-8 decoding, the one decoder of the host and of the plugins: the host validates every
// line with it, and its stages and the plugins read code points with it. Header-only, no
// dependency. On ill-formed bytes it never reads past the text and gives U+FFFD, one for each
// maximal subpart (Unicode 15, section 3.9, "U+FFFD Substitution of Maximal Subparts"), as the
// host's --invalid replace writes them and as ICU's U8_NEXT reads them.
#ifndef TEXTNORM_UTF8_HPP
#define TEXTNORM_UTF8_HPP

#include <cstddef>
#include <string_view>

namespace textnorm::sdk {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// The length of the well-formed sequence at text[i] (i < text.size()), or 0 when it is
// ill-formed; then `invalid_length` is the length of its maximal subpart. `value` is the code
// point of a well-formed sequence.
inline std::size_t decode_sequence(std::string_view text, std::size_t i, char32_t& value,
                                   std::size_t& invalid_length) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + i;
  const std::size_t available = text.size() - i;
  invalid_length = 1;
  if (s[0] < 0x80) {
    value = s[0];
    return 1;
  }
  std::size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte (Unicode Table 3-7)
  if (s[0] >= 0xC2 && s[0] <= 0xDF) {
    need = 2;
    value = s[0] & 0x1F;
  } else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
    need = 3;
    value = s[0] & 0x0F;
    if (s[0] == 0xE0) lo = 0xA0;
    if (s[0] == 0xED) hi = 0x9F;  // no surrogates
  } else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
    need = 4;
    value = s[0] & 0x07;
    if (s[0] == 0xF0) lo = 0x90;
    if (s[0] == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  for (std::size_t k = 1; k < need; ++k) {
    if (k >= available) return 0;
    const unsigned char b = s[k];
    if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return 0;
    value = (value << 6) | (b & 0x3F);
    invalid_length = k + 1;
  }
  return need;
}

// The code point at text[i] (i < text.size()) and, in `length`, its bytes; U+FFFD and the
// length of the maximal subpart on ill-formed bytes.
inline char32_t decode_utf8(std::string_view text, std::size_t i, std::size_t& length) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) {
    length = 1;
    return lead;
  }
  char32_t value = 0;
  std::size_t invalid_length = 1;
  length = decode_sequence(text, i, value, invalid_length);
  if (length > 0) return value;
  length = invalid_length;
  return kReplacementCharacter;
}

// The code point that ends just before byte `i` (0 < i <= text.size()) of well-formed UTF-8.
inline char32_t decode_utf8_before(std::string_view text, std::size_t i) {
  std::size_t start = i - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  std::size_t length;
  return decode_utf8(text, start, length);
}

}  // namespace textnorm::sdk

#endif  // TEXTNORM_UTF8_HPP
