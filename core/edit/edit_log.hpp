// Composes the edits of successive stages into edits on the original line.
#ifndef TEXTNORM_CORE_EDIT_EDIT_LOG_HPP
#define TEXTNORM_CORE_EDIT_EDIT_LOG_HPP

#include "edit/rewriter.hpp"

#include <textnorm/edit.hpp>

#include <cstddef>
#include <vector>

namespace textnorm::detail {

// Tracks how the current text's bytes map back to the original line. Each stage's edits are in
// the coordinates of that stage's input (the current text before the stage).
class EditLog {
 public:
  // Records one stage's edits (sorted, non-overlapping) and advances the mapping past it.
  void apply_stage(const std::vector<StageEdit>& stage_edits);

  // The edits so far, in original coordinates, in the order they were made.
  const std::vector<Edit>& edits() const { return edits_; }

  // Maps a byte offset of the current text to the original: `begin` side of a span (a position
  // inside a replacement maps to the replaced span's start) or `end` side (to its end).
  std::size_t to_original_begin(std::size_t current) const;
  std::size_t to_original_end(std::size_t current) const;

 private:
  // A replaced region: current bytes [cur_begin, cur_end) came from original [orig_begin, orig_end).
  struct Region {
    std::size_t cur_begin, cur_end, orig_begin, orig_end;
  };
  const Region* region_at_or_before(std::size_t current) const;

  std::vector<Region> regions_;  // sorted by cur_begin, non-overlapping
  std::vector<Edit> edits_;
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_EDIT_EDIT_LOG_HPP
