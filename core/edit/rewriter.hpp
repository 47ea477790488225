// Builds a stage's output from its input and a series of ordered edits, and records the edits.
#ifndef TEXTNORM_CORE_EDIT_REWRITER_HPP
#define TEXTNORM_CORE_EDIT_REWRITER_HPP

#include "edit/rule_ref.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace textnorm::detail {

// An edit in the coordinates of one stage's input.
struct StageEdit {
  std::size_t begin;
  std::size_t end;
  std::string replacement;
  RuleRef rule;
};

// Applies edits lazily: nothing is copied until the first edit, so a stage that changes nothing
// costs only its scan.
class Rewriter {
 public:
  // `out` is cleared; `edits`, when not null, receives every edit.
  Rewriter(std::string_view input, std::string& out, std::vector<StageEdit>* edits)
      : input_(input), out_(out), edits_(edits) {
    out_.clear();
  }

  // Replaces input bytes [begin, end) with `replacement`; begin must be >= the previous end.
  void replace(std::size_t begin, std::size_t end, std::string_view replacement, RuleRef rule) {
    if (!changed_) {
      out_.reserve(input_.size() + input_.size() / 8 + 16);
      changed_ = true;
    }
    out_.append(input_.data() + copied_, begin - copied_);
    out_.append(replacement);
    copied_ = end;
    if (edits_ != nullptr) edits_->push_back({begin, end, std::string(replacement), rule});
  }

  // Where the next edit may start.
  std::size_t position() const { return copied_; }

  // Completes the output; returns false (and leaves `out` empty) when nothing changed.
  bool finish() {
    if (!changed_) return false;
    out_.append(input_.data() + copied_, input_.size() - copied_);
    return true;
  }

 private:
  std::string_view input_;
  std::string& out_;
  std::vector<StageEdit>* edits_;
  std::size_t copied_ = 0;
  bool changed_ = false;
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_EDIT_REWRITER_HPP
