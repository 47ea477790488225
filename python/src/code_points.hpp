// Byte offsets of a UTF-8 string -> code point offsets of the Python str it came from.
#ifndef TEXTNORM_PYTHON_CODE_POINTS_HPP
#define TEXTNORM_PYTHON_CODE_POINTS_HPP

#include <cstddef>
#include <string_view>

namespace textnorm::python {

inline bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Counts code points up to byte offsets asked in non-decreasing order, so a whole list of edits
// costs one pass over the text. ASCII text is counted in no time: bytes are code points.
class CodePointCounter {
 public:
  CodePointCounter(std::string_view utf8, bool ascii) : utf8_(utf8), ascii_(ascii) {}

  // Code points in utf8[0, byte); `byte` must not be less than the previous call's.
  std::size_t at(std::size_t byte) {
    if (ascii_) return byte;
    for (; byte_ < byte && byte_ < utf8_.size(); ++byte_)
      if (!is_continuation(static_cast<unsigned char>(utf8_[byte_]))) ++count_;
    return count_;
  }

 private:
  std::string_view utf8_;
  bool ascii_;
  std::size_t byte_ = 0;
  std::size_t count_ = 0;
};

// The start of the character holding `byte` in valid UTF-8.
inline std::size_t character_start(std::string_view utf8, std::size_t byte) {
  while (byte > 0 && byte < utf8.size() && is_continuation(static_cast<unsigned char>(utf8[byte])))
    --byte;
  return byte;
}

// The end of the character holding `byte - 1`: `byte` moved forward to a character boundary.
inline std::size_t character_end(std::string_view utf8, std::size_t byte) {
  while (byte < utf8.size() && is_continuation(static_cast<unsigned char>(utf8[byte]))) ++byte;
  return byte;
}

}  // namespace textnorm::python

#endif  // TEXTNORM_PYTHON_CODE_POINTS_HPP
