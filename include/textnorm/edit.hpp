// One change a rule made, reported in terms of the original input.
#ifndef TEXTNORM_EDIT_HPP
#define TEXTNORM_EDIT_HPP

#include <cstddef>
#include <string>

namespace textnorm {

struct Edit {
  std::size_t begin = 0;    // byte span [begin, end) in the original line
  std::size_t end = 0;
  std::string replacement;  // what the rule put there (later rules may change it again)
  std::string rule;         // rule id, as `--disable` names it
  std::string plugin;       // "core" or the plugin's name

  friend bool operator==(const Edit&, const Edit&) = default;
};

}  // namespace textnorm

#endif  // TEXTNORM_EDIT_HPP
