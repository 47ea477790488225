// OffsetMap against a brute-force reference: the edits applied byte by byte, recording where
// every byte and end offset of each side comes from, by the rule offset_map.hpp documents.
#include <textnorm/error.hpp>
#include <textnorm/offset_map.hpp>

#include <doctest/doctest.h>

#include <random>
#include <vector>

using textnorm::Edit;
using textnorm::OffsetMap;

namespace {

struct Reference {
  std::vector<std::size_t> to_original;    // per normalized offset, end included
  std::vector<std::size_t> to_normalized;  // per original offset, end included
};

Reference brute_force(std::size_t original_size, const std::vector<Edit>& edits) {
  Reference ref;
  std::vector<long> to_normalized(original_size + 1, -1);
  std::size_t original = 0;
  auto copy_until = [&](std::size_t end) {
    for (; original < end; ++original) {
      to_normalized[original] = long(ref.to_original.size());
      ref.to_original.push_back(original);
    }
  };
  for (const Edit& e : edits) {
    copy_until(e.begin);
    for (std::size_t o = e.begin; o < e.end; ++o) to_normalized[o] = long(ref.to_original.size());
    for (std::size_t k = 0; k < e.replacement.size(); ++k) ref.to_original.push_back(e.begin);
    original = e.end;
  }
  copy_until(original_size);
  to_normalized[original_size] = long(ref.to_original.size());
  ref.to_original.push_back(original_size);
  for (const long n : to_normalized) ref.to_normalized.push_back(std::size_t(n));
  return ref;
}

// Sorted, non-overlapping edits of every kind: replacements, deletions, insertions, touching
// ones and several insertions at one place.
std::vector<Edit> random_edits(std::mt19937& rng, std::size_t size) {
  std::vector<Edit> edits;
  std::size_t pos = 0;
  while (true) {
    pos += rng() % 4;
    if (pos > size) break;
    const std::size_t end = std::min(size, pos + rng() % 4);
    edits.push_back({pos, end, std::string(rng() % 4, 'x'), "test.rule", "test"});
    pos = end;
  }
  return edits;
}

}  // namespace

TEST_CASE("offsets map like the brute-force walk, on random edits") {
  std::mt19937 rng(20261201);
  for (int round = 0; round < 2000; ++round) {
    const std::size_t size = rng() % 20;
    const std::vector<Edit> edits = random_edits(rng, size);
    const OffsetMap map(size, edits);
    const Reference ref = brute_force(size, edits);
    REQUIRE(map.original_size() == size);
    REQUIRE(map.normalized_size() + 1 == ref.to_original.size());
    for (std::size_t n = 0; n < ref.to_original.size(); ++n) {
      CAPTURE(round);
      CAPTURE(n);
      CHECK(map.to_original(n) == ref.to_original[n]);
    }
    for (std::size_t o = 0; o <= size; ++o) {
      CAPTURE(round);
      CAPTURE(o);
      CHECK(map.to_normalized(o) == ref.to_normalized[o]);
    }
  }
}

TEST_CASE("the documented rule on one example") {
  // "a...b  c" -> "a…b c": "..." [1,4) became "…" (3 bytes), one of two spaces [5,6) went.
  const OffsetMap map(8, {{1, 4, "\xE2\x80\xA6", "punct.ellipsis", "core"}, {5, 6, "", "space", "core"}});
  CHECK(map.normalized_size() == 7);
  CHECK(map.to_normalized(2) == 1);  // inside "..." -> the start of "…"
  CHECK(map.to_normalized(4) == 4);  // 'b', just after the span
  CHECK(map.to_original(2) == 1);    // inside "…" -> the first '.'
  CHECK(map.to_original(4) == 4);
  CHECK(map.to_normalized(5) == 5);  // the deleted space maps to where it was
  CHECK(map.to_original(5) == 6);    // the kept space is the second one
  CHECK(map.to_original(6) == 7);    // 'c'
  CHECK(map.to_original(100) == 8);  // clamped to the end
}

TEST_CASE("overlapping or unsorted edits are refused") {
  CHECK_THROWS_AS(OffsetMap(10, {{2, 5, "x", "r", "p"}, {4, 6, "y", "r", "p"}}), textnorm::Error);
  CHECK_THROWS_AS(OffsetMap(10, {{4, 6, "y", "r", "p"}, {1, 2, "x", "r", "p"}}), textnorm::Error);
  CHECK_THROWS_AS(OffsetMap(3, {{2, 5, "x", "r", "p"}}), textnorm::Error);
}
