// Runs one core pass on a string and gives back the text and the rule ids of its edits.
#ifndef TEXTNORM_TESTS_PASS_TEST_SUPPORT_HPP
#define TEXTNORM_TESTS_PASS_TEST_SUPPORT_HPP

#include "edit/rewriter.hpp"
#include "rules/core_rule_set.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace textnorm::test {

struct PassResult {
  std::string text;
  std::vector<std::string> rules;  // rule id of each edit, in order
};

template <class Pass>
PassResult run_pass(Pass pass, std::string_view input,
                    const detail::CoreRuleSet& rules = detail::CoreRuleSet()) {
  std::string out;
  std::vector<detail::StageEdit> edits;
  const bool changed = pass(input, out, &edits, rules);
  PassResult result{changed ? out : std::string(input), {}};
  for (const auto& e : edits) result.rules.emplace_back(e.rule.id);
  return result;
}

}  // namespace textnorm::test

#endif  // TEXTNORM_TESTS_PASS_TEST_SUPPORT_HPP
