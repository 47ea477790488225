// EditLog composes stage edits into edits on the original line; checked against a reference
// that applies the same random edits by brute force.
#include "edit/edit_log.hpp"

#include <doctest/doctest.h>

#include <random>

using textnorm::detail::EditLog;
using textnorm::detail::RuleRef;
using textnorm::detail::StageEdit;

namespace {

constexpr RuleRef kRule{"test.rule", "test"};
constexpr RuleRef kLaterRule{"later.rule", "later"};

std::string apply(const std::string& text, const std::vector<StageEdit>& edits) {
  std::string out;
  std::size_t pos = 0;
  for (const StageEdit& e : edits) {
    out += text.substr(pos, e.begin - pos) + e.replacement;
    pos = e.end;
  }
  return out + text.substr(pos);
}

// Random sorted, non-overlapping edits over a text of `size` bytes; replacements use letters
// that never occur in the original, so the origin of every byte is known.
std::vector<StageEdit> random_edits(std::mt19937& rng, std::size_t size) {
  std::vector<StageEdit> edits;
  std::size_t pos = 0;
  while (pos <= size) {
    pos += rng() % 4;
    if (pos > size) break;
    const std::size_t end = std::min(size, pos + rng() % 3);
    edits.push_back({pos, end, std::string(rng() % 3, 'X'), kRule});
    pos = end + 1;
  }
  return edits;
}

}  // namespace

TEST_CASE("one stage: edits keep their spans and offsets map through them") {
  EditLog log;
  // "ab  cd" -> "ab cd": delete one space at [3,4).
  log.apply_stage({{3, 4, "", kRule}});
  std::vector<textnorm::Edit> composed;
  log.composed("ab  cd", "ab cd", 10, composed);
  REQUIRE(composed.size() == 1);
  CHECK(composed[0] == textnorm::Edit{13, 14, "", "test.rule", "test"});
  CHECK(log.to_original_begin(0) == 0);
  CHECK(log.to_original_begin(3) == 4);  // 'c' moved left by one
  CHECK(log.to_original_end(5) == 6);
}

TEST_CASE("a later stage's edit maps to the original span it covers") {
  EditLog log;
  // Stage 1: "a\u2026b" (a, 3-byte ellipsis, b) -> "a...b".
  log.apply_stage({{1, 4, "...", kRule}});
  // Stage 2 deletes the middle period of "a...b" ([2,3)): inside the first replacement.
  log.apply_stage({{2, 3, "", kLaterRule}});
  std::vector<textnorm::Edit> composed;
  log.composed("a\u2026b", "a..b", 0, composed);
  // One edit, from the original ellipsis to the final "..", named after the later rule.
  REQUIRE(composed.size() == 1);
  CHECK(composed[0] == textnorm::Edit{1, 4, "..", "later.rule", "later"});
  // "b" is at 3 in "a..b" and at 4 in the original.
  CHECK(log.to_original_begin(3) == 4);
}

TEST_CASE("a region changed and changed back gives no edit") {
  EditLog log;
  log.apply_stage({{1, 2, "X", kRule}});       // "abc" -> "aXc"
  log.apply_stage({{1, 2, "b", kLaterRule}});  // -> "abc"
  std::vector<textnorm::Edit> composed;
  log.composed("abc", "abc", 0, composed);
  CHECK(composed.empty());
}

TEST_CASE("insertions at the same place as earlier edits stay ordered") {
  EditLog log;
  log.apply_stage({{2, 2, "  ", kRule}});  // "abcd" -> "ab  cd"
  log.apply_stage({{2, 4, " ", kRule}});   // "ab  cd" -> "ab cd"
  CHECK(log.to_original_begin(3) == 2);    // 'c'
  CHECK(log.to_original_end(2) == 2);
}

TEST_CASE("random stages: every unchanged byte maps back to where it came from") {
  std::mt19937 rng(12345);
  for (int round = 0; round < 300; ++round) {
    // Original bytes are distinct digits/letters that no replacement uses.
    std::string original;
    for (std::size_t i = 0; i < 12 + rng() % 12; ++i) original += char('a' + i);
    std::string text = original;
    EditLog log;
    for (int stage = 0; stage < 3; ++stage) {
      const auto edits = random_edits(rng, text.size());
      log.apply_stage(edits);
      text = apply(text, edits);
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == 'X') continue;
      const std::size_t original_pos = std::size_t(text[i] - 'a');
      CHECK(log.to_original_begin(i) == original_pos);
      CHECK(log.to_original_end(i + 1) == original_pos + 1);
    }
    std::vector<textnorm::Edit> composed;
    log.composed(original, text, 0, composed);
    std::size_t previous_end = 0;
    std::string rebuilt;
    for (const auto& e : composed) {
      CHECK(e.begin >= previous_end);
      CHECK(e.begin <= e.end);
      CHECK(e.end <= original.size());
      rebuilt += original.substr(previous_end, e.begin - previous_end) + e.replacement;
      previous_end = e.end;
    }
    CHECK(rebuilt + original.substr(previous_end) == text);
  }
}
