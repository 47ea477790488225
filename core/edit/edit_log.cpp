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
  // Old regions and new edits, both in the current coordinates, merged where they overlap or
  // touch: each merged group becomes one region of the new mapping.
  struct Interval {
    std::size_t begin, end;            // current coordinates
    std::size_t orig_begin, orig_end;  // original bytes it stands for
    std::ptrdiff_t growth;             // how much longer its text gets
    RuleRef rule;
    bool fresh;                        // an edit of this stage, not an old region
  };
  std::vector<Interval> intervals;
  intervals.reserve(regions_.size() + stage_edits.size());
  for (const Region& r : regions_)
    intervals.push_back({r.cur_begin, r.cur_end, r.orig_begin, r.orig_end, 0, r.rule, false});
  for (const StageEdit& e : stage_edits) {
    const std::size_t orig_begin = to_original_begin(e.begin);
    const std::size_t orig_end = std::max(orig_begin, to_original_end(e.end));
    intervals.push_back({e.begin, e.end, orig_begin, orig_end,
                         std::ptrdiff_t(e.replacement.size()) - std::ptrdiff_t(e.end - e.begin),
                         e.rule, true});
  }
  std::stable_sort(intervals.begin(), intervals.end(),
                   [](const Interval& a, const Interval& b) { return a.begin < b.begin; });
  merged_.clear();
  std::ptrdiff_t delta = 0;  // growth of the text before the group being built
  for (std::size_t i = 0; i < intervals.size();) {
    Interval group = intervals[i++];
    while (i < intervals.size() && intervals[i].begin <= group.end) {
      const Interval& next = intervals[i++];
      group.end = std::max(group.end, next.end);
      group.orig_begin = std::min(group.orig_begin, next.orig_begin);
      group.orig_end = std::max(group.orig_end, next.orig_end);
      group.growth += next.growth;
      // This stage's edits are later than any old region; among them, input order is time order.
      if (next.fresh || !group.fresh) group.rule = next.rule;
      group.fresh = group.fresh || next.fresh;
    }
    const auto cur_begin = std::size_t(std::ptrdiff_t(group.begin) + delta);
    const auto cur_end = std::size_t(std::ptrdiff_t(group.end) + delta + group.growth);
    merged_.push_back({cur_begin, cur_end, group.orig_begin, group.orig_end, group.rule});
    delta += group.growth;
  }
  regions_.swap(merged_);
}

void EditLog::composed(std::string_view original, std::string_view current, std::size_t base,
                       std::vector<Edit>& out) const {
  for (const Region& r : regions_) {
    const std::string_view before = original.substr(r.orig_begin, r.orig_end - r.orig_begin);
    const std::string_view after = current.substr(r.cur_begin, r.cur_end - r.cur_begin);
    if (before == after) continue;
    out.push_back({base + r.orig_begin, base + r.orig_end, std::string(after), r.rule.id,
                   r.rule.plugin});
  }
}

}  // namespace textnorm::detail
