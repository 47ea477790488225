#include "pipeline/original_segments.hpp"

#include <algorithm>

namespace textnorm::detail {

void append_original_segments(const std::vector<Segment>& routed, const OffsetMap& map,
                              std::vector<LanguageSegment>& out) {
  const std::size_t first = out.size();
  for (std::size_t i = 0; i < routed.size(); ++i) {
    // Each segment starts where the previous one ends, so only the inner boundaries move.
    const std::size_t begin = i == 0 ? 0 : map.to_original(routed[i].begin);
    const std::size_t end =
        i + 1 == routed.size() ? map.original_size() : map.to_original(routed[i + 1].begin);
    if (begin >= end && routed.size() > 1) continue;  // vanished inside one replaced span
    if (out.size() > first && out.back().lang == routed[i].lang) {
      out.back().end = end;
      out.back().confidence = std::min(out.back().confidence, routed[i].confidence);
      continue;
    }
    out.push_back({begin, end, std::string(routed[i].lang), routed[i].confidence});
  }
}

}  // namespace textnorm::detail
