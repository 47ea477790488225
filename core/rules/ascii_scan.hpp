// Word-at-a-time scanning over runs of plain printable ASCII, the common case in news text.
#ifndef TEXTNORM_CORE_RULES_ASCII_SCAN_HPP
#define TEXTNORM_CORE_RULES_ASCII_SCAN_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace textnorm::detail {

// Index of the first byte at or after `i` that is not in [0x21, 0x7E] (space, controls, DEL and
// non-ASCII stop the scan). May stop early on a false alarm; never skips a stopping byte.
inline std::size_t skip_printable_ascii(std::string_view s, std::size_t i) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  while (i + 8 <= s.size()) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    // High bit set in a lane where the byte is < 0x21, == 0x7F or >= 0x80 (borrows and carries
    // only add false alarms).
    if (((w - 0x21 * kOnes) | (w + 0x01 * kOnes) | w) & kHigh) break;
    i += 8;
  }
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b <= 0x20 || b >= 0x7F) break;
    ++i;
  }
  return i;
}

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_RULES_ASCII_SCAN_HPP
