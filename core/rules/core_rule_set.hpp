// Which of the host's own rules are switched on.
#ifndef TEXTNORM_CORE_RULES_CORE_RULE_SET_HPP
#define TEXTNORM_CORE_RULES_CORE_RULE_SET_HPP

#include "rules/core_rules.hpp"

#include <bitset>

namespace textnorm::detail {

class CoreRuleSet {
 public:
  CoreRuleSet() { enabled_.set(); }
  bool on(CoreRule rule) const { return enabled_.test(std::size_t(rule)); }
  void disable(CoreRule rule) { enabled_.reset(std::size_t(rule)); }

 private:
  std::bitset<std::size_t(CoreRule::COUNT)> enabled_;
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_RULES_CORE_RULE_SET_HPP
