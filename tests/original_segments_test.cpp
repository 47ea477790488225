// append_original_segments maps the detector's segment boundaries back to the original line.
#include "pipeline/original_segments.hpp"

#include <doctest/doctest.h>

using textnorm::Edit;
using textnorm::LanguageSegment;
using textnorm::OffsetMap;
using textnorm::detail::Segment;

namespace {

std::vector<LanguageSegment> mapped(const std::vector<Segment>& routed, std::size_t original_size,
                                    const std::vector<Edit>& edits) {
  std::vector<LanguageSegment> out;
  append_original_segments(routed, OffsetMap(original_size, edits), out);
  return out;
}

bool same(const LanguageSegment& s, std::size_t begin, std::size_t end, std::string_view lang) {
  return s.begin == begin && s.end == end && s.lang == lang;
}

}  // namespace

TEST_CASE("boundaries move by the length changes before them") {
  // "a  b. C d." -> "a b. C d.": one byte deleted before the boundary at 5 (4 after the edit).
  const auto out = mapped({{0, 4, "en", 0.9f}, {4, 9, "fr", 0.8f}}, 10, {{1, 3, " ", "r", "core"}});
  REQUIRE(out.size() == 2);
  CHECK(same(out[0], 0, 5, "en"));
  CHECK(same(out[1], 5, 10, "fr"));
  CHECK(out[1].confidence == doctest::Approx(0.8f));
}

TEST_CASE("a boundary inside a replaced span moves to its start; the last segment ends the line") {
  // Original bytes [3, 9) became 2 bytes at [3, 5); the detector cut at 4, inside them.
  const auto out = mapped({{0, 4, "en", 1}, {4, 8, "fr", 1}}, 12, {{3, 9, "xy", "r", "core"}});
  REQUIRE(out.size() == 2);
  CHECK(same(out[0], 0, 3, "en"));
  CHECK(same(out[1], 3, 12, "fr"));
}

TEST_CASE("a segment wholly inside one replaced span is left out and its neighbours merge") {
  // The detector read "ab" + "XYZ" + "cd" with XYZ replacing original [2, 8) and cut "Y" out as
  // a segment: it has no bytes of its own in the original.
  const auto out = mapped({{0, 3, "en", 0.9f}, {3, 4, "fr", 1}, {4, 7, "en", 0.7f}}, 10,
                          {{2, 8, "XYZ", "r", "core"}});
  REQUIRE(out.size() == 1);
  CHECK(same(out[0], 0, 10, "en"));
  CHECK(out[0].confidence == doctest::Approx(0.7f));
}

TEST_CASE("the only segment of an empty line stays; no segment gives none") {
  const auto one = mapped({{0, 0, "fr", 1}}, 0, {});
  REQUIRE(one.size() == 1);
  CHECK(same(one[0], 0, 0, "fr"));
  CHECK(mapped({}, 3, {{0, 3, "", "r", "core"}}).empty());
}
