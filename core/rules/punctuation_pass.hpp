// Second core pass: spaces and punctuation in context. Collapses and trims spaces, makes
// quotation marks, apostrophes, dashes and the ellipsis canonical, and removes the stray space
// just inside a quotation whose direction is known. Quotes inside a technical token (`code`, a
// URL: textnorm/technical_tokens.hpp) are not prose and stay as they are.
#ifndef TEXTNORM_CORE_RULES_PUNCTUATION_PASS_HPP
#define TEXTNORM_CORE_RULES_PUNCTUATION_PASS_HPP

#include "edit/rewriter.hpp"
#include "rules/core_rule_set.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace textnorm::detail {

// Writes the result to `out` and returns true, or returns false when `in` needs no change.
// `in` must be valid UTF-8 whose spaces the character pass has already made U+0020.
bool run_punctuation_pass(std::string_view in, std::string& out, std::vector<StageEdit>* edits,
                          const CoreRuleSet& rules);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_RULES_PUNCTUATION_PASS_HPP
