// Word-at-a-time scanning over runs of plain printable ASCII, the common case in news text.
#ifndef TEXTNORM_CORE_RULES_ASCII_SCAN_HPP
#define TEXTNORM_CORE_RULES_ASCII_SCAN_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace textnorm::detail {

// Index of the first byte at or after `i` that is not in [Low, 0x7E] (controls, DEL, non-ASCII
// and whatever lies below Low stop the scan), eight bytes at a time; a false alarm of the
// eight-byte test only hands over to the byte loop.
template <unsigned char Low>
inline std::size_t skip_ascii_from(std::string_view s, std::size_t i) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  while (i + 8 <= s.size()) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    // High bit set in a lane where the byte is < Low, == 0x7F or >= 0x80 (borrows and carries
    // only add false alarms).
    if (((w - Low * kOnes) | (w + 0x01 * kOnes) | w) & kHigh) break;
    i += 8;
  }
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < Low || b >= 0x7F) break;
    ++i;
  }
  return i;
}

// Printable ASCII without the space: the rest of a word.
inline std::size_t skip_printable_ascii(std::string_view s, std::size_t i) {
  return skip_ascii_from<0x21>(s, i);
}

// Printable ASCII with the space: text no character rule touches.
inline std::size_t skip_plain_ascii(std::string_view s, std::size_t i) {
  return skip_ascii_from<0x20>(s, i);
}

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_RULES_ASCII_SCAN_HPP
