// Names the rule behind an edit without copying strings on the hot path.
#ifndef TEXTNORM_CORE_EDIT_RULE_REF_HPP
#define TEXTNORM_CORE_EDIT_RULE_REF_HPP

namespace textnorm::detail {

struct RuleRef {
  const char* id;      // static or owned by a loaded plugin, which is never unloaded
  const char* plugin;  // "core" or the plugin's name
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_EDIT_RULE_REF_HPP
