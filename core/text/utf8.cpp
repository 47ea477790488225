#include "text/utf8.hpp"


namespace textnorm::detail {

void append_utf8(std::string& out, char32_t cp) {
  char buf[4];
  std::size_t n;
  if (cp < 0x80) {
    buf[0] = char(cp);
    n = 1;
  } else if (cp < 0x800) {
    buf[0] = char(0xC0 | (cp >> 6));
    buf[1] = char(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    buf[0] = char(0xE0 | (cp >> 12));
    buf[1] = char(0x80 | ((cp >> 6) & 0x3F));
    buf[2] = char(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    buf[0] = char(0xF0 | (cp >> 18));
    buf[1] = char(0x80 | ((cp >> 12) & 0x3F));
    buf[2] = char(0x80 | ((cp >> 6) & 0x3F));
    buf[3] = char(0x80 | (cp & 0x3F));
    n = 4;
  }
  out.append(buf, n);
}

bool is_ascii(std::string_view text) { return skip_ascii(text, 0) == text.size(); }

std::size_t find_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while ((i = skip_ascii(text, i)) < text.size()) {
    // Runs of two-byte sequences (Latin with marks, Cyrillic, Armenian) are checked inline.
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    while (i + 1 < text.size() && byte(i) >= 0xC2 && byte(i) <= 0xDF &&
           (byte(i + 1) & 0xC0) == 0x80)
      i += 2;
    if (i == text.size() || byte(i) < 0x80) continue;
    std::size_t invalid_length;
    const std::size_t len = valid_sequence_length(text, i, invalid_length);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

std::string printable_line(std::string_view text) {
  std::string line(text);
  for (char& c : line)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  for (std::size_t bad = find_invalid_utf8(line); bad != std::string::npos;
       bad = find_invalid_utf8(line))
    line[bad] = '?';
  return line;
}

}  // namespace textnorm::detail
