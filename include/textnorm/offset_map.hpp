// Maps byte offsets between an original text and its normalized form, through the composed
// edits that turn one into the other.
#ifndef TEXTNORM_OFFSET_MAP_HPP
#define TEXTNORM_OFFSET_MAP_HPP

#include <textnorm/edit.hpp>
#include <textnorm/export.hpp>

#include <cstddef>
#include <vector>

namespace textnorm {

// Built from the size of the original text and its composed edits (Normalizer::normalize_with_edits
// or normalize_line), sorted and non-overlapping. An offset names the byte that starts there
// (the text's size names its end). The rule, the same both ways:
//  - an offset in unchanged text maps to the same byte on the other side;
//  - an offset inside a replaced span, from its first byte to before its end, maps to the start
//    of the span on the other side (every byte of "…" that replaced "..." maps to the first '.');
//  - the end of a replaced span maps to the end of the other span, so [begin, end) spans map to
//    spans that cover them; an offset where text was inserted (an empty original span) maps past
//    the inserted text, and the start of deleted text maps to where it was.
// So to_original(to_normalized(x)) == x for every offset x outside the inside of a replaced span.
class TEXTNORM_API OffsetMap {
 public:
  // Throws Error(USAGE) when the edits are not sorted and non-overlapping, or end past the
  // original text.
  OffsetMap(std::size_t original_size, const std::vector<Edit>& edits);

  std::size_t original_size() const { return original_size_; }
  std::size_t normalized_size() const { return normalized_size_; }

  // Offsets past the end are clamped to the end.
  std::size_t to_original(std::size_t normalized) const;
  std::size_t to_normalized(std::size_t original) const;

 private:
  struct Span {
    std::size_t orig_begin, orig_end, norm_begin, norm_end;
  };
  std::vector<Span> spans_;  // the edits' spans on both sides, in order
  std::size_t original_size_;
  std::size_t normalized_size_;
};

}  // namespace textnorm

#endif  // TEXTNORM_OFFSET_MAP_HPP
