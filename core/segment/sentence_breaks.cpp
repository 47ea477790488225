#include "segment/sentence_breaks.hpp"

#include "text/utf8.hpp"

#include <unicode/uchar.h>

#include <array>

namespace textnorm::detail {
namespace {

bool is_paragraph_separator(int c) { return c == U_SB_SEP || c == U_SB_CR || c == U_SB_LF; }
bool is_terminator(int c) { return c == U_SB_ATERM || c == U_SB_STERM; }

// Sentence_Break of each ASCII character (UCharSentenceBreak), and whether only the rule "no
// break" (SB998) can apply right after it: neither a terminator nor a paragraph separator.
struct AsciiClasses {
  std::array<unsigned char, 128> cls;
  std::array<bool, 256> plain;  // false for every non-ASCII byte
};
const AsciiClasses kAscii = [] {
  AsciiClasses table{};
  for (UChar32 a = 0; a < 128; ++a) {
    const int cls = u_getIntPropertyValue(a, UCHAR_SENTENCE_BREAK);
    table.cls[std::size_t(a)] = static_cast<unsigned char>(cls);
    table.plain[std::size_t(a)] = !is_terminator(cls) && !is_paragraph_separator(cls);
  }
  return table;
}();

int break_class(UChar32 c) {
  if (c >= 0 && c < 0x80) return kAscii.cls[std::size_t(c)];
  return u_getIntPropertyValue(c < 0 ? 0xFFFD : c, UCHAR_SENTENCE_BREAK);
}

// One character as the rules see it: CR LF is one (SB3), and Extend and Format characters
// belong to the character before them unless it separates paragraphs (SB5).
struct Char {
  int cls;
  std::size_t end;
};

class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}

  std::size_t size() const { return text_.size(); }

  Char at(std::size_t pos) const {
    UChar32 c;
    std::size_t end = decode(pos, c);
    const int cls = break_class(c);
    if (cls == U_SB_CR && end < text_.size() && text_[end] == '\n') return {U_SB_LF, end + 1};
    if (is_paragraph_separator(cls)) return {cls, end};
    while (end < text_.size()) {
      const std::size_t next = decode(end, c);
      const int extra = break_class(c);
      if (extra != U_SB_EXTEND && extra != U_SB_FORMAT) break;
      end = next;
    }
    return {cls, end};
  }

 private:
  std::size_t decode(std::size_t pos, UChar32& c) const {
    std::size_t length = 0;
    c = static_cast<UChar32>(decode_utf8(text_, pos, length));
    return pos + length;
  }

  std::string_view text_;
};

// SB8: after ATerm Close* Sp*, no break when the next letter-like character is lowercase.
bool lowercase_follows(const Reader& reader, std::size_t pos) {
  while (pos < reader.size()) {
    const Char c = reader.at(pos);
    switch (c.cls) {
      case U_SB_LOWER: return true;
      case U_SB_OLETTER: case U_SB_UPPER: case U_SB_SEP: case U_SB_CR: case U_SB_LF:
      case U_SB_ATERM: case U_SB_STERM: return false;
      default: pos = c.end;
    }
  }
  return false;
}

// Where the scan goes on after a terminator ending at `pos`; pushes the boundary the rules put
// after it, if any. `before` is the class of the character before the terminator.
std::size_t after_terminator(const Reader& reader, int terminator, int before, std::size_t pos,
                             int& last, std::vector<std::size_t>& boundaries) {
  last = terminator;
  if (pos >= reader.size()) return pos;
  const Char next = reader.at(pos);
  if (terminator == U_SB_ATERM) {
    if (next.cls == U_SB_NUMERIC) return pos;  // SB6: 3.14
    if (next.cls == U_SB_UPPER && (before == U_SB_UPPER || before == U_SB_LOWER))
      return pos;  // SB7: U.S.
  }
  for (int skipped : {U_SB_CLOSE, U_SB_SP}) {  // SB9, SB10: Close* Sp* stay
    while (pos < reader.size()) {
      const Char c = reader.at(pos);
      if (c.cls != skipped) break;
      last = c.cls;
      pos = c.end;
    }
  }
  if (pos >= reader.size()) return pos;
  const Char c = reader.at(pos);
  if (is_paragraph_separator(c.cls)) {  // SB9, SB10, then SB4 after it
    boundaries.push_back(c.end);
    last = c.cls;
    return c.end;
  }
  if (terminator == U_SB_ATERM && lowercase_follows(reader, pos)) return pos;  // SB8
  if (c.cls == U_SB_SCONTINUE || is_terminator(c.cls)) return pos;            // SB8a
  boundaries.push_back(pos);                                                  // SB11
  return pos;
}

}  // namespace

void sentence_boundaries(std::string_view text, std::vector<std::size_t>& boundaries) {
  boundaries.clear();
  const Reader reader(text);
  int last = U_SB_SEP;  // the start of text, as after a paragraph separator
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t pos = 0; pos < text.size();) {
    if (kAscii.plain[bytes[pos]]) {  // the common case: a run of ASCII with no rule to apply
      while (pos < text.size() && kAscii.plain[bytes[pos]]) ++pos;
      last = kAscii.cls[bytes[pos - 1]];
      continue;
    }
    const Char c = reader.at(pos);
    if ((c.cls == U_SB_EXTEND || c.cls == U_SB_FORMAT) && !is_paragraph_separator(last)) {
      pos = c.end;  // SB5: part of the character before it
    } else if (is_paragraph_separator(c.cls)) {  // SB4
      boundaries.push_back(c.end);
      last = c.cls;
      pos = c.end;
    } else if (is_terminator(c.cls)) {
      pos = after_terminator(reader, c.cls, last, c.end, last, boundaries);
    } else {
      last = c.cls;
      pos = c.end;
    }
  }
  if (!text.empty() && (boundaries.empty() || boundaries.back() != text.size()))
    boundaries.push_back(text.size());
}

}  // namespace textnorm::detail
