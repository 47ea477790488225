// The word-at-a-time ASCII scans against byte-by-byte reference loops, on every position of
// strings that put each kind of byte at each offset of an eight-byte word.
#include "rules/ascii_scan.hpp"
#include "text/utf8.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

std::size_t reference_skip(std::string_view s, std::size_t i, unsigned char low) {
  while (i < s.size() && static_cast<unsigned char>(s[i]) >= low &&
         static_cast<unsigned char>(s[i]) < 0x7F)
    ++i;
  return i;
}

std::size_t reference_skip_ascii(std::string_view s, std::size_t i) {
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

}  // namespace

TEST_CASE("ASCII scans stop where a byte-by-byte loop stops") {
  // Bytes at the edges of each range: controls, space, '!', '~', DEL, non-ASCII lead and
  // continuation bytes.
  const unsigned char stoppers[] = {0x00, 0x09, 0x1F, 0x20, 0x21, 0x7E, 0x7F, 0x80, 0xBF, 0xC3, 0xFF};
  for (unsigned char stopper : stoppers) {
    for (std::size_t at = 0; at < 20; ++at) {
      std::string s(24, 'a');
      s[at] = static_cast<char>(stopper);
      for (std::size_t from = 0; from <= s.size(); ++from) {
        CHECK(textnorm::detail::skip_printable_ascii(s, from) == reference_skip(s, from, 0x21));
        CHECK(textnorm::detail::skip_plain_ascii(s, from) == reference_skip(s, from, 0x20));
        CHECK(textnorm::detail::skip_ascii(s, from) == reference_skip_ascii(s, from));
      }
    }
  }
}
