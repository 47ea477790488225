// First core pass: one character at a time, with no context. Removes controls and invisible
// characters, repairs Windows-1252 punctuation decoded as C1 controls, and turns every space
// separator and TAB into U+0020.
#ifndef TEXTNORM_CORE_RULES_CHARACTER_PASS_HPP
#define TEXTNORM_CORE_RULES_CHARACTER_PASS_HPP

#include "edit/rewriter.hpp"
#include "rules/core_rule_set.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace textnorm::detail {

// Writes the result to `out` and returns true, or returns false when `in` needs no change.
// `in` must be valid UTF-8.
bool run_character_pass(std::string_view in, std::string& out, std::vector<StageEdit>* edits,
                        const CoreRuleSet& rules);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_RULES_CHARACTER_PASS_HPP
