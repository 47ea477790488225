// Finds quotations inside a sentence.
#ifndef TEXTNORM_CORE_SEGMENT_QUOTATION_FINDER_HPP
#define TEXTNORM_CORE_SEGMENT_QUOTATION_FINDER_HPP

#include <cstddef>
#include <string_view>
#include <vector>

namespace textnorm::detail {

// Byte offsets of a quotation, from its opening mark to just after its closing mark.
struct QuotationSpan {
  std::size_t begin;
  std::size_t end;
};

// Quotations between « and », “ and ”, or a pair of ASCII double quotes, in order, not nested
// (an inner quotation stays part of the outer one). An unclosed mark opens nothing.
std::vector<QuotationSpan> find_quotations(std::string_view text);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_SEGMENT_QUOTATION_FINDER_HPP
