#include "segment/quotation_finder.hpp"

namespace textnorm::detail {
namespace {

struct QuotePair {
  std::string_view open;
  std::string_view close;
};

constexpr QuotePair kQuotePairs[] = {{"«", "»"}, {"“", "”"}, {"\"", "\""}};

}  // namespace

std::vector<QuotationSpan> find_quotations(std::string_view text) {
  std::vector<QuotationSpan> quotations;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const QuotePair* opened = nullptr;
    for (const QuotePair& pair : kQuotePairs) {
      if (text.substr(pos, pair.open.size()) == pair.open) opened = &pair;
    }
    if (opened == nullptr) {
      // Every opening mark starts with one of these bytes (a plain loop: find_first_of costs a
      // call a byte).
      for (++pos; pos < text.size(); ++pos) {
        const char c = text[pos];
        if (c == '"' || c == '\xC2' || c == '\xE2') break;
      }
      continue;
    }
    const std::size_t close = text.find(opened->close, pos + opened->open.size());
    if (close == std::string_view::npos) {
      pos += opened->open.size();
      continue;
    }
    quotations.push_back({pos, close + opened->close.size()});
    pos = close + opened->close.size();
  }
  return quotations;
}

}  // namespace textnorm::detail
