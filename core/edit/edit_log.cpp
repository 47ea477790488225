#include "edit/edit_log.hpp"

#include <algorithm>

namespace textnorm::detail {

const EditLog::Region* EditLog::region_at_or_before(std::size_t current) const {
  auto it = std::upper_bound(regions_.begin(), regions_.end(), current,
                             [](std::size_t pos, const Region& r) { return pos < r.cur_begin; });
  return it == regions_.begin() ? nullptr : &*(it - 1);
}

std::size_t EditLog::to_original_begin(std::size_t current) const {
  const Region* r = region_at_or_before(current);
  if (r == nullptr) return current;
  if (current < r->cur_end) return r->orig_begin;
  return r->orig_end + (current - r->cur_end);
}

std::size_t EditLog::to_original_end(std::size_t current) const {
  if (current == 0) return to_original_begin(0);
  const Region* r = region_at_or_before(current - 1);
  if (r == nullptr) return current;
  if (current <= r->cur_end) return r->orig_end;
  return r->orig_end + (current - r->cur_end);
}

void EditLog::apply_stage(const std::vector<StageEdit>& stage_edits) {
  if (stage_edits.empty()) return;
  std::vector<Region> merged;
  merged.reserve(regions_.size() + stage_edits.size());
  std::size_t old = 0;
  std::ptrdiff_t delta = 0;  // growth of the text from the edits already passed
  for (const StageEdit& e : stage_edits) {
    // Regions wholly before this edit keep their place, shifted by the edits before them.
    while (old < regions_.size() && regions_[old].cur_end <= e.begin &&
           !(regions_[old].cur_begin == e.begin && regions_[old].cur_end == e.begin &&
             e.end > e.begin)) {
      Region r = regions_[old++];
      r.cur_begin += delta;
      r.cur_end += delta;
      merged.push_back(r);
    }
    const std::size_t orig_begin = to_original_begin(e.begin);
    const std::size_t orig_end = std::max(orig_begin, to_original_end(e.end));
    // Regions the edit overlaps are absorbed into the new one.
    while (old < regions_.size() && regions_[old].cur_begin < e.end) ++old;
    while (old < regions_.size() && regions_[old].cur_begin == e.end &&
           regions_[old].cur_end == e.end && e.end > e.begin)
      ++old;
    const std::size_t cur_begin = e.begin + delta;
    merged.push_back({cur_begin, cur_begin + e.replacement.size(), orig_begin, orig_end});
    edits_.push_back({orig_begin, orig_end, e.replacement, e.rule.id, e.rule.plugin});
    delta += std::ptrdiff_t(e.replacement.size()) - std::ptrdiff_t(e.end - e.begin);
  }
  for (; old < regions_.size(); ++old) {
    Region r = regions_[old];
    r.cur_begin += delta;
    r.cur_end += delta;
    merged.push_back(r);
  }
  regions_ = std::move(merged);
}

}  // namespace textnorm::detail
