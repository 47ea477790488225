// Removes the space before , and ! (nothing more): enough for a case to pass and one to fail.
#include <textnorm/plugin_sdk.hpp>

namespace {
constexpr const char* kLanguages[] = {"de", nullptr};
constexpr textnorm_rule_info kRules[] = {{"de.no-space", "no space before , and !"}};
class Plugin {
 public:
  explicit Plugin(const textnorm::sdk::Context&) {}
  void process(const textnorm::sdk::Segment& segment, textnorm::sdk::EditWriter& edits) const {
    for (std::size_t i = 1; i < segment.text.size(); ++i)
      if (segment.text[i - 1] == ' ' && (segment.text[i] == ',' || segment.text[i] == '!'))
        edits.erase(i - 1, i, 0);
  }
};
}  // namespace

TEXTNORM_DEFINE_PLUGIN(de, Plugin, "1.0.0", TEXTNORM_PHASE_LANGUAGE, kLanguages, kRules)
