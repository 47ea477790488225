#include <textnorm/offset_map.hpp>

#include <textnorm/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <string>

namespace textnorm {

OffsetMap::OffsetMap(std::size_t original_size, const std::vector<Edit>& edits)
    : original_size_(original_size) {
  spans_.reserve(edits.size());
  std::size_t previous_end = 0;
  std::size_t normalized = 0;  // normalized offset of original byte `previous_end`
  for (const Edit& e : edits) {
    if (e.begin < previous_end || e.end < e.begin || e.end > original_size)
      throw Error(ErrorKind::USAGE,
                  fmt::format("OffsetMap: edit [{}, {}) is out of order, overlaps or ends past the text",
                              e.begin, e.end));
    const std::size_t norm_begin = normalized + (e.begin - previous_end);
    spans_.push_back({e.begin, e.end, norm_begin, norm_begin + e.replacement.size()});
    previous_end = e.end;
    normalized = norm_begin + e.replacement.size();
  }
  normalized_size_ = normalized + (original_size - previous_end);
}

// The last span whose `begin` member is at or before `offset`, or null.
template <class Member>
static const auto* span_at_or_before(const auto& spans, std::size_t offset, Member begin) {
  auto it = std::upper_bound(spans.begin(), spans.end(), offset,
                             [begin](std::size_t x, const auto& s) { return x < s.*begin; });
  return it == spans.begin() ? nullptr : &*(it - 1);
}

std::size_t OffsetMap::to_original(std::size_t normalized) const {
  normalized = std::min(normalized, normalized_size_);
  const Span* s = span_at_or_before(spans_, normalized, &Span::norm_begin);
  if (s == nullptr) return normalized;
  if (normalized < s->norm_end) return s->orig_begin;
  return s->orig_end + (normalized - s->norm_end);
}

std::size_t OffsetMap::to_normalized(std::size_t original) const {
  original = std::min(original, original_size_);
  const Span* s = span_at_or_before(spans_, original, &Span::orig_begin);
  if (s == nullptr) return original;
  if (original < s->orig_end) return s->norm_begin;
  return s->norm_end + (original - s->orig_end);
}

}  // namespace textnorm
