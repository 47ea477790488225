// Composes the edits of successive stages into edits on the original line.
#ifndef TEXTNORM_CORE_EDIT_EDIT_LOG_HPP
#define TEXTNORM_CORE_EDIT_EDIT_LOG_HPP

#include "edit/rewriter.hpp"

#include <textnorm/edit.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

namespace textnorm::detail {

// Tracks how the current text's bytes map back to the original line. Each stage's edits are in
// the coordinates of that stage's input (the current text before the stage).
class EditLog {
 public:
  // Records one stage's edits (sorted, non-overlapping) and advances the mapping past it.
  void apply_stage(const std::vector<StageEdit>& stage_edits);

  // Appends the composed edits that turn `original` into `current` (the text after the last
  // stage), their offsets plus `base`: one per replaced region, sorted and non-overlapping, each
  // named after the last rule that changed it. A region whose text came back to the original
  // gives no edit.
  void composed(std::string_view original, std::string_view current, std::size_t base,
                std::vector<Edit>& out) const;

  // Maps a byte offset of the current text to the original: `begin` side of a span (a position
  // inside a replacement maps to the replaced span's start) or `end` side (to its end).
  std::size_t to_original_begin(std::size_t current) const;
  std::size_t to_original_end(std::size_t current) const;

 private:
  // A replaced region: current bytes [cur_begin, cur_end) came from original [orig_begin,
  // orig_end); `rule` made the last change in it.
  struct Region {
    std::size_t cur_begin, cur_end, orig_begin, orig_end;
    RuleRef rule;
  };
  const Region* region_at_or_before(std::size_t current) const;

  std::vector<Region> regions_;  // sorted by cur_begin, non-overlapping, not touching
  std::vector<Region> merged_;   // apply_stage's scratch, kept for its capacity
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_EDIT_EDIT_LOG_HPP
