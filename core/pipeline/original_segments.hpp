// The language segments the pipeline routed, in the bytes of the line it was given.
#ifndef TEXTNORM_CORE_PIPELINE_ORIGINAL_SEGMENTS_HPP
#define TEXTNORM_CORE_PIPELINE_ORIGINAL_SEGMENTS_HPP

#include "pipeline/language_router.hpp"

#include <textnorm/normalizer.hpp>
#include <textnorm/offset_map.hpp>

#include <vector>

namespace textnorm::detail {

// Appends `routed` (segments covering the text the detector read) to `out`, their boundaries
// mapped to the original line through `map` (OffsetMap::to_original: a boundary inside a replaced
// span moves to the span's start), so that they cover [0, map.original_size()) in order. A
// segment whose text lies wholly inside one replaced span is left out (unless it is the only one,
// as the one segment of an empty line), and neighbours that then share a language become one
// segment (with the lower confidence).
void append_original_segments(const std::vector<Segment>& routed, const OffsetMap& map,
                              std::vector<LanguageSegment>& out);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_PIPELINE_ORIGINAL_SEGMENTS_HPP
