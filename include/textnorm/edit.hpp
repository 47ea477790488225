// One change that turns the original input into the output.
#ifndef TEXTNORM_EDIT_HPP
#define TEXTNORM_EDIT_HPP

#include <cstddef>
#include <string>

namespace textnorm {

// A composed edit: the result of every rule that touched one span, as a single replacement.
// The edits of one text are sorted and non-overlapping (one may end where the next begins), so
// replacing each original span [begin, end) with `replacement` gives the output exactly.
// Adjacent or overlapping changes of several rules become one edit, named after the last rule
// that changed that span; a span that rules changed and changed back gives no edit.
struct Edit {
  std::size_t begin = 0;    // byte span [begin, end) in the original input
  std::size_t end = 0;
  std::string replacement;  // the span's text in the output
  std::string rule;         // id of the last rule that changed the span, as `--disable` names it
  std::string plugin;       // "core" or that rule's plugin's name

  friend bool operator==(const Edit&, const Edit&) = default;
};

}  // namespace textnorm

#endif  // TEXTNORM_EDIT_HPP
