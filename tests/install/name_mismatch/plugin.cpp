#include <textnorm/plugin_sdk.hpp>

namespace {
constexpr const char* kLanguages[] = {"de", nullptr};
constexpr textnorm_rule_info kRules[] = {{"de.nothing", "changes nothing"}};
class Plugin {
 public:
  explicit Plugin(const textnorm::sdk::Context&) {}
  void process(const textnorm::sdk::Segment&, textnorm::sdk::EditWriter&) const {}
};
}  // namespace

TEXTNORM_DEFINE_PLUGIN(deutsch, Plugin, "1.0.0", TEXTNORM_PHASE_LANGUAGE, kLanguages, kRules)
